export * from './data';
export * from './working-calendar';
