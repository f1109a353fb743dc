import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import { classify, type Classification } from '../domain/intake';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { classifiedEvent } from './events';

/**
 * DOMAIN 1.3: category, urgency and complexity set the service levels (with the customer's tier).
 * POINTS_ANOMALY makes loyalty freeze the account (through the event); URGENT starts the emergency.
 */
export const classifyComplaint: ComplaintChange<Classification> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'classifyComplaint',
    roles: CUSTOMER_SERVICE_ROLES,
    apply: async (c, ctx, tx) => classify(c, input, ctx, await tx.tiers.tierOf(c.customerId)),
    events: (_before, after, ctx) => [classifiedEvent(after, ctx)],
  });
