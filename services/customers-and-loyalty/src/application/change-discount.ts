import type { Discount } from '../domain/discount';
import { changeOf } from './change-aggregate';

/** Every change to a discount (the department head's decision): its row locked, saved over the version it read. */
export const changeDiscount = changeOf<Discount>('Discount', {
  lock: (tx, id) => tx.discounts.find(id, true),
  save: (tx, discount, version) => tx.discounts.save(discount, version),
});
