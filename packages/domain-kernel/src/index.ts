export * from './roles';
export * from './departments';
export * from './refusal';
export * from './vocabulary';
