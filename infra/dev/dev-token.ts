/**
 * Development tokens: HS256 JWTs signed with JWT_SECRET, or with the development secret `pnpm start`
 * gives the services when none is set. Used by `pnpm token` and `pnpm seed`.
 */
import { signToken, type Actor } from '@care/service-kit';
import { DEV_JWT_SECRET } from './dev-secret';

export { DEV_JWT_SECRET };

/** The secret a running development system verifies tokens with. */
export function devSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.JWT_SECRET ?? DEV_JWT_SECRET;
}

/** A signed token for the actor, as the gateway and the subgraphs expect it. */
export function devToken(actor: Actor, secret: string = devSecret(), expiresIn = '8h'): Promise<string> {
  return signToken(actor, { secret, expiresIn });
}
