/**
 * Loaded into a benchmarked server with `node --import tsx --import <this file>`: counts the SQL
 * statements each HTTP request makes, so the benchmark can report statements per request.
 *
 * Every incoming request runs inside an AsyncLocalStorage scope; `pg`'s Client.query (which TypeORM and
 * the reference's Pool both end in) counts a statement when it is called inside such a scope. Work that
 * no request started (the outbox relay's polling, event consumers, the SLA job) is not counted, so the
 * figures hold while that work goes on. Measure one request at a time: a query that waits for a pooled
 * connection could run in the context of whoever released it.
 *
 * `GET /__bench/sql` answers `{ statements, recent }`: the statements counted so far and the text of
 * the last few (for comparing the SQL of two servers). Nothing else of the server changes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';
import { SQL_COUNTER_PATH } from './processes';

const RECENT = 200;

interface Scope {
  request: number;
}

const scope = new AsyncLocalStorage<Scope>();
let requests = 0;
let statements = 0;
const recent: { request: number; text: string }[] = [];

function textOf(config: unknown): string {
  if (typeof config === 'string') return config;
  const text = (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '(no text)';
}

// The process's own `pg`, as its code resolves it from the working directory (pnpm links one copy).
const localRequire = createRequire(path.join(process.cwd(), 'package.json'));
const pg = localRequire('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: unknown, ...args: unknown[]) {
  const current = scope.getStore();
  if (current) {
    statements++;
    recent.push({ request: current.request, text: textOf(args[0]) });
    if (recent.length > RECENT) recent.splice(0, recent.length - RECENT);
  }
  return query.apply(this, args);
};

const emit = http.Server.prototype.emit as (this: http.Server, ...args: unknown[]) => boolean;
http.Server.prototype.emit = function scopedEmit(this: http.Server, event: string, ...args: unknown[]) {
  if (event !== 'request') return emit.call(this, event, ...args);
  const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
  if (req.method === 'GET' && req.url === SQL_COUNTER_PATH) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statements, recent }));
    return true;
  }
  return scope.run({ request: ++requests }, () => emit.call(this, event, ...args));
} as typeof http.Server.prototype.emit;
