import type { Caller } from '@care/service-kit';
import { DEPARTMENT_ROLES } from '../domain/access';
import type { Compensation, Complaint } from '../domain/complaint';
import { proposeSolution as propose } from '../domain/resolution';
import { changeComplaint } from './change-complaint';
import { solutionProposedEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.6: the (lead) department drafts a solution, possibly with compensation. */
export function proposeSolution(
  deps: Deps,
  caller: Caller,
  input: {
    id: string;
    description: string;
    compensation?: Compensation | null;
    expectedVersion?: number | null;
  },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'proposeSolution',
    roles: DEPARTMENT_ROLES,
    department: 'lead',
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => propose(c, { ...input, id: deps.newId() }, ctx),
    events: (_b, after, ctx) => [solutionProposedEvent(after, ctx)],
  });
}
