import type { EventContext } from '@care/contracts';
import type { ApprovalOutcome } from '../domain/approval';
import { decideRedemption as decide, type Redemption } from '../domain/redemption';
import { within } from './change-aggregate';
import { lockCustomer } from './change-customer';
import { changeRedemption } from './change-redemption';
import { redemptionDecidedEvents } from './events';
import type { Transaction } from './ports';

/**
 * The approval decision of a redemption: APPROVED debits the locked points (the pending REDEEM entry is
 * posted); REJECTED or WITHDRAWN voids it and gives the points back to their lots. A decision for a
 * redemption that is no longer pending changes nothing (events may come twice).
 */
export async function decideRedemption(
  tx: Transaction,
  decision: { redemptionId: string; requestId: string; outcome: ApprovalOutcome; reason: string | null },
  now: Date,
  context: EventContext,
): Promise<Redemption | null> {
  const pending = await tx.redemptions.find(decision.redemptionId);
  if (!pending) return null;
  // The wallet's lock first (the order every change to it takes), then the redemption's.
  const customer = await lockCustomer(tx, pending.customerId);
  return changeRedemption(within(tx), pending.id, async (redemption) => {
    if (redemption.status !== 'PENDING_APPROVAL') return { next: redemption };
    const decided = decide(redemption, customer, decision, now);
    await tx.ledger.setEntryStatus(redemption.ledgerEntryId, decided.cancelled ? 'VOID' : 'POSTED');
    if (decided.cancelled) await tx.ledger.restore(await allocationsOf(tx, redemption));
    await tx.ledger.setWallet(customer.id, decided.wallet);
    return { next: decided.redemption, events: redemptionDecidedEvents(decided, context) };
  });
}

async function allocationsOf(tx: Transaction, redemption: Redemption) {
  const entry = await tx.ledger.findEntry('REDEEM', 'REDEMPTION', redemption.id);
  return entry?.allocations ?? [];
}
