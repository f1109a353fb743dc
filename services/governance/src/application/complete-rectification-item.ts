import { completeRectification } from '../domain/rectification';
import { ownerStep } from './change-rectification-item';
import { completedEvent } from './events';

/** The named owner or the owner department's head reports the problem fixed (late or on time). */
export const completeRectificationItem = ownerStep({
  action: 'complete',
  rule: completeRectification,
  events: (_before, after, _now, context) => [completedEvent(after, context)],
});
