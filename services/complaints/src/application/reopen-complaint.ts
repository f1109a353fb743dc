import type { Caller } from '@care/service-kit';
import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { reopen } from '../domain/follow-up';
import { changeComplaint } from './change-complaint';
import { reopenedEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.8: a problem remains after resolution: back to the department. */
export function reopenComplaint(
  deps: Deps,
  caller: Caller,
  input: { id: string; reason: string; expectedVersion?: number | null },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'reopenComplaint',
    roles: CUSTOMER_SERVICE_ROLES,
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => reopen(c, input, ctx),
    events: (_b, after, ctx, now) => [reopenedEvent(after, now, ctx)],
  });
}
