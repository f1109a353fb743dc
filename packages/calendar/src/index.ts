export * from './company-time';
export * from './data';
export * from './working-calendar';
