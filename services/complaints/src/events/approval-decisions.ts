import { approvalRequestDecided, reactionTo } from '@care/contracts';
import { onEvent, subscription, type Subscription } from '@care/messaging';
import { applyApprovalDecision } from '../application/apply-approval-decision';
import type { Deps } from '../application/ports';
import { transactionOf } from '../persistence';

/** Approvals' decisions on the compensations this service asked for (reference complaints/solution). */
export const approvalDecisions = (deps: Deps): Subscription =>
  subscription(
    'approval-decisions',
    onEvent(approvalRequestDecided, (data, event, manager) =>
      applyApprovalDecision(
        transactionOf(manager),
        data,
        { now: deps.clock.now(), calendar: deps.calendar },
        reactionTo(event, 'complaints'),
      ),
    ),
  );
