import {
  createEvent,
  pointsAdjusted,
  pointsEarned,
  pointsExpired,
  pointsRedeemed,
  type EventContext,
} from '@care/contracts';
import type { Customer } from '../domain/customer';
import {
  allocate,
  creditedBalance,
  expiryOf,
  type Allocation,
  type LedgerEntry,
  type LedgerKind,
  type LedgerSource,
} from '../domain/points';
import type { LoyaltyPolicy } from '../domain/policy';
import { guard } from './rules';
import type { Transaction } from './ports';

const EVENT_OF: Record<LedgerKind, typeof pointsEarned> = {
  EARN: pointsEarned,
  COMPENSATE: pointsEarned,
  REDEEM: pointsRedeemed,
  EXPIRE: pointsExpired,
  ADJUST: pointsAdjusted,
  REVERSE: pointsAdjusted,
};

export function pointsEvent(entry: LedgerEntry, balance: number, context: EventContext) {
  return createEvent(
    EVENT_OF[entry.kind],
    entry.customerId,
    {
      entryId: entry.id,
      customerId: entry.customerId,
      kind: entry.kind,
      points: entry.points,
      source: entry.source,
      sourceId: entry.sourceId,
      balance,
      expiresAt: entry.expiresAt?.toISOString() ?? null,
      postedAt: entry.postedAt.toISOString(),
    },
    { ...context, time: entry.postedAt },
  );
}

/**
 * Posts a credit (a new lot expiring by the policy) to a locked customer's wallet and its event; returns
 * the customer with the new wallet.
 */
export async function postCredit(
  tx: Transaction,
  customer: Customer,
  credit: {
    id: string;
    kind: 'EARN' | 'COMPENSATE' | 'ADJUST';
    points: number;
    source: LedgerSource;
    sourceId: string | null;
    reason: string | null;
  },
  now: Date,
  policy: LoyaltyPolicy,
  context: EventContext,
): Promise<Customer> {
  if (credit.points <= 0) return customer;
  // Before anything is written: a credit the wallet cannot hold is refused (LIMIT_EXCEEDED), never stored.
  const balance = guard(() => creditedBalance(customer.points.balance, credit.points));
  const entry: LedgerEntry = {
    ...credit,
    customerId: customer.id,
    status: 'POSTED',
    expiresAt: expiryOf(now, policy.expiryMonths),
    remaining: credit.points,
    allocations: null,
    postedAt: now,
  };
  await tx.ledger.insertEntry(entry);
  const points = { balance, locked: customer.points.locked };
  await tx.ledger.setWallet(customer.id, points);
  await tx.outbox.enqueue(pointsEvent(entry, points.balance, context));
  return { ...customer, points };
}

/**
 * Posts a debit taken from the lots oldest-expiring first (or from the given allocations); the balance
 * can never go negative, and never below the locked points.
 */
export async function postDebit(
  tx: Transaction,
  customer: Customer,
  debit: {
    id: string;
    kind: 'EXPIRE' | 'ADJUST' | 'REVERSE';
    points: number;
    source: LedgerSource;
    sourceId: string | null;
    reason: string | null;
  },
  now: Date,
  context: EventContext,
  allocations?: Allocation[],
): Promise<Customer> {
  if (debit.points <= 0) return customer;
  const lots = allocations ? null : await tx.ledger.lots(customer.id);
  const used = allocations ?? guard(() => allocate(lots!, debit.points));
  await tx.ledger.consume(used);
  const entry: LedgerEntry = {
    ...debit,
    points: -debit.points,
    customerId: customer.id,
    status: 'POSTED',
    expiresAt: null,
    remaining: null,
    allocations: used,
    postedAt: now,
  };
  await tx.ledger.insertEntry(entry);
  const points = { balance: customer.points.balance - debit.points, locked: customer.points.locked };
  await tx.ledger.setWallet(customer.id, points);
  await tx.outbox.enqueue(pointsEvent(entry, points.balance, context));
  return { ...customer, points };
}
