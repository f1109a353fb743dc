export * from './admin';
export * from './consumer';
export * from './metrics';
export * from './migration';
export * from './outbox';
export * from './relay';
export * from './streams';
export * from './topology';
