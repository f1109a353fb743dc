import { authorised, eventContextOf } from '@care/service-kit';
import { adjustment } from '../domain/points';
import { withCustomer } from './change-customer';
import { postCreditNow, postDebit } from './post-points';
import type { Deps } from './ports';

/**
 * A manual points correction by internal control (an ADJUST entry with its reason): a credit is a new lot,
 * a debit is taken oldest-expiring first and can never take the balance below zero or the locked points.
 */
export const adjustPoints = authorised(
  ['internal_control'],
  async (deps: Deps, caller, input: { customerId: string; points: number; reason: string }) => {
    const { points, reason } = adjustment(input);
    const now = deps.clock.now();
    return withCustomer(deps, input.customerId, async (customer, tx) => {
      const posting = { kind: 'ADJUST' as const, source: 'MANUAL' as const, sourceId: null, reason };
      const context = eventContextOf(caller);
      if (points < 0) {
        const debit = { id: deps.newId(), ...posting, points: -points };
        return postDebit(tx, customer, debit, now, context);
      }
      return postCreditNow(deps, tx, customer, { ...posting, points }, now, context);
    });
  },
);
