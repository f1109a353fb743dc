import type { EventContext } from '@care/contracts';
import type { Customer } from '../domain/customer';
import { creditPoints, debitPoints, type Allocation, type Posting } from '../domain/points';
import type { LoyaltyPolicy } from '../domain/policy';
import { pointsEvent } from './events';
import type { Deps, Transaction } from './ports';

/** When a posting happens and what it goes by: the policy in force and the company's time zone. */
export interface PostingTime {
  now: Date;
  policy: Pick<LoyaltyPolicy, 'expiryMonths'>;
  timeZone: string;
}

/** A posting that adds points. */
export type Credit = Posting & { kind: 'EARN' | 'COMPENSATE' | 'ADJUST' };

/**
 * Posts a credit (a new lot expiring by the policy) to a locked customer's wallet, with its event; returns
 * the customer with the new wallet. Nothing is posted for no points.
 */
export async function postCredit(
  tx: Transaction,
  customer: Customer,
  credit: Credit,
  at: PostingTime,
  context: EventContext,
): Promise<Customer> {
  if (credit.points <= 0) return customer;
  const expiry = { expiryMonths: at.policy.expiryMonths, timeZone: at.timeZone };
  const { entry, wallet } = creditPoints(customer.id, customer.points, credit, at.now, expiry);
  await tx.ledger.insertEntry(entry);
  await tx.ledger.setWallet(customer.id, wallet);
  await tx.outbox.enqueue(pointsEvent(entry, wallet.balance, context));
  return { ...customer, points: wallet };
}

/** postCredit of a new posting (a new id) going by the policy in force now. */
export async function postCreditNow(
  deps: Pick<Deps, 'newId' | 'timeZone'>,
  tx: Transaction,
  customer: Customer,
  credit: Omit<Credit, 'id'>,
  now: Date,
  context: EventContext,
): Promise<Customer> {
  const at = { now, policy: await tx.tiers.policyAt(now), timeZone: deps.timeZone };
  return postCredit(tx, customer, { id: deps.newId(), ...credit }, at, context);
}

/**
 * Posts a debit taken from the lots oldest-expiring first (or from the given allocations) to a locked
 * customer's wallet, with its event; the balance never goes negative, nor below the locked points.
 */
export async function postDebit(
  tx: Transaction,
  customer: Customer,
  debit: Posting & { kind: 'EXPIRE' | 'ADJUST' | 'REVERSE' },
  now: Date,
  context: EventContext,
  allocations?: Allocation[],
): Promise<Customer> {
  if (debit.points <= 0) return customer;
  const from = allocations ? { allocations } : { lots: await tx.ledger.lots(customer.id) };
  const { entry, wallet } = debitPoints(customer.id, customer.points, debit, from, now);
  await tx.ledger.consume(entry.allocations!);
  await tx.ledger.insertEntry(entry);
  await tx.ledger.setWallet(customer.id, wallet);
  await tx.outbox.enqueue(pointsEvent(entry, wallet.balance, context));
  return { ...customer, points: wallet };
}
