import { DEPARTMENTS, ROLES, type Department, type Role } from '@care/domain-kernel';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { DomainError, forbidden } from './errors';

// Roles and departments live in the pure kernel so that domain code can name them without the kit.
export { DEPARTMENTS, ROLES, type Department, type Role };

/** Who is calling: the verified claims of a JWT. */
export interface Actor {
  sub: string;
  name: string;
  roles: Role[];
  department?: Department;
}

/** Control characters (C0, DEL, C1): none belongs in a subject or a name, and NUL breaks Postgres. */
const CONTROL_CHARACTERS = /\p{Cc}/u;
const MAX_SUBJECT_LENGTH = 200;
const MAX_NAME_LENGTH = 200;
const printable = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((v) => !CONTROL_CHARACTERS.test(v), 'must not contain control characters');

const claims = z.object({
  sub: printable(MAX_SUBJECT_LENGTH),
  name: printable(MAX_NAME_LENGTH),
  roles: z.array(z.enum(ROLES)).default([]),
  department: z.enum(DEPARTMENTS).optional(),
});

/** The longest a token may live (`exp - iat`) unless JWT_MAX_LIFETIME_HOURS says otherwise. */
export const DEFAULT_JWT_MAX_LIFETIME_HOURS = 12;
/** Leeway for clocks that differ a little between the issuer and this server. */
const CLOCK_TOLERANCE_SECONDS = 60;

export interface AuthSettings {
  secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** A token must carry `iat` and `exp`, `exp - iat` at most this (default 12 hours). */
  maxLifetimeHours?: number;
}

export type TokenVerifier = (token: string) => Promise<Actor>;

/** Verified tokens remembered at most (each entry is a token string and its claims, well under 2 KB). */
const VERIFIED_TOKENS_CACHED = 10_000;

/**
 * HS256 with a shared secret (development), or RS/ES keys from a JWKS URL (production). A token must
 * expire: `exp` and `iat` are required, `iat` is not in the future and `exp - iat` is within the
 * lifetime cap, so no token lives forever. `sub` and `name` are printable and bounded.
 */
export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const key = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : settings.secret
      ? new TextEncoder().encode(settings.secret)
      : undefined;
  if (!key) throw new Error('JWT verification needs a secret or a JWKS URL');
  const maxLifetimeSeconds = (settings.maxLifetimeHours ?? DEFAULT_JWT_MAX_LIFETIME_HOURS) * 3_600;
  // A token verified once is the same token until it expires: the signature check (the costly part of a
  // request that does little else) is made once per token, not once per request. Only successes are
  // remembered, each no longer than the token lives; the key is the whole token, signature included.
  const verified = new LRUCache<string, { actor: Actor; exp: number }>({ max: VERIFIED_TOKENS_CACHED });
  const verify = verifier(settings, key, maxLifetimeSeconds);
  return async (token) => {
    const known = verified.get(token);
    if (known && Date.now() / 1_000 < known.exp + CLOCK_TOLERANCE_SECONDS) return known.actor;
    const { actor, exp } = await verify(token);
    verified.set(token, { actor, exp });
    return actor;
  };
}

function verifier(
  settings: AuthSettings,
  key: Uint8Array | ReturnType<typeof createRemoteJWKSet>,
  maxLifetimeSeconds: number,
) {
  return async (token: string): Promise<{ actor: Actor; exp: number }> => {
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'],
        requiredClaims: ['exp', 'iat', 'sub'],
        maxTokenAge: maxLifetimeSeconds,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      payload = verified.payload;
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'The access token is missing, invalid or expired');
    }
    if (payload.exp! - payload.iat! > maxLifetimeSeconds) {
      throw new DomainError(
        'UNAUTHENTICATED',
        `The access token lives longer than the ${maxLifetimeSeconds / 3_600} hours allowed`,
      );
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success)
      throw new DomainError('UNAUTHENTICATED', 'The access token does not carry the required claims');
    return { actor: parsed.data, exp: payload.exp! };
  };
}

/** Reads `Authorization: Bearer <token>`; undefined when absent. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}

export interface SignOptions {
  secret: string;
  issuer?: string;
  audience?: string;
  /** A jose time span such as `8h` or `30m` (default 8h). */
  expiresIn?: string;
  /** The lifetime cap the verifying servers apply (default 12 hours): a longer token is not minted. */
  maxLifetimeHours?: number;
}

/** Seconds in a jose-style time span (`90s`, `30m`, `8h`, `2d`, `1w`); undefined when unreadable. */
export function timeSpanSeconds(span: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)$/i.exec(
    span.trim(),
  );
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase()[0]!;
  const factor = { s: 1, m: 60, h: 3_600, d: 86_400, w: 604_800 }[unit]!;
  return Number(match[1]) * factor;
}

/** Mints an HS256 token (dev command, tests, service accounts in development). */
export async function signToken(actor: Actor, options: SignOptions): Promise<string> {
  const expiresIn = options.expiresIn ?? '8h';
  const lifetime = timeSpanSeconds(expiresIn);
  const maxHours = options.maxLifetimeHours ?? DEFAULT_JWT_MAX_LIFETIME_HOURS;
  if (lifetime === undefined || lifetime <= 0 || lifetime > maxHours * 3_600) {
    throw new Error(
      `A token's lifetime must be a time span such as 8h or 30m, at most ${maxHours} hours (got ${expiresIn})`,
    );
  }
  return new SignJWT({
    name: actor.name,
    roles: actor.roles,
    ...(actor.department ? { department: actor.department } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.sub)
    .setIssuer(options.issuer ?? 'care-graph')
    .setAudience(options.audience ?? 'care-graph')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(options.secret));
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.includes('admin') || roles.some((r) => actor.roles.includes(r));
}

/** FORBIDDEN unless the actor holds one of the roles. */
export function requireRole(actor: Actor | undefined, ...roles: Role[]): Actor {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (!hasRole(actor, ...roles)) {
    throw new DomainError('FORBIDDEN', `This needs one of the roles: ${roles.join(', ')}`);
  }
  return actor;
}

/** Who asked, and under which correlation id: what a use case needs to stamp its events. */
export interface Caller {
  actor: Actor;
  correlationId: string;
}

/** Who reads: the access their roles give (never NONE), and who they are. */
export interface Reader<A extends string> {
  access: Exclude<A, 'NONE'>;
  sub: string;
}

/** The caller as a reader, by the access `accessOf` gives their roles; FORBIDDEN with `refusal` for NONE. */
export function readerOf<A extends string>(
  caller: Pick<Caller, 'actor'>,
  accessOf: (roles: readonly string[]) => A,
  refusal: string,
): Reader<A> {
  const access = accessOf(caller.actor.roles);
  if (access === 'NONE') throw forbidden(refusal);
  return { access: access as Exclude<A, 'NONE'>, sub: caller.actor.sub };
}

/** The envelope fields of an event a caller causes. */
export function eventContextOf(caller: Caller): {
  actor: { kind: 'user' | 'service'; id: string };
  correlationId: string;
} {
  return {
    actor: { kind: caller.actor.roles.includes('service') ? 'service' : 'user', id: caller.actor.sub },
    correlationId: caller.correlationId,
  };
}
