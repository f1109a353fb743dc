import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import { respondToCustomer as respond } from '../domain/resolution';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { stepEvent } from './events';

/** A message to the customer about the progress (DOMAIN 1.10); the first stops the first-response clock. */
export const respondToCustomer: ComplaintChange<{ message: string }> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'respondToCustomer',
    roles: CUSTOMER_SERVICE_ROLES,
    apply: (c, ctx) => respond(c, input, ctx),
    events: (_b, after, ctx, now) => [stepEvent(after, 'CUSTOMER_INFORMED', now, ctx)],
  });
