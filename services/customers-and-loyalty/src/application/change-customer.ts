import { notFound } from '@care/service-kit';
import type { Customer } from '../domain/customer';
import { changeOf } from './change-aggregate';
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

/**
 * Every change to a customer: the customer row locked with its wallet, so changes to one wallet queue.
 * `apply` may record what the change adds beside the customer (a freeze, a tier change). No caller names
 * the version it saw (the API has none): the save's optimistic lock is the check.
 */
export const changeCustomer = changeOf<Customer>('Customer', {
  lock: (tx, id) => (isUuid(id) ? tx.customers.lock(id) : Promise.resolve(null)),
  save: (tx, customer, version) => tx.customers.save(customer, version),
});
