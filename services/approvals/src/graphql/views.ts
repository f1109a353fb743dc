import type { ApprovalRequest } from '../domain/approval-request';
import type { ApprovalStep } from '../domain/approval-step';
import type { QueueEntry } from '../domain/queue';
import type { RoutedStep } from '../domain/route';

/** A step as the API shows it: with whether it is the step to decide now (for `overdue`). */
export interface ApprovalStepView extends ApprovalStep {
  current: boolean;
}

/** A step of a previewed route, with its due time. */
export type RouteStepView = RoutedStep & { dueAt: Date };

/** A step of the caller's queue (`myPendingApprovals`), with its request. */
export type PendingApprovalView = QueueEntry<ApprovalRequest>;
