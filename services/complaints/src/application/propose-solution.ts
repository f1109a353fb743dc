import { DEPARTMENT_ROLES } from '../domain/access';
import type { Compensation } from '../domain/complaint';
import { proposeSolution as propose } from '../domain/resolution';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { solutionProposedEvent } from './events';

/** DOMAIN 1.6: the (lead) department drafts a solution, possibly with compensation. */
export const proposeSolution: ComplaintChange<{
  description: string;
  compensation?: Compensation | null;
}> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'proposeSolution',
    roles: DEPARTMENT_ROLES,
    department: 'lead',
    apply: (c, ctx) => propose(c, { ...input, id: deps.newId() }, ctx),
    events: (_b, after, ctx) => [solutionProposedEvent(after, ctx)],
  });
