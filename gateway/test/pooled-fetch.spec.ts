import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { pooledFetcher } from '../src/pooled-fetch';

/** A server answering each request with what `answer` writes; closed after the file. */
const servers: http.Server[] = [];
async function serve(answer: (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void) {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => answer(req, body, res));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

const agent = new Agent({ connections: 2 });
afterAll(async () => {
  await agent.close();
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('the subgraph fetcher (undici request, buffered answer)', () => {
  it('sends the method, headers and body, and answers like fetch: status, headers, text, json, clone', async () => {
    const url = await serve((req, body, res) => {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'max-age=30');
      res.setHeader('X-Many', ['a', 'b']);
      res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization ?? null, body }));
    });
    const fetcher = pooledFetcher(agent, 5_000);
    const res = await fetcher(url, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{"query":"{ a }"}',
    });
    expect([res.status, res.ok, res.statusText, res.url, res.redirected]).toEqual([
      200,
      true,
      'OK',
      url,
      false,
    ]);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('max-age=30');
    expect(res.headers.get('x-many')).toBe('a, b');
    expect(res.headers.get('absent')).toBeNull();
    expect(res.headers.has('X-MANY')).toBe(true);
    expect(() => res.headers.set('x-many', 'c')).toThrow(TypeError);
    const copy = res.clone();
    expect(res.bodyUsed).toBe(false);
    expect(await res.json()).toEqual({ method: 'POST', auth: 'Bearer t', body: '{"query":"{ a }"}' });
    expect(res.bodyUsed).toBe(true);
    await expect(res.text()).rejects.toThrow(TypeError);
    expect(() => res.clone()).toThrow(TypeError);
    expect(JSON.parse(await copy.text())).toEqual({
      method: 'POST',
      auth: 'Bearer t',
      body: '{"query":"{ a }"}',
    });
  });

  it('answers an error status as a response that is not ok, its body readable', async () => {
    const url = await serve((_req, _body, res) => {
      res.statusCode = 503;
      res.end('busy');
    });
    const res = await pooledFetcher(agent, 5_000)(url, { method: 'POST', body: '{}' });
    expect([res.status, res.ok, res.statusText]).toEqual([503, false, 'Service Unavailable']);
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('busy');
  });

  it('rejects when the subgraph sends nothing within the timeout, and when nothing listens', async () => {
    const url = await serve(() => undefined);
    await expect(pooledFetcher(agent, 200)(url, { method: 'POST', body: '{}' })).rejects.toThrow(/timeout/i);
    const closed = await serve(() => undefined);
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    await expect(pooledFetcher(agent, 1_000)(closed, { method: 'POST', body: '{}' })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});
