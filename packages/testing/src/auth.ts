import { SignJWT } from 'jose';

/** The secret every test server and test token share. */
export const TEST_JWT_SECRET = 'test-secret-for-care-graph-tests-only';

export interface TestActor {
  sub?: string;
  name?: string;
  roles: string[];
  department?: string;
}

/** A signed HS256 token as the gateway and subgraphs expect it: `iat` now, `exp` in 1h (within the 12h cap). */
export async function testToken(
  actor: TestActor,
  options: { secret?: string; expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  return new SignJWT({
    name: actor.name ?? 'Test User',
    roles: actor.roles,
    ...(actor.department ? { department: actor.department } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.sub ?? `user-${actor.roles.join('-') || 'none'}`)
    .setIssuer(options.issuer ?? 'care-graph')
    .setAudience(options.audience ?? 'care-graph')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

/**
 * A token with exactly these claims and nothing added (no `iat` or `exp` unless given): for tests of
 * what the servers refuse, e.g. a token that never expires or lives too long.
 */
export async function testTokenWithClaims(
  claims: Record<string, unknown>,
  options: { secret?: string } = {},
): Promise<string> {
  return new SignJWT({ iss: 'care-graph', aud: 'care-graph', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}
