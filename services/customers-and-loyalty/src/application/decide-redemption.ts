import { createEvent, redemptionCancelled, redemptionCompleted, type EventContext } from '@care/contracts';
import { pointsEvent } from './points-postings';
import { lockCustomer } from './rules';
import type { Redemption, Transaction } from './ports';

/**
 * The approval decision of a redemption: APPROVED debits the locked points (the pending REDEEM entry is
 * posted); REJECTED or WITHDRAWN voids it and gives the points back to their lots. A decision for a
 * redemption that is no longer pending changes nothing (events may come twice).
 */
export async function decideRedemption(
  tx: Transaction,
  decision: {
    redemptionId: string;
    requestId: string;
    outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
    reason: string | null;
  },
  now: Date,
  context: EventContext,
): Promise<Redemption | null> {
  const pending = await tx.ledger.findRedemption(decision.redemptionId);
  if (!pending) return null;
  const customer = await lockCustomer(tx, pending.customerId);
  const redemption = (await tx.ledger.findRedemption(decision.redemptionId, true))!;
  if (redemption.status !== 'PENDING_APPROVAL') return redemption;
  // A frozen account cannot redeem (DOMAIN 2.6): an approval that arrives while frozen releases the lock.
  const frozen = customer.status !== 'ACTIVE';
  const approved = decision.outcome === 'APPROVED' && !frozen;
  const decided: Redemption = {
    ...redemption,
    status: approved ? 'COMPLETED' : 'CANCELLED',
    approvalRequestId: decision.requestId,
    decidedAt: now,
  };
  await tx.ledger.updateRedemption(decided);
  const outcome = {
    redemptionId: decided.id,
    customerId: decided.customerId,
    points: decided.points,
    value: decided.value,
    currency: decided.currency,
    approvalRequestId: decision.requestId,
    decidedAt: now.toISOString(),
  };
  if (approved) {
    await tx.ledger.setEntryStatus(redemption.ledgerEntryId, 'POSTED');
    const wallet = {
      balance: customer.points.balance - redemption.points,
      locked: customer.points.locked - redemption.points,
    };
    await tx.ledger.setWallet(customer.id, wallet);
    await tx.outbox.enqueue(
      createEvent(redemptionCompleted, decided.id, outcome, context),
      pointsEvent(
        {
          id: redemption.ledgerEntryId,
          customerId: customer.id,
          kind: 'REDEEM',
          points: -redemption.points,
          status: 'POSTED',
          source: 'REDEMPTION',
          sourceId: redemption.id,
          reason: null,
          expiresAt: null,
          remaining: null,
          allocations: null,
          postedAt: now,
        },
        wallet.balance,
        context,
      ),
    );
  } else {
    await tx.ledger.setEntryStatus(redemption.ledgerEntryId, 'VOID');
    await tx.ledger.restore(await allocationsOf(tx, redemption));
    await tx.ledger.setWallet(customer.id, {
      balance: customer.points.balance,
      locked: customer.points.locked - redemption.points,
    });
    await tx.outbox.enqueue(
      createEvent(
        redemptionCancelled,
        decided.id,
        {
          ...outcome,
          outcome: decision.outcome === 'APPROVED' ? 'REJECTED' : decision.outcome,
          reason: frozen ? `the account is ${customer.status}` : decision.reason,
        },
        context,
      ),
    );
  }
  return decided;
}

async function allocationsOf(tx: Transaction, redemption: Redemption) {
  const entry = await tx.ledger.findEntry('REDEEM', 'REDEMPTION', redemption.id);
  return entry?.allocations ?? [];
}
