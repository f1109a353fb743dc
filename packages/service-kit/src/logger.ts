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
