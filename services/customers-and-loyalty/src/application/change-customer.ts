import { changeAggregate, notFound, type Changed, type UnitOfWork } from '@care/service-kit';
import type { Customer } from '../domain/customer';
import type { Deps, Transaction } from './ports';
import { isUuid } from './read-access';

/** Locks the customer (and wallet) for the rest of the transaction; NOT_FOUND when unknown. */
export async function lockCustomer(tx: Transaction, id: string): Promise<Customer> {
  const customer = isUuid(id) ? await tx.customers.lock(id) : null;
  if (!customer) throw notFound('Customer', id);
  return customer;
}

/**
 * Work on one customer's records (a redemption, a purchase, a consent) in one transaction, the customer
 * and wallet locked first so changes to one wallet queue; NOT_FOUND when the customer is unknown.
 */
export function withCustomer<T>(
  deps: Pick<Deps, 'unitOfWork'>,
  customerId: string,
  work: (customer: Customer, tx: Transaction) => Promise<T>,
): Promise<T> {
  return deps.unitOfWork(async (tx) => work(await lockCustomer(tx, customerId), tx));
}

/** A unit of work that is the transaction already open: a change made as part of a larger one. */
export const within =
  (tx: Transaction): UnitOfWork<Transaction> =>
  (work) =>
    work(tx);

/**
 * Every change to a customer: the kit's changeAggregate over the customer row, locked with its wallet
 * (NOT_FOUND when unknown), the rule applied, saved with its version, the events enqueued, in one
 * transaction. A rule that leaves the customer as it was (the same object) writes nothing, so the
 * version stays. `apply` may record what the change adds beside the customer (a freeze, a tier change).
 * No caller names the version it saw (the API has none), so the check is the save's: the row is locked.
 */
export function changeCustomer(
  unitOfWork: UnitOfWork<Transaction>,
  id: string,
  apply: (customer: Customer, tx: Transaction) => Changed<Customer> | Promise<Changed<Customer>>,
  options: { locked?: Customer } = {},
): Promise<Customer> {
  let loaded: Customer | null = null;
  return changeAggregate(unitOfWork, {
    what: 'Customer',
    id,
    load: async (tx) => (loaded = options.locked ?? (isUuid(id) ? await tx.customers.lock(id) : null)),
    apply,
    save: (tx, next, version) => (next === loaded ? Promise.resolve(next) : tx.customers.save(next, version)),
  });
}
