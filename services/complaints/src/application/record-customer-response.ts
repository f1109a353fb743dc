import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import type { CustomerResponse } from '../domain/complaint';
import { recordCustomerResponse as record } from '../domain/resolution';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { responseEvent } from './events';

/**
 * DOMAIN 1.6: customer service records the customer's ACCEPT or REJECT (with the reason). Two agents
 * answering the same proposal at once: one wins, the other gets CONFLICT (the version they saw, or the
 * answer already recorded); the rule checks the lifecycle before anything else about the answer.
 */
export const recordCustomerResponse: ComplaintChange<{
  solutionId: string;
  response: CustomerResponse;
  reason?: string | null;
}> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    roles: CUSTOMER_SERVICE_ROLES,
    apply: (c, ctx) => record(c, input, ctx),
    events: (_b, after, ctx) => [responseEvent(after, input.solutionId, ctx)],
  });
