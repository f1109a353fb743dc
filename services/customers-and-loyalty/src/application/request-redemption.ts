import { authorised, eventContextOf } from '@care/service-kit';
import { REDEMPTION_ROLES } from '../domain/access';
import { repeatedRedemption, requestRedemption as request } from '../domain/redemption';
import { withCustomer } from './change-customer';
import { redemptionRequestedEvent } from './events';
import type { Deps } from './ports';

/**
 * DOMAIN 2.3, 3.1: a redemption is for an identity-verified, active customer; its points are locked
 * (taken from the lots oldest-expiring first) and it waits for an approval routed by its value.
 * Idempotent on the client's key. The customer row lock serialises redemptions of one wallet, and the
 * wallet's check constraints make an overdraw impossible even so.
 */
export const requestRedemption = authorised(
  REDEMPTION_ROLES,
  async (deps: Deps, caller, input: { customerId: string; points: number; idempotencyKey: string }) => {
    const idempotencyKey = input.idempotencyKey.trim();
    const now = deps.clock.now();
    return withCustomer(deps, input.customerId, async (customer, tx) => {
      const existing = await tx.redemptions.findByKey(customer.id, idempotencyKey);
      if (existing) return repeatedRedemption(existing, input.points);
      const ids = { id: deps.newId(), entryId: deps.newId(), requestedBy: caller.actor.sub };
      const asked = { ...ids, points: input.points, idempotencyKey };
      const { redemption, entry, wallet } = request(
        customer,
        asked,
        await tx.ledger.lots(customer.id),
        await tx.tiers.policyAt(now),
        now,
      );
      await tx.ledger.consume(entry.allocations!);
      await tx.ledger.insertEntry(entry);
      await tx.ledger.setWallet(customer.id, wallet);
      await tx.redemptions.insert(redemption);
      await tx.outbox.enqueue(redemptionRequestedEvent(redemption, eventContextOf(caller)));
      return redemption;
    });
  },
);
