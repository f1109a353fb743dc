import { createEvent, redemptionRequested } from '@care/contracts';
import { badInput, DomainError, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { REDEMPTION_ROLES } from '../domain/access';
import { allocate, redemptionRouting, type LedgerEntry } from '../domain/points';
import { guard, lockCustomer, requireActive } from './rules';
import type { Deps, Redemption } from './ports';

/**
 * DOMAIN 2.3, 3.1: a redemption is for an identity-verified, active customer; its points are locked
 * (taken from the lots oldest-expiring first) and it waits for an approval routed by its value.
 * Idempotent on the client's key. The customer row lock serialises redemptions of one wallet, and the
 * wallet's check constraints make an overdraw impossible even so.
 */
export async function requestRedemption(
  deps: Deps,
  caller: Caller,
  input: { customerId: string; points: number; idempotencyKey: string },
): Promise<Redemption> {
  requireRole(caller.actor, ...REDEMPTION_ROLES);
  const key = input.idempotencyKey.trim();
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    const existing = await tx.ledger.findRedemptionByKey(customer.id, key);
    if (existing) {
      if (existing.points !== input.points)
        throw new DomainError('CONFLICT', 'this idempotency key was used for another redemption', {
          field: 'idempotencyKey',
        });
      return existing;
    }
    requireActive(customer, 'redeeming points');
    if (!customer.identity)
      throw new DomainError(
        'INVALID_TRANSITION',
        'the customer identity must be verified before redeeming points',
      );
    // The account's state first (INVALID_TRANSITION), then the request itself.
    if (!key || key.length > 100)
      throw badInput('idempotencyKey must have 1 to 100 characters', { field: 'idempotencyKey' });
    if (!Number.isInteger(input.points) || input.points <= 0)
      throw badInput('points must be a positive whole number', { field: 'points' });
    const policy = await tx.tiers.policyAt(now);
    const routing = guard(() => redemptionRouting(input.points, policy));
    const lots = await tx.ledger.lots(customer.id);
    const used = guard(() => allocate(lots, input.points));
    await tx.ledger.consume(used);
    const entry: LedgerEntry = {
      id: deps.newId(),
      customerId: customer.id,
      kind: 'REDEEM',
      points: -input.points,
      status: 'PENDING',
      source: 'REDEMPTION',
      sourceId: null,
      reason: null,
      expiresAt: null,
      remaining: null,
      allocations: used,
      postedAt: now,
    };
    const redemption: Redemption = {
      id: deps.newId(),
      customerId: customer.id,
      idempotencyKey: key,
      points: input.points,
      value: routing.value,
      currency: 'CNY',
      requiredAuthority: routing.requiredAuthority,
      status: 'PENDING_APPROVAL',
      ledgerEntryId: entry.id,
      approvalRequestId: null,
      requestedBy: caller.actor.sub,
      requestedAt: now,
      decidedAt: null,
    };
    entry.sourceId = redemption.id;
    await tx.ledger.insertEntry(entry);
    await tx.ledger.setWallet(customer.id, {
      balance: customer.points.balance,
      locked: customer.points.locked + input.points,
    });
    await tx.ledger.insertRedemption(redemption);
    await tx.outbox.enqueue(
      createEvent(
        redemptionRequested,
        redemption.id,
        {
          redemptionId: redemption.id,
          customerId: customer.id,
          points: redemption.points,
          value: redemption.value,
          currency: 'CNY',
          requiredAuthority: redemption.requiredAuthority,
          requestedAt: now.toISOString(),
          reference: { service: 'loyalty', aggregate: 'redemption', id: redemption.id },
        },
        eventContextOf(caller),
      ),
    );
    return redemption;
  });
}
