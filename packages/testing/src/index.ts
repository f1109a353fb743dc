export * from './auth';
export * from './database';
export * from './eventually';
export * from './gql';
export * from './nats';
export * from './service';
export * from './contract';
export * from './tcp-proxy';
