import { complaintStepRecorded } from '@care/contracts';
import { onEvent, subscription, type Subscription } from '@care/messaging';
import { openImprovementRectification } from '../application/open-improvement-rectification';
import type { Deps } from '../application/ports';
import { tracedTransaction } from './traced-transaction';

/**
 * The findings other services report that become rectification items (DOMAIN 4.3-4.4): a complaint's
 * improvement action (complaints' `complaint.step_recorded`, step IMPROVEMENT_ACTION_ADDED). The item's
 * event is traced in the audit chain in the consumer's transaction.
 */
export function rectificationIntake(deps: Pick<Deps, 'calendar' | 'newId'>): Subscription {
  return subscription(
    'rectification-intake',
    onEvent(complaintStepRecorded, async (data, event, tx) => {
      if (data.step !== 'IMPROVEMENT_ACTION_ADDED') return;
      await tracedTransaction(tx, (traced) => openImprovementRectification(deps, traced, data, event));
    }),
  );
}
