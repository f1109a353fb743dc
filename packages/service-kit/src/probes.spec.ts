import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import helmet from 'helmet';
import { operationalRoutes } from './http';
import { createMetrics } from './metrics';
import { helmetOptions, securityHeaders } from './security';

/**
 * The security headers and the probes answer, byte for byte, what helmet and an express Router with
 * `res.json` answer: the same status, headers (in the same order) and body, for every method and for
 * the paths a Router matches loosely (other case, trailing slash, query), conditional requests included.
 */

/** What the subgraph sent before: helmet run on every request, then the probes as express routes. */
function plainApp(production: boolean): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet(helmetOptions({ production })));
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    res.json({ status: 'ready', checks: { database: { ok: true } } });
  });
  app.use(router);
  return app;
}

function kitApp(production: boolean): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders({ production }));
  app.use(
    operationalRoutes({
      metrics: createMetrics('kit-probes-test'),
      readiness: { database: async () => {} },
      production,
    }),
  );
  return app;
}

/** Serves `app` on a free port for the length of `use`. */
async function serving<T>(app: express.Express, use: (port: number) => Promise<T>): Promise<T> {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    return await use((server.address() as AddressInfo).port);
  } finally {
    server.close();
  }
}

/** Status, raw headers in order (Date left out) and body of one request. */
function exchange(port: number, method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<string[]>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => {
        const raw = res.rawHeaders.flatMap((v, i) => (i % 2 === 0 ? [`${v}: ${res.rawHeaders[i + 1]}`] : []));
        resolve([String(res.statusCode), ...raw.filter((h) => !/^date:/i.test(h)), body]);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'DELETE'];
const PATHS = [
  '/healthz',
  '/HealthZ',
  '/healthz/',
  '/healthz//',
  '/healthz?probe=1',
  '/readyz',
  '/READYZ/',
  '/nothing',
];

describe.each([
  ['in production', true],
  ['outside production', false],
])('the probes and security headers %s', (_mode, production) => {
  it('answer every method and path as helmet and an express Router with res.json do', async () => {
    const asked = METHODS.flatMap((method) => PATHS.map((path) => [method, path] as const));
    const answers = (app: express.Express) =>
      serving(app, (port) => Promise.all(asked.map(([method, path]) => exchange(port, method, path))));
    const [plain, kit] = await Promise.all([answers(plainApp(production)), answers(kitApp(production))]);
    expect(kit).toEqual(plain);
    // The comparison covers answered probes, not only 404s.
    expect(kit[0]![0]).toBe('200');
    expect(kit[0]!.at(-1)).toBe('{"status":"ok"}');
  });

  it('answer a conditional GET or HEAD of /healthz 304, as res.json does', async () => {
    const conditional = (app: express.Express) =>
      serving(app, async (port) => {
        const [, ...first] = await exchange(port, 'GET', '/healthz');
        const etag = first.find((h) => h.startsWith('ETag: '))!.slice('ETag: '.length);
        return Promise.all(
          ['GET', 'HEAD'].map((method) => exchange(port, method, '/healthz', { 'if-none-match': etag })),
        );
      });
    const [plain, kit] = await Promise.all([
      conditional(plainApp(production)),
      conditional(kitApp(production)),
    ]);
    expect(kit).toEqual(plain);
    expect(kit.map(([status]) => status)).toEqual(['304', '304']);
  });
});

it('removes the X-Powered-By header an app left on, as helmet does', async () => {
  const app = express();
  app.use(securityHeaders({ production: true }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const answer = await serving(app, (port) => exchange(port, 'GET', '/healthz'));
  expect(answer[0]).toBe('200');
  expect(answer.some((h) => /^x-powered-by:/i.test(h))).toBe(false);
});
