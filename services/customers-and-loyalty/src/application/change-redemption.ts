import type { Redemption } from '../domain/redemption';
import { changeOf } from './change-aggregate';

/**
 * Every change to a redemption (its approval decision): the redemption row locked, after its customer's
 * wallet (the order every change to a wallet takes); saved over the version it read.
 */
export const changeRedemption = changeOf<Redemption>('Redemption', {
  lock: (tx, id) => tx.redemptions.find(id, true),
  save: (tx, redemption, version) => tx.redemptions.save(redemption, version),
});
