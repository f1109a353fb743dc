import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import express, { type Request } from 'express';
import request from 'supertest';
import { httpMetrics, requestLogging, type LoggedRequest } from './http';
import { createMetrics } from './metrics';
import { createLogger, lazyLogger, type Logger } from './logger';
import { httpTracing, startTracing } from './tracing';

const spans = new InMemorySpanExporter();
startTracing('kit-http-test', { env: {}, spanProcessors: [new SimpleSpanProcessor(spans)] });

type Line = Record<string, unknown> & { req?: Record<string, unknown>; res?: Record<string, unknown> };

/** A logger at `level` keeping its lines, and counting the child loggers made from it. */
function recordingLogger(level: string) {
  const lines: Line[] = [];
  const logger = createLogger('kit-http-test', level, {
    write: (line: string) => lines.push(JSON.parse(line)),
  });
  const made = { children: 0 };
  logger.onChild = () => made.children++;
  return { logger, lines, made };
}

/**
 * The subgraph's order: the span, the access log, a JSON body parser, then `handle` (which sees the
 * request's trace context, and its logger).
 */
function appWith(logger: Logger, handle: express.RequestHandler, successLevel?: 'info' | 'debug') {
  const app = express();
  app.use(httpTracing('kit-http-test', { ignore: (path) => path !== '/graphql' }));
  app.use(requestLogging(logger, successLevel ? { successLevel } : {}));
  app.post('/graphql', express.json(), handle);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  return app;
}

describe('the access log', () => {
  it('writes one line a request, in its trace, with the request and correlation ids, and echoes the request id', async () => {
    const { logger, lines } = recordingLogger('info');
    const app = appWith(logger, (_req, res) => {
      res.json({ ok: true });
    });
    const res = await request(app)
      .post('/graphql?x=1')
      .set('authorization', 'Bearer secret-token')
      .set('x-request-id', 'req-42')
      .set('x-correlation-id', 'corr-7')
      .set('user-agent', 'care-console/2.1')
      .set('cookie', 'session=secret-cookie')
      .send({ query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('req-42');
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 30,
      service: 'kit-http-test',
      msg: 'request completed',
      reqId: 'req-42',
      requestId: 'req-42',
      correlationId: 'corr-7',
      trace_id: res.headers['x-trace-id'],
    });
    // A summary of each: no headers (the same on every line, or private).
    expect(line!.req).toEqual({
      id: 'req-42',
      method: 'POST',
      url: '/graphql?x=1',
      remoteAddress: expect.stringMatching(/127\.0\.0\.1/),
      userAgent: 'care-console/2.1',
      contentLength: Buffer.byteLength(JSON.stringify({ query: '{ __typename }' })),
    });
    expect(line!.res).toEqual({ statusCode: 200, contentLength: Buffer.byteLength(res.text) });
    expect(line!.span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(line!.responseTime).toEqual(expect.any(Number));
    expect(JSON.stringify(line)).not.toMatch(/secret-token|secret-cookie/);
  });

  it('makes a request id when the caller sends none or an unsafe one; the correlation id follows it', async () => {
    const { logger, lines } = recordingLogger('info');
    const app = appWith(logger, (_req, res) => {
      res.json({ ok: true });
    });
    const made = await request(app).post('/graphql').send({});
    const unsafe = await request(app).post('/graphql').set('x-request-id', 'a b\u00e9').send({});
    for (const [i, res] of [made, unsafe].entries()) {
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines[i]).toMatchObject({
        requestId: res.headers['x-request-id'],
        correlationId: res.headers['x-request-id'],
      });
    }
  });

  it('logs client errors at warn and server errors at error with the error; success at the level given', async () => {
    const { logger, lines } = recordingLogger('debug');
    let status = 200;
    const app = appWith(
      logger,
      (_req, res) => {
        res.status(status).json({});
      },
      'debug',
    );
    for (status of [200, 400, 503]) await request(app).post('/graphql').send({});
    expect(lines.map((l) => [l.level, l.msg, l.res?.statusCode])).toEqual([
      [20, 'request completed', 200],
      [40, 'request completed', 400],
      [50, 'request errored', 503],
    ]);
    expect(lines[2]!.err).toMatchObject({ message: 'failed with status code 503', type: 'Error' });
  });

  it('serialises nothing and makes no logger for a line its level leaves out, nor for the probes', async () => {
    const { logger, lines, made } = recordingLogger('info');
    const app = appWith(
      logger,
      (_req, res) => {
        res.json({});
      },
      'debug',
    );
    const before = made.children;
    await request(app).post('/graphql').send({});
    await request(app).get('/healthz');
    expect(lines).toEqual([]);
    expect(made.children).toBe(before);
  });

  it('gives the request a logger whose lines carry its id and trace, made when it is used', async () => {
    const { logger, lines, made } = recordingLogger('info');
    const app = appWith(logger, (req, res) => {
      const { log, id } = req as Request & LoggedRequest;
      const before = made.children;
      log.info({ id }, 'working');
      expect(made.children).toBe(before + 1);
      res.json({ traceId: trace.getActiveSpan()?.spanContext().traceId });
    });
    const res = await request(app).post('/graphql').set('x-request-id', 'req-9').send({ query: '{ x }' });
    expect(res.body.traceId).toBe(res.headers['x-trace-id']);
    expect(lines[0]).toMatchObject({
      msg: 'working',
      reqId: 'req-9',
      id: 'req-9',
      trace_id: res.body.traceId,
    });
    expect(lines[0]).not.toHaveProperty('req');
  });
});

/** POSTs `body` to `app` in two parts a little apart, as a larger body arrives: read from several packets. */
async function postInParts(app: express.Express, headers: Record<string, string>, body: string) {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/graphql',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    await new Promise((resolve) => setTimeout(resolve, 50));
    req.end(body.slice(half));
    const [res] = (await once(req, 'response')) as [http.IncomingMessage];
    let text = '';
    for await (const chunk of res) text += String(chunk);
    return {
      status: res.statusCode,
      headers: res.headers,
      body: JSON.parse(text) as Record<string, unknown>,
    };
  } finally {
    server.close();
  }
}

describe('the request span', () => {
  it('is active after a body read from several packets, ends with the response and names its status', async () => {
    const { logger } = recordingLogger('info');
    const app = appWith(logger, (req, res) => {
      res.status(req.body.fail ? 500 : 200).json({ traceId: trace.getActiveSpan()?.spanContext().traceId });
    });
    const traceId = 'a'.repeat(32);
    const res = await postInParts(
      app,
      { traceparent: `00-${traceId}-${'b'.repeat(16)}-01` },
      JSON.stringify({ fail: true, query: '{ __typename }' }),
    );
    expect(res.headers['x-trace-id']).toBe(traceId);
    expect(res.body.traceId).toBe(traceId);
    const span = spans.getFinishedSpans().find((s) => s.spanContext().traceId === traceId);
    expect(span).toMatchObject({
      name: 'POST /graphql',
      attributes: {
        'http.request.method': 'POST',
        'http.route': '/graphql',
        'http.response.status_code': 500,
      },
      status: { code: 2 },
    });
    expect(span!.parentSpanContext?.spanId).toBe('b'.repeat(16));
  });
});

describe('a logger made when first used', () => {
  it('makes nothing until used, then stands for the made logger: lines, level, children', () => {
    const { logger, lines, made } = recordingLogger('info');
    const before = made.children;
    const lazy = lazyLogger(() => logger.child({ actor: 'cs-1' }));
    expect(made.children).toBe(before);
    lazy.debug('hidden');
    expect(made.children).toBe(before + 1);
    lazy.level = 'debug';
    lazy.debug('shown');
    lazy.child({ step: 2 }).info('nested');
    expect(lazy.isLevelEnabled('debug')).toBe(true);
    expect(logger.isLevelEnabled('debug')).toBe(false);
    expect(lines.map((l) => [l.msg, l.actor, l.step])).toEqual([
      ['shown', 'cs-1', undefined],
      ['nested', 'cs-1', 2],
    ]);
  });
});

describe('request metrics', () => {
  it('labels a request by its route pattern or mounted path, never by a path the client made up', async () => {
    const metrics = createMetrics('test');
    const app = express();
    app.use(httpMetrics(metrics));
    const items = express.Router();
    items.get('/:id', (_req, res) => void res.json({ ok: true }));
    app.use('/items', items);
    app.use('/graphql', (_req, res) => void res.json({ data: {} }));
    for (const path of ['/x1', '/x2', '/graphql/anything', '/items/1', '/items/2', '/graphql?query=1'])
      await request(app).get(path);
    await request(app).post('/graphql').send({});
    const { values } = await metrics.httpDuration.get();
    const series = new Set(
      values
        .filter((v) => v.metricName === 'http_request_duration_seconds_count')
        .map((v) => `${v.labels.method} ${v.labels.route} ${v.labels.status}`),
    );
    expect([...series].sort()).toEqual([
      'GET /graphql 200',
      'GET /items/:id 200',
      'GET unmatched 200',
      'GET unmatched 404',
      'POST /graphql 200',
    ]);
  });
});
