import type { Caller } from '@care/service-kit';
import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import type { Complaint, CustomerResponse } from '../domain/complaint';
import { recordCustomerResponse as record } from '../domain/resolution';
import { changeComplaint } from './change-complaint';
import { responseEvent } from './events';
import type { Deps } from './ports';

/**
 * DOMAIN 1.6: customer service records the customer's ACCEPT or REJECT (with the reason). Two agents
 * answering the same proposal at once: one wins, the other gets CONFLICT (the version they saw, or the
 * answer already recorded); the rule checks the lifecycle before anything else about the answer.
 */
export function recordCustomerResponse(
  deps: Deps,
  caller: Caller,
  input: {
    id: string;
    solutionId: string;
    response: CustomerResponse;
    reason?: string | null;
    expectedVersion?: number | null;
  },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    roles: CUSTOMER_SERVICE_ROLES,
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => record(c, input, ctx),
    events: (_b, after, ctx) => [responseEvent(after, input.solutionId, ctx)],
  });
}
