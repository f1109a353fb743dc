import type { Caller } from '@care/service-kit';
import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import type { Category, Complaint, Complexity, Urgency } from '../domain/complaint';
import { classify } from '../domain/intake';
import { changeComplaint } from './change-complaint';
import { classifiedEvent } from './events';
import type { Deps } from './ports';

/**
 * DOMAIN 1.3: category, urgency and complexity set the service levels (with the customer's tier).
 * POINTS_ANOMALY makes loyalty freeze the account (through the event); URGENT starts the emergency.
 */
export function classifyComplaint(
  deps: Deps,
  caller: Caller,
  input: {
    id: string;
    category: Category;
    urgency: Urgency;
    complexity: Complexity;
    expectedVersion?: number | null;
  },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'classifyComplaint',
    roles: CUSTOMER_SERVICE_ROLES,
    expectedVersion: input.expectedVersion,
    apply: async (c, ctx, tx) => classify(c, input, ctx, await tx.tiers.tierOf(c.customerId)),
    events: (_before, after, ctx) => [classifiedEvent(after, ctx)],
  });
}
