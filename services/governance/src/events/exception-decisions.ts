import { approvalRequestDecided, approvalRequestSubmitted } from '@care/contracts';
import { onEvent, subscription, type Subscription } from '@care/messaging';
import { applyApprovalDecision, noteApprovalRequest } from '../application/exception-applications';
import type { Deps } from '../application/ports';
import { EXCEPTION_REFERENCE } from '../domain/exception-application';
import { transactionOf } from '../persistence';
import { tracedTransaction } from './traced-transaction';

/** A reference that names an exception application. */
const applicationOf = (reference: { service: string; aggregate: string; id: string } | null | undefined) =>
  reference?.service === EXCEPTION_REFERENCE.service && reference.aggregate === EXCEPTION_REFERENCE.aggregate
    ? reference.id
    : null;

/**
 * Exception applications come back from approvals (DOMAIN 4.6): its `request.submitted` names the request
 * opened for an application, its `request.decided` approves, rejects or withdraws it. The link and
 * governance's own event of the decision are traced in the audit chain in the same transaction.
 */
export const exceptionDecisions = (deps: Pick<Deps, 'newId' | 'clock'>): Subscription =>
  subscription(
    'exception-decisions',
    onEvent(approvalRequestSubmitted, async (data, _event, tx) => {
      const applicationId = applicationOf(data.reference);
      if (applicationId) await noteApprovalRequest(deps, transactionOf(tx), applicationId, data.requestId);
    }),
    onEvent(approvalRequestDecided, async (data, event, tx) => {
      const applicationId = applicationOf(data.reference);
      if (!applicationId) return;
      await tracedTransaction(tx, (traced) =>
        applyApprovalDecision(
          traced,
          {
            applicationId,
            requestId: data.requestId,
            outcome: data.outcome,
            decidedAt: new Date(data.decidedAt),
            reason: data.reason,
          },
          event,
        ),
      );
    }),
  );
