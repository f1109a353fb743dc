import { DEPARTMENT_ROLES } from '../domain/access';
import { startImplementation as start } from '../domain/resolution';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { stepEvent } from './events';

/** DOMAIN 1.6: only an accepted solution is carried out; the lead department coordinates. */
export const startImplementation: ComplaintChange = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'startImplementation',
    roles: DEPARTMENT_ROLES,
    department: 'lead',
    apply: (c, ctx) => start(c, ctx),
    events: (_b, after, ctx, now) => [stepEvent(after, 'IMPLEMENTATION_STARTED', now, ctx)],
  });
