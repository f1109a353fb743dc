import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import { recordFeedback as record } from '../domain/follow-up';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { stepEvent } from './events';

/** DOMAIN 1.7: what was done, the customer's satisfaction (1-5) and the final result told to them. */
export const recordFeedback: ComplaintChange<{
  whatWasDone: string;
  satisfaction: number;
  comment?: string | null;
  resultToldToCustomer: boolean;
}> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'recordFeedback',
    roles: CUSTOMER_SERVICE_ROLES,
    apply: (c, ctx) => record(c, input, ctx),
    events: (_b, after, ctx, now) => [
      stepEvent(after, 'FEEDBACK', now, ctx, { satisfaction: input.satisfaction }),
    ],
  });
