import { DEPARTMENT_ROLES } from '../domain/access';
import { recordInvestigation as record } from '../domain/handling';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { stepEvent } from './events';

/** DOMAIN 1.5: the department's investigation notes and evidence references (internal). */
export const recordInvestigation: ComplaintChange<{ note: string; evidence?: string[] | null }> = (
  deps,
  caller,
  input,
) =>
  changeComplaint(deps, caller, input, {
    command: 'recordInvestigation',
    roles: DEPARTMENT_ROLES,
    department: 'member',
    apply: (c, ctx) =>
      record(c, { ...input, id: deps.newId(), department: caller.actor.department ?? null }, ctx),
    events: (_b, after, ctx, now) => [
      stepEvent(after, 'INVESTIGATION_NOTE', now, ctx, { department: caller.actor.department ?? null }),
    ],
  });
