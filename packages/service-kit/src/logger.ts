import pino, { type Logger } from 'pino';
import { traceFields } from './tracing';

export type { Logger };

export function createLogger(
  service: string,
  level: string = 'info',
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      // `trace_id`/`span_id` of the active span: a log line leads to its trace, a trace to its lines.
      mixin: traceFields,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    },
    destination,
  );
}

const MAKE = Symbol('make');
const MADE = Symbol('made');

/** What a lazy logger's proxy stands on: how to make the logger, and the logger once made. */
interface Unmade {
  [MAKE]: () => Logger;
  [MADE]?: Logger;
}

const made = (lazy: Unmade): Logger => (lazy[MADE] ??= lazy[MAKE]());

/** One handler for every lazy logger: a request makes only its proxy and the closure it is given. */
const standIn: ProxyHandler<Unmade> = {
  get(lazy, key) {
    const logger = made(lazy);
    const value: unknown = Reflect.get(logger, key, logger);
    return typeof value === 'function' ? value.bind(logger) : value;
  },
  set: (lazy, key, value) => Reflect.set(made(lazy), key, value),
  has: (lazy, key) => Reflect.has(made(lazy), key),
  getPrototypeOf: (lazy) => Reflect.getPrototypeOf(made(lazy)),
};

/**
 * A logger made by `make` when it is first used: a request's child logger (its bindings serialised once
 * more) costs nothing for the requests that log nothing, most of them. It stands for the made logger in
 * every use: reading, calling (methods run on the made logger), setting (`level`) and deriving children.
 */
export function lazyLogger(make: () => Logger): Logger {
  return new Proxy<Unmade>({ [MAKE]: make }, standIn) as unknown as Logger;
}
