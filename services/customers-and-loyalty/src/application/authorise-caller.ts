import type { Role } from '@care/domain-kernel';
import { requireRole, type Caller } from '@care/service-kit';
import type { Deps } from './ports';

/** A use case as the API calls it: the dependencies, who asks, and what they ask for. */
export type UseCase<I, R> = (deps: Deps, caller: Caller, input: I) => Promise<R>;

/**
 * A use case only a caller with one of the roles may run: FORBIDDEN otherwise, checked before its input
 * is read and before anything is loaded.
 */
export function authorised<I, R>(roles: readonly Role[], run: UseCase<I, R>): UseCase<I, R> {
  return async (deps, caller, input) => {
    requireRole(caller.actor, ...roles);
    return run(deps, caller, input);
  };
}
