import { complaintStepRecorded } from '@care/contracts';
import { onEvent, outboxOf, subscription, type Subscription } from '@care/messaging';
import { openImprovementRectification } from '../application/open-improvement-rectification';
import type { Deps } from '../application/ports';
import { SqlRectificationRepository } from '../persistence/rectification-repository';

/**
 * The findings other services report that become rectification items (DOMAIN 4.3-4.4): a complaint's
 * improvement action (complaints' `complaint.step_recorded`, step IMPROVEMENT_ACTION_ADDED).
 */
export function rectificationIntake(deps: Pick<Deps, 'calendar' | 'newId'>): Subscription {
  return subscription(
    'rectification-intake',
    onEvent(complaintStepRecorded, async (data, event, tx) => {
      if (data.step !== 'IMPROVEMENT_ACTION_ADDED') return;
      await openImprovementRectification(
        deps,
        { rectifications: new SqlRectificationRepository(tx), outbox: outboxOf(tx) },
        data,
        event,
      );
    }),
  );
}
