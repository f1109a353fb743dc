// The stateless part (what the gateway takes alone), then what the subgraphs add: database, streams, servers.
export * from './stateless';
export * from './database';
export * from './input-rules';
export * from './input-validation';
export * from './nats';
export * from './server';
export * from './pagination';
export * from './scalars';
export * from './subgraph';
export * from './main';
export * from './aggregate';
export * from './schedule';
export * from './use-case';
export * from './selection';
export * from './service-time';
