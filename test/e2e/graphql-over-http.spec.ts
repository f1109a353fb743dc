import { testToken } from '@care/testing';
import { auditServer } from 'graphql-http';
import { startSystem, type System } from './harness';

let system: System;

beforeAll(async () => {
  system = await startSystem();
});

afterAll(async () => {
  await system?.stop();
});

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http server audits against the gateway with no error', async () => {
    const token = await testToken({ roles: ['analyst'] });
    // A real client signs in and, for GET, sends a preflight header (CSRF prevention is on).
    const signedFetch = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      headers.set('apollo-require-preflight', 'true');
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: system.gateway.url, fetchFn: signedFetch });
    const describe = (r: (typeof results)[number]) =>
      `${r.id} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`;
    const errors = results.filter((r) => r.status === 'error').map(describe);
    const warnings = results.filter((r) => r.status === 'warn').map(describe);
    if (warnings.length)
      process.stdout.write(`graphql-http audit warnings (${warnings.length}):\n${warnings.join('\n')}\n`);
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });
});
