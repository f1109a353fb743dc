import { requireRole, type Caller } from '@care/service-kit';
import { CUSTOMER_SERVICE_ROLES, signOffRoles } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { close } from '../domain/follow-up';
import { changeComplaint } from './change-complaint';
import { closedEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.9: closed with the complaint report, signed off by the level its weight needs (DOMAIN 1.12). */
export function closeComplaint(
  deps: Deps,
  caller: Caller,
  input: {
    id: string;
    report?: { cause: string; handlingIssues: string; solutionEffective: boolean } | null;
    expectedVersion?: number | null;
  },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'closeComplaint',
    roles: CUSTOMER_SERVICE_ROLES,
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => {
      requireRole(caller.actor, ...signOffRoles(c));
      return close(c, input, ctx);
    },
    events: (_b, after, ctx) => [closedEvent(after, ctx)],
  });
}
