import { chooseLogFormat, lineFormatter } from '@care/infra/dev/launch/log-format';
import { settingsProblems } from '@care/infra/dev/launch/settings';

/** A request as a service's access log writes it: a summary of the request and the response, on one JSON line. */
const REQUEST = JSON.stringify({
  level: 30,
  time: '2026-01-05T09:30:12.345Z',
  service: 'gateway',
  requestId: 'a1b2',
  correlationId: 'a1b2',
  req: {
    id: 'a1b2',
    method: 'POST',
    url: '/graphql',
    remoteAddress: '127.0.0.1',
    userAgent: 'curl/8',
    contentLength: 41,
  },
  res: { statusCode: 200, contentLength: 5259 },
  responseTime: 12,
  msg: 'request completed',
});

const READY = JSON.stringify({
  level: 30,
  time: '2026-01-05T09:30:10.000Z',
  service: 'complaints',
  url: 'http://127.0.0.1:4001/graphql',
  msg: 'complaints ready',
});

describe('how the launcher shows the services’ log lines', () => {
  it('is readable on a terminal and JSON otherwise, unless LOG_FORMAT says which', () => {
    expect(chooseLogFormat({}, true)).toBe('pretty');
    expect(chooseLogFormat({}, false)).toBe('json');
    expect(chooseLogFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(chooseLogFormat({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
  });

  it('refuses a LOG_FORMAT it does not know, naming it as set', () => {
    expect(settingsProblems({ LOG_FORMAT: 'xml' })).toEqual(['LOG_FORMAT="xml": must be json or pretty']);
    expect(settingsProblems({ LOG_FORMAT: 'pretty' })).toEqual([]);
  });

  it('passes JSON through unchanged', () => {
    const json = lineFormatter('json');
    expect(json(REQUEST)).toBe(REQUEST);
    expect(json('not json')).toBe('not json');
  });

  it('shows a request as one short line: method, path, status, time', () => {
    const shown = lineFormatter('pretty')(REQUEST);
    expect(shown).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: POST \/graphql 200 12 ms$/);
  });

  it('shows other lines with their level, message and fields on one line, and non-JSON as it came', () => {
    const pretty = lineFormatter('pretty');
    expect(pretty(READY)).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: complaints ready \{"url":"http:\/\/127\.0\.0\.1:4001\/graphql"\}$/,
    );
    expect(pretty('node:internal/modules/cjs/loader:1228')).toBe('node:internal/modules/cjs/loader:1228');
    expect(lineFormatter('pretty', { colorize: true })(READY)).toContain('\u001b[');
  });
});
