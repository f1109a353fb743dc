import type { Caller } from '@care/service-kit';
import { reportProgress, type RectificationItem } from '../domain/rectification';
import { assertOwnerActs } from '../domain/access';
import { changeRectificationItem } from './change-rectification-item';
import type { Deps } from './ports';
import { progressReportedEvent } from './events';

/**
 * The owner reports how the fix goes. Who owns an item is known only once it is read (its department,
 * its named owner), so the access check is part of the rule, inside the transaction.
 */
export function reportRectificationProgress(
  deps: Deps,
  caller: Caller,
  input: { id: string; note: string; expectedVersion?: number | null },
): Promise<RectificationItem> {
  return changeRectificationItem(deps, caller, {
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: (item, now) => {
      assertOwnerActs(caller.actor, item, 'progress');
      return reportProgress(item, input, { actor: caller.actor.sub, now });
    },
    events: (after, now, context) => [progressReportedEvent(after, now, context)],
  });
}
