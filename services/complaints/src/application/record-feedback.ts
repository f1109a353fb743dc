import type { Caller } from '@care/service-kit';
import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { recordFeedback as record } from '../domain/follow-up';
import { changeComplaint } from './change-complaint';
import { stepEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.7: what was done, the customer's satisfaction (1-5) and the final result told to them. */
export function recordFeedback(
  deps: Deps,
  caller: Caller,
  input: {
    id: string;
    whatWasDone: string;
    satisfaction: number;
    comment?: string | null;
    resultToldToCustomer: boolean;
    expectedVersion?: number | null;
  },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'recordFeedback',
    roles: CUSTOMER_SERVICE_ROLES,
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => record(c, input, ctx),
    events: (_b, after, ctx, now) => [
      stepEvent(after, 'FEEDBACK', now, ctx, { satisfaction: input.satisfaction }),
    ],
  });
}
