import type { Caller } from '@care/service-kit';
import { completeRectification, type RectificationItem } from '../domain/rectification';
import { assertOwnerActs } from '../domain/access';
import { changeRectificationItem } from './change-rectification-item';
import type { Deps } from './ports';
import { completedEvent } from './events';

/** The named owner or the owner department's head reports the problem fixed (late or on time). */
export function completeRectificationItem(
  deps: Deps,
  caller: Caller,
  input: { id: string; summary: string; expectedVersion?: number | null },
): Promise<RectificationItem> {
  return changeRectificationItem(deps, caller, {
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: (item, now) => {
      assertOwnerActs(caller.actor, item, 'complete');
      return completeRectification(item, input, { actor: caller.actor.sub, now });
    },
    events: (after, _now, context) => [completedEvent(after, context)],
  });
}
