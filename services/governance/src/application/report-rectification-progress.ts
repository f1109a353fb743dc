import { reportProgress } from '../domain/rectification';
import { ownerStep } from './change-rectification-item';
import { progressReportedEvent } from './events';

/** The owner reports how the fix goes. */
export const reportRectificationProgress = ownerStep({
  action: 'progress',
  rule: reportProgress,
  events: (_before, after, now, context) => [progressReportedEvent(after, now, context)],
});
