import type { Role } from '@care/domain-kernel';
import { requireRole, type Caller } from './auth';

/** A use case as the API calls it: the service's dependencies, who asks, and what they ask for. */
export type UseCase<D, I, R> = (deps: D, caller: Caller, input: I) => Promise<R>;

/**
 * The one form of a use case that needs a role: FORBIDDEN unless the caller holds one of the roles
 * (UNAUTHENTICATED without an actor), checked before its input is read and before anything is loaded.
 */
export function authorised<D, I, R>(roles: readonly Role[], run: UseCase<D, I, R>): UseCase<D, I, R> {
  return async (deps, caller, input) => {
    requireRole(caller.actor, ...roles);
    return run(deps, caller, input);
  };
}
