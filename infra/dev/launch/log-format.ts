import { prettyFactory } from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

/**
 * How the launcher shows the services' log lines: LOG_FORMAT when set; otherwise readable on a
 * terminal and the services' own JSON when the output goes to a file, a pipe or a log collector.
 */
export function chooseLogFormat(env: Record<string, string | undefined>, stdoutIsTTY: boolean): LogFormat {
  if (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty') return env.LOG_FORMAT;
  return stdoutIsTTY ? 'pretty' : 'json';
}

interface RequestLine {
  level: number;
  time: string;
  msg?: string;
  req: { method?: string; url?: string };
  res: { statusCode?: number };
  responseTime?: number;
  err?: unknown;
}

const isRequestLine = (log: Record<string, unknown>): log is Record<string, unknown> & RequestLine =>
  typeof log.req === 'object' && log.req !== null && typeof log.res === 'object' && log.res !== null;

/**
 * Turns one line a service printed into what the launcher shows. `json` leaves it as it is. `pretty`
 * gives time, level and message, with the other fields on the same line; a request becomes
 * `POST /graphql 200 12 ms` (the full record, headers and all, is what `json` is for). A line that is
 * not a pino record (a crash before the logger existed) is shown unchanged.
 */
export function lineFormatter(format: LogFormat, options: { colorize?: boolean } = {}) {
  if (format === 'json') return (line: string) => line;
  const pretty = prettyFactory({
    colorize: options.colorize ?? false,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    singleLine: true,
  });
  return (line: string): string => {
    let log: Record<string, unknown>;
    try {
      log = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return line;
    }
    if (typeof log !== 'object' || log === null || typeof log.level !== 'number') return line;
    return pretty(isRequestLine(log) ? shortRequest(log) : log).replace(/\n$/, '');
  };
}

function shortRequest(log: RequestLine): Record<string, unknown> {
  const { req, res, responseTime } = log;
  const took = typeof responseTime === 'number' ? ` ${responseTime} ms` : '';
  return {
    level: log.level,
    time: log.time,
    msg: `${req.method ?? '?'} ${req.url ?? '?'} ${res.statusCode ?? '-'}${took}`,
    ...(log.err === undefined ? {} : { err: log.err }),
  };
}
