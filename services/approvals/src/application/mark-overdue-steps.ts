import { markStepOverdue } from '../domain/overdue';
import { stepOverdueEvent } from './events';
import { markRequests } from './mark-requests';
import type { Deps } from './ports';

/** The service account the overdue-steps job acts as. */
export const OVERDUE_STEPS_ACTOR = 'service:approvals-overdue-steps';

/**
 * The overdue-steps job (DOMAIN 3.3, 3.7): the step to decide of every pending request that is past its due
 * time is marked overdue and `step.overdue` is emitted, once. It then also appears in the queue of the next
 * authority up; whoever decides it still gives the written explanation internal control reviews.
 */
export const markOverdueSteps = (deps: Deps): Promise<string[]> =>
  markRequests(deps, {
    actor: OVERDUE_STEPS_ACTOR,
    find: (now, limit) => deps.requests.withUnmarkedOverdueStep(now, limit),
    mark: (request, now, context) => {
      const marked = markStepOverdue(request, now);
      return (
        marked && { next: marked.request, events: [stepOverdueEvent(marked.request, marked.step, context)] }
      );
    },
  });
