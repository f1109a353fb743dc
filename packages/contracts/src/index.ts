export * from './catalogue';
export * from './define';
export * from './envelope';
export * from './streams';
export * from './events/approvals';
export * from './events/complaints';
export * from './events/governance';
export * from './events/loyalty';
