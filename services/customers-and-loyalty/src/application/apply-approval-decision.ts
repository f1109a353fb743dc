import type { approvalRequestDecided, EventContext } from '@care/contracts';
import type { z } from 'zod';
import type { WorkingTime } from '../domain/working-time';
import { decideCampaign } from './decide-campaign';
import { decideDiscount } from './decide-discount';
import { decideRedemption } from './decide-redemption';
import type { Transaction } from './ports';

type Decision = z.output<(typeof approvalRequestDecided)['data']>;

/** Acts on an approvals decision about one of loyalty's own requests; others' requests are ignored. */
export async function applyApprovalDecision(
  tx: Transaction,
  decision: Decision,
  deps: { now: Date; calendar: WorkingTime },
  context: EventContext,
): Promise<string> {
  const ref = decision.reference;
  if (!ref || ref.service !== 'loyalty') return 'ignored';
  const { outcome, reason } = decision;
  switch (ref.aggregate) {
    case 'redemption':
      await decideRedemption(
        tx,
        { redemptionId: ref.id, requestId: decision.requestId, outcome, reason },
        deps.now,
        context,
      );
      return 'redemption';
    case 'discount':
      await decideDiscount(tx, { discountId: ref.id, outcome, reason }, deps.now, context);
      return 'discount';
    case 'campaign':
      await decideCampaign(tx, { campaignId: ref.id, outcome }, deps.now, context);
      return 'campaign';
    default:
      return 'ignored';
  }
}
