import { DEPARTMENT_ROLES } from '../domain/access';
import type { RootCause } from '../domain/complaint';
import { recordRootCause as record } from '../domain/handling';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { stepEvent } from './events';

/** DOMAIN 1.5: the root cause, by fishbone category, with the 5W2H. */
export const recordRootCause: ComplaintChange<Omit<RootCause, 'at' | 'by'>> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'recordRootCause',
    roles: DEPARTMENT_ROLES,
    department: 'member',
    apply: (c, ctx) => record(c, input, ctx),
    events: (_b, after, ctx, now) => [stepEvent(after, 'ROOT_CAUSE', now, ctx)],
  });
