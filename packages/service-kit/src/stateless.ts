/**
 * The kit for a process that keeps no data of its own (the gateway): tokens, configuration, errors, the
 * HTTP edge, query limits, logs, metrics, traces, subgraph SDL and shutdown. `@care/service-kit` also
 * loads TypeORM, pg and the messaging package for the subgraphs: some 300 modules whose code and
 * sources such a process would keep in its heap, and mark on every full collection, for nothing.
 */
export * from './auth';
export * from './clock';
export * from './config';
export * from './errors';
export * from './http';
export * from './limits';
export * from './logger';
export * from './metrics';
export * from './sdl';
export * from './security';
export * from './shutdown';
export * from './timeout';
export * from './tracing';
