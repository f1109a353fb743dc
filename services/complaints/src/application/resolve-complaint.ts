import { DEPARTMENT_ROLES } from '../domain/access';
import { resolve } from '../domain/resolution';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { resolvedEvent } from './events';

/** DOMAIN 1.6-1.8: the solution is carried out; on-time measured; follow-up scheduled. */
export const resolveComplaint: ComplaintChange<{ summary: string }> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'resolveComplaint',
    roles: DEPARTMENT_ROLES,
    department: 'lead',
    apply: (c, ctx) => resolve(c, input, ctx),
    events: (_b, after, ctx) => [resolvedEvent(after, ctx)],
  });
