import { TEST_JWT_SECRET, testToken, testTokenWithClaims } from '@care/testing';
import { createTokenVerifier, signToken, timeSpanSeconds, type TokenVerifier } from '../src/auth';
import { parseConfig, subgraphConfig } from '../src/config';
import { DomainError } from '../src/errors';

const settings = { secret: TEST_JWT_SECRET, issuer: 'care-graph', audience: 'care-graph' };
const verify = createTokenVerifier(settings);
const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3_600;
const person = { sub: 'u-1', name: 'Mei Lin', roles: ['cs_manager'] };

async function refusal(verifier: TokenVerifier, token: string): Promise<DomainError> {
  const error = await verifier(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('the token verifier shared by the gateway and the subgraphs', () => {
  it('accepts a token that expires within the lifetime cap', async () => {
    const token = await testTokenWithClaims({ ...person, iat: now(), exp: now() + 8 * HOUR });
    await expect(verify(token)).resolves.toEqual({ sub: 'u-1', name: 'Mei Lin', roles: ['cs_manager'] });
  });

  it('refuses a token without exp: it would never expire', async () => {
    const error = await refusal(verify, await testTokenWithClaims({ ...person, iat: now() }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without iat, whose lifetime cannot be told', async () => {
    const error = await refusal(verify, await testTokenWithClaims({ ...person, exp: now() + HOUR }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token that lives longer than 12 hours by default', async () => {
    const iat = now() - 60;
    const error = await refusal(verify, await testTokenWithClaims({ ...person, iat, exp: iat + 13 * HOUR }));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/12 hours/);
    // Exactly at the cap is fine.
    await expect(
      verify(await testTokenWithClaims({ ...person, iat, exp: iat + 12 * HOUR })),
    ).resolves.toEqual(expect.objectContaining({ sub: 'u-1' }));
  });

  it('refuses a token issued in the future (a long life hidden behind a late iat)', async () => {
    const iat = now() + 24 * HOUR;
    const error = await refusal(verify, await testTokenWithClaims({ ...person, iat, exp: iat + HOUR }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('applies the configured cap (JWT_MAX_LIFETIME_HOURS)', async () => {
    const config = parseConfig(subgraphConfig({ port: 0, schema: 'kit' }), {
      DATABASE_URL: 'postgres://x@h/db',
      JWT_SECRET: TEST_JWT_SECRET,
      JWT_MAX_LIFETIME_HOURS: '24',
    });
    expect(config.JWT_MAX_LIFETIME_HOURS).toBe(24);
    const defaults = parseConfig(subgraphConfig({ port: 0, schema: 'kit' }), {
      DATABASE_URL: 'postgres://x@h/db',
      JWT_SECRET: TEST_JWT_SECRET,
    });
    expect(defaults.JWT_MAX_LIFETIME_HOURS).toBe(12);
    const daily = createTokenVerifier({ ...settings, maxLifetimeHours: config.JWT_MAX_LIFETIME_HOURS });
    const token = await testTokenWithClaims({ ...person, iat: now(), exp: now() + 20 * HOUR });
    await expect(daily(token)).resolves.toEqual(expect.objectContaining({ sub: 'u-1' }));
    expect((await refusal(verify, token)).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a NUL byte', 'user\u0000x'],
    ['a line break', 'user\nx'],
    ['an escape character', 'user\u001bx'],
    ['a C1 control character', 'user\u0085x'],
    ['201 characters', 'u'.repeat(201)],
  ])('refuses a sub with %s as UNAUTHENTICATED', async (_what, sub) => {
    const error = await refusal(verify, await testToken({ sub, roles: ['cs_manager'] }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a sub of 200 printable characters, non-Latin ones too', async () => {
    const sub = '客'.repeat(200);
    await expect(verify(await testToken({ sub, roles: ['customer'] }))).resolves.toEqual(
      expect.objectContaining({ sub }),
    );
  });

  it('refuses a name with control characters', async () => {
    const error = await refusal(verify, await testToken({ name: 'Mei\u0000Lin', roles: ['cs_manager'] }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });
});

describe('minting tokens', () => {
  it('signs tokens that carry iat and exp within the cap, and the verifier accepts', async () => {
    const token = await signToken(person as never, { secret: TEST_JWT_SECRET, expiresIn: '12h' });
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(claims.exp - claims.iat).toBe(12 * HOUR);
    await expect(verify(token)).resolves.toEqual(expect.objectContaining({ sub: 'u-1' }));
  });

  it('refuses to mint a token the servers would refuse', async () => {
    await expect(signToken(person as never, { secret: TEST_JWT_SECRET, expiresIn: '13h' })).rejects.toThrow(
      /at most 12 hours/,
    );
    await expect(signToken(person as never, { secret: TEST_JWT_SECRET, expiresIn: '30d' })).rejects.toThrow();
    await expect(
      signToken(person as never, { secret: TEST_JWT_SECRET, expiresIn: 'forever' }),
    ).rejects.toThrow();
    await expect(
      signToken(person as never, { secret: TEST_JWT_SECRET, expiresIn: '20h', maxLifetimeHours: 24 }),
    ).resolves.toEqual(expect.any(String));
  });

  it('reads time spans as jose does', () => {
    expect([
      timeSpanSeconds('90s'),
      timeSpanSeconds('30m'),
      timeSpanSeconds('8h'),
      timeSpanSeconds('2d'),
    ]).toEqual([90, 1_800, 28_800, 172_800]);
    expect([timeSpanSeconds('2 hours'), timeSpanSeconds('45 minutes'), timeSpanSeconds('1w')]).toEqual([
      7_200, 2_700, 604_800,
    ]);
    expect(timeSpanSeconds('soon')).toBeUndefined();
    expect(timeSpanSeconds('1y')).toBeUndefined();
  });

  it('the test helper mints tokens within the cap', async () => {
    const token = await testToken({ roles: ['cs_manager'] });
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(12 * HOUR);
  });
});

describe('verified tokens are remembered until they expire', () => {
  afterEach(() => jest.useRealTimers());

  it('answers a known token from memory, and refuses it once its exp (plus the clock leeway) has passed', async () => {
    jest.useFakeTimers({ now: new Date('2026-05-04T08:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const verifier = createTokenVerifier(settings);
    const token = await testTokenWithClaims({ ...person, iat: now(), exp: now() + HOUR });
    const first = await verifier(token);
    await expect(verifier(token)).resolves.toBe(first); // the same object: from the cache
    jest.setSystemTime(new Date('2026-05-04T09:00:30Z')); // after exp, within the 60 s leeway
    await expect(verifier(token)).resolves.toBe(first);
    jest.setSystemTime(new Date('2026-05-04T09:01:01Z'));
    expect((await refusal(verifier, token)).code).toBe('UNAUTHENTICATED');
  });

  it('remembers only tokens that passed: a refused token is checked again, a tampered copy is another token', async () => {
    const verifier = createTokenVerifier(settings);
    const good = await testTokenWithClaims({ ...person, iat: now(), exp: now() + HOUR });
    await verifier(good);
    const [header, payload] = good.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    expect((await refusal(verifier, forged)).code).toBe('UNAUTHENTICATED');
    expect((await refusal(verifier, forged)).code).toBe('UNAUTHENTICATED');
    const longLived = await testTokenWithClaims({ ...person, iat: now(), exp: now() + 13 * HOUR });
    expect((await refusal(verifier, longLived)).code).toBe('UNAUTHENTICATED');
    expect((await refusal(verifier, longLived)).code).toBe('UNAUTHENTICATED');
  });
});
