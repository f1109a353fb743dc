import type { approvalRequestDecided, EventContext } from '@care/contracts';
import type { z } from 'zod';
import { decideCampaign } from './decide-campaign';
import { decideDiscount } from './decide-discount';
import { decideRedemption } from './decide-redemption';
import type { Deps, Transaction } from './ports';

type Decision = z.output<(typeof approvalRequestDecided)['data']>;

/** Acts on an approvals decision about one of loyalty's own requests; others' requests are ignored. */
export async function applyApprovalDecision(
  deps: Pick<Deps, 'clock'>,
  tx: Transaction,
  decision: Decision,
  context: EventContext,
): Promise<string> {
  const ref = decision.reference;
  if (!ref || ref.service !== 'loyalty') return 'ignored';
  const { outcome, reason } = decision;
  const now = deps.clock.now();
  switch (ref.aggregate) {
    case 'redemption':
      await decideRedemption(
        tx,
        { redemptionId: ref.id, requestId: decision.requestId, outcome, reason },
        now,
        context,
      );
      return 'redemption';
    case 'discount':
      await decideDiscount(tx, { discountId: ref.id, outcome, reason }, now, context);
      return 'discount';
    case 'campaign':
      await decideCampaign(tx, { campaignId: ref.id, outcome }, now, context);
      return 'campaign';
    default:
      return 'ignored';
  }
}
