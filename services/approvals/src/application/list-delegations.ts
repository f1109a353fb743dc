import { requireRole, type Caller } from '@care/service-kit';
import { DELEGATION_READERS } from '../domain/access';
import type { Delegation } from '../domain/delegation';
import type { Deps } from './ports';

/** The delegations in force at a moment, or the latest ones (DOMAIN 3.5). */
export function listDelegations(deps: Deps, caller: Caller, activeAt: Date | null): Promise<Delegation[]> {
  requireRole(caller.actor, ...DELEGATION_READERS);
  return deps.unitOfWork((tx) => tx.delegations.list({ activeAt }));
}
