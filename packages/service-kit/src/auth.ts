import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { z } from 'zod';
import { DomainError } from './errors';

/** Every role the platform knows (DOMAIN.md "Who uses it"). */
export const ROLES = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'department_staff',
  'department_head',
  'leadership_group',
  'sales',
  'marketing',
  'internal_control',
  'finance',
  'vp',
  'gm',
  'gm_office',
  'board',
  'loyalty_supervisor',
  'compliance',
  'audit',
  'hr',
  'administration',
  'analyst',
  'partner',
  'admin',
  'service',
  'customer', // a customer in the customer app: the token's `sub` is the customer's id
] as const;
export type Role = (typeof ROLES)[number];

export const DEPARTMENTS = [
  'CUSTOMER_SERVICE',
  'SALES',
  'PURCHASING',
  'LOGISTICS',
  'QUALITY_CONTROL',
  'MARKETING',
  'FINANCE',
  'IT',
  'LEGAL',
  'INTERNAL_CONTROL',
  'AUDIT',
  'COMPLIANCE',
  'ADMINISTRATION',
  'HR',
  'MANAGEMENT',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Who is calling: the verified claims of a JWT. */
export interface Actor {
  sub: string;
  name: string;
  roles: Role[];
  department?: Department;
}

const claims = z.object({
  sub: z.string().min(1),
  name: z.string().min(1),
  roles: z.array(z.enum(ROLES)).default([]),
  department: z.enum(DEPARTMENTS).optional(),
});

export interface AuthSettings {
  secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export type TokenVerifier = (token: string) => Promise<Actor>;

/** HS256 with a shared secret (development), or RS/ES keys from a JWKS URL (production). */
export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const key = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : settings.secret
      ? new TextEncoder().encode(settings.secret)
      : undefined;
  if (!key) throw new Error('JWT verification needs a secret or a JWKS URL');
  return async (token) => {
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'],
      });
      payload = verified.payload;
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'The access token is missing, invalid or expired');
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success)
      throw new DomainError('UNAUTHENTICATED', 'The access token does not carry the required claims');
    return parsed.data;
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
  expiresIn?: string;
}

/** Mints an HS256 token (dev command, tests, service accounts in development). */
export async function signToken(actor: Actor, options: SignOptions): Promise<string> {
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
    .setExpirationTime(options.expiresIn ?? '8h')
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
