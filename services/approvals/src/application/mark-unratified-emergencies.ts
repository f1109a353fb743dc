import { markRatificationOverdue } from '../domain/overdue';
import { ratificationOverdueEvent } from './events';
import { markRequests } from './mark-requests';
import type { Deps } from './ports';

/** The service account the ratification job acts as. */
export const RATIFICATION_ACTOR = 'service:approvals-ratification';

/**
 * The emergency ratification job (DOMAIN 3.6): an emergency carried out at once whose approval has not
 * ratified it by its deadline (policy data, 2 working days by default) is marked and
 * `emergency.ratification_overdue` is emitted, once; governance turns it into a violation.
 */
export const markUnratifiedEmergencies = (deps: Deps): Promise<string[]> =>
  markRequests(deps, {
    actor: RATIFICATION_ACTOR,
    find: (now, limit) => deps.requests.unratifiedPastDeadline(now, limit),
    mark: (request, now, context) => {
      const next = markRatificationOverdue(request, now);
      return next && { next, events: [ratificationOverdueEvent(next, context)] };
    },
  });
