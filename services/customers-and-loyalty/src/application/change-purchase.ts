import type { Purchase } from '../domain/purchase';
import { changeOf } from './change-aggregate';

/**
 * Every change to a purchase (its returns), by order number: the purchase row locked, after its
 * customer's wallet (the order every change to a wallet takes); saved over the version it read.
 */
export const changePurchase = changeOf<Purchase>('Purchase', {
  lock: (tx, orderNumber) => tx.purchases.find(orderNumber, true),
  save: (tx, purchase, version) => tx.purchases.save(purchase, version),
});
