import { requireRole } from '@care/service-kit';
import { CUSTOMER_SERVICE_ROLES, signOffRoles } from '../domain/access';
import { close } from '../domain/follow-up';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { closedEvent } from './events';

/** DOMAIN 1.9: closed with the complaint report, signed off by the level its weight needs (DOMAIN 1.12). */
export const closeComplaint: ComplaintChange<{
  report?: { cause: string; handlingIssues: string; solutionEffective: boolean } | null;
}> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'closeComplaint',
    roles: CUSTOMER_SERVICE_ROLES,
    apply: (c, ctx) => {
      requireRole(caller.actor, ...signOffRoles(c));
      return close(c, input, ctx);
    },
    events: (_b, after, ctx) => [closedEvent(after, ctx)],
  });
