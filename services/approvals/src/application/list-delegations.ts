import { authorised } from '@care/service-kit';
import { DELEGATION_READERS } from '../domain/access';
import type { Delegation } from '../domain/delegation';
import type { Deps } from './ports';

/** The delegations in force at a moment, or the latest ones (DOMAIN 3.5). */
export const listDelegations = authorised(
  DELEGATION_READERS,
  (deps: Deps, _caller, activeAt: Date | null): Promise<Delegation[]> =>
    deps.unitOfWork((tx) => tx.delegations.list({ activeAt })),
);
