import { approvalRequestDecided, discountApprovalRequested, discountIssued } from '@care/contracts';
import { onEvent, subscription, type Subscription } from '@care/messaging';
import type { Deps } from '../application/ports';
import { discountNeedsApproval } from '../domain/violation-policy';
import { transactionOf } from '../persistence';

/**
 * What governance watches in the other services' streams to open violations (DOMAIN 4.5). Loyalty's
 * `discount.issued` does not say whether the discount was approved, so governance keeps what it learns
 * of each discount: that loyalty asked for an approval, that approvals approved it, that it was issued
 * (a kind that needs an approval, DOMAIN 3.1). The streams are read independently, in any order; the
 * `unapproved-discounts` job opens the violation once the grace period after the issue has passed with
 * no approval seen.
 *
 * An emergency never ratified, a late points freeze and a late change-request response open their
 * violations as their events arrive (violation-intake.ts).
 */
export function violationDetection(deps: Pick<Deps, 'clock'>): Subscription {
  return subscription(
    'violation-detection',
    onEvent(discountApprovalRequested, (data, _event, tx) =>
      transactionOf(tx).discounts.approvalRequested(data.discountId, data.kind),
    ),
    onEvent(approvalRequestDecided, async (data, _event, tx) => {
      const reference = data.reference;
      if (
        data.outcome !== 'APPROVED' ||
        reference?.service !== 'loyalty' ||
        reference.aggregate !== 'discount'
      )
        return;
      await transactionOf(tx).discounts.approved(reference.id, data.requestId, new Date(data.decidedAt));
    }),
    onEvent(discountIssued, (data, event, tx) =>
      transactionOf(tx).discounts.issued({
        discountId: data.discountId,
        kind: data.kind,
        needsApproval: discountNeedsApproval(data.kind),
        issuedAt: new Date(data.issuedAt),
        seenAt: deps.clock.now(),
        issuedEventId: event.id,
        issuedBy: `${event.actor.kind}:${event.actor.id}`,
        customerId: data.customerId,
        value: data.value,
      }),
    ),
  );
}
