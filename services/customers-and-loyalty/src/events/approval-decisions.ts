import { approvalRequestDecided, reactionTo } from '@care/contracts';
import { onEvent, subscription, type Subscription } from '@care/messaging';
import { applyApprovalDecision } from '../application/apply-approval-decision';
import type { Deps } from '../application/ports';
import { SERVICE_ACCOUNT } from '../domain/access';
import { transactionOf } from '../persistence';

/** Approvals: decisions about loyalty's own requests (redemptions, discounts, campaigns). */
export const approvalDecisions = (deps: Deps): Subscription =>
  subscription(
    'approval-decisions',
    onEvent(approvalRequestDecided, (data, event, manager) =>
      applyApprovalDecision(
        transactionOf(manager),
        data,
        { now: deps.clock.now(), calendar: deps.calendar },
        reactionTo(event, SERVICE_ACCOUNT),
      ),
    ),
  );
