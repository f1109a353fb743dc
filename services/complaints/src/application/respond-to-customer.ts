import type { Caller } from '@care/service-kit';
import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { respondToCustomer as respond } from '../domain/resolution';
import { changeComplaint } from './change-complaint';
import { stepEvent } from './events';
import type { Deps } from './ports';

/** A message to the customer about the progress (DOMAIN 1.10); the first stops the first-response clock. */
export function respondToCustomer(
  deps: Deps,
  caller: Caller,
  input: { id: string; message: string; expectedVersion?: number | null },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'respondToCustomer',
    roles: CUSTOMER_SERVICE_ROLES,
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => respond(c, input, ctx),
    events: (_b, after, ctx, now) => [stepEvent(after, 'CUSTOMER_INFORMED', now, ctx)],
  });
}
