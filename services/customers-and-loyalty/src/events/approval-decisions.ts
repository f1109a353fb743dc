import { approvalRequestDecided } from '@care/contracts';
import { subscription, type Subscription } from '@care/messaging';
import { applyApprovalDecision } from '../application/apply-approval-decision';
import type { Deps } from '../application/ports';
import { reaction } from './reaction';

/** Approvals: decisions about loyalty's own requests (redemptions, discounts, campaigns). */
export const approvalDecisions = (deps: Deps): Subscription =>
  subscription('approval-decisions', reaction(deps, approvalRequestDecided, applyApprovalDecision));
