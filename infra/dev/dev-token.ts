/**
 * Development tokens: HS256 JWTs signed with JWT_SECRET, or with the development secret `pnpm start`
 * gives the services when none is set. Used by `pnpm token` and `pnpm seed`.
 */
import { DEFAULT_JWT_MAX_LIFETIME_HOURS, signToken, type Actor } from '@care/service-kit';
import { DEV_JWT_SECRET } from './dev-secret';

export { DEV_JWT_SECRET };

/** The secret a running development system verifies tokens with. */
export function devSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.JWT_SECRET ?? DEV_JWT_SECRET;
}

/** The token lifetime cap the running system applies (JWT_MAX_LIFETIME_HOURS, default 12 hours). */
export function devMaxLifetimeHours(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.JWT_MAX_LIFETIME_HOURS);
  return env.JWT_MAX_LIFETIME_HOURS && Number.isFinite(hours) && hours > 0
    ? hours
    : DEFAULT_JWT_MAX_LIFETIME_HOURS;
}

/**
 * A signed token for the actor, as the gateway and the subgraphs expect it: it expires, within the
 * lifetime cap (a longer `expiresIn` is refused rather than minting a token the servers refuse).
 */
export function devToken(actor: Actor, secret: string = devSecret(), expiresIn = '8h'): Promise<string> {
  return signToken(actor, { secret, expiresIn, maxLifetimeHours: devMaxLifetimeHours() });
}
