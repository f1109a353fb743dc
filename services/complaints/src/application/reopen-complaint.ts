import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import { reopen } from '../domain/follow-up';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { reopenedEvent } from './events';

/** DOMAIN 1.8: a problem remains after resolution: back to the department. */
export const reopenComplaint: ComplaintChange<{ reason: string }> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'reopenComplaint',
    roles: CUSTOMER_SERVICE_ROLES,
    apply: (c, ctx) => reopen(c, input, ctx),
    events: (_b, after, ctx, now) => [reopenedEvent(after, now, ctx)],
  });
