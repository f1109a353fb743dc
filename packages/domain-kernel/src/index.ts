export * from './roles';
export * from './departments';
