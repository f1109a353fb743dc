export * from './roles';
export * from './departments';
export * from './refusal';
export * from './text';
export * from './vocabulary';
