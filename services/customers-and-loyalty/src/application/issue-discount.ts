import { createEvent, discountApprovalRequested, discountIssued } from '@care/contracts';
import { badInput, DomainError, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { DISCOUNT_ROLES } from '../domain/access';
import { parseAmount } from '../domain/campaign';
import { checkDiscount, type Discount, type DiscountKind } from '../domain/discount';
import { companyLocal, quarterOf } from '../domain/policy';
import { guard, lockCustomer, requireActive } from './rules';
import type { Deps } from './ports';

/**
 * DOMAIN 2.3: a discount is issued only when it matches the purchase records (checked here, the reason
 * given when refused) and is worth no more than the policy allows for them (LIMIT_EXCEEDED); Gold's quarterly discount once a quarter; a Platinum discount waits for the
 * department head's approval (DOMAIN 3.1).
 */
export async function issueDiscount(
  deps: Deps,
  caller: Caller,
  input: { customerId: string; kind: DiscountKind; value: string },
): Promise<Discount> {
  requireRole(caller.actor, ...DISCOUNT_ROLES);
  const value = guard(() => parseAmount(input.value, 'value'));
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    requireActive(customer, 'granting a discount');
    if (value.lessThanOrEqualTo(0)) throw badInput('value must be positive', { field: 'value' });
    const year = companyLocal(now).year;
    const [thisYear, lastYear] = await Promise.all([
      tx.ledger.annualSpend([customer.id], year),
      tx.ledger.annualSpend([customer.id], year - 1),
    ]);
    const policy = await tx.tiers.policyAt(now);
    const decision = checkDiscount(
      {
        kind: input.kind,
        value: value.toFixed(2),
        customerTier: customer.tier,
        spendThisYear: thisYear.get(customer.id)!,
        spendLastYear: lastYear.get(customer.id)!,
        alreadyIssuedThisPeriod:
          input.kind === 'GOLD_QUARTERLY' &&
          (await tx.ledger.discountIssued(customer.id, input.kind, quarterOf(now))),
      },
      now,
      policy,
    );
    if (!decision.ok)
      throw new DomainError(decision.code, `the discount is refused: ${decision.reason}`, {
        reason: decision.reason,
        ...(decision.limit ? { field: 'value', limit: decision.limit } : {}),
      });
    const discount: Discount = {
      id: deps.newId(),
      customerId: customer.id,
      kind: input.kind,
      tier: decision.tier,
      period: decision.period,
      value: value.toFixed(2),
      currency: 'CNY',
      status: decision.needsApproval ? 'PENDING_APPROVAL' : 'ISSUED',
      requestedBy: caller.actor.sub,
      requestedAt: now,
      issuedAt: decision.needsApproval ? null : now,
    };
    if (!(await tx.ledger.insertDiscount(discount)))
      throw new DomainError(
        'LIMIT_EXCEEDED',
        `the ${input.kind} discount for ${decision.period} was issued already`,
      );
    const context = eventContextOf(caller);
    await tx.outbox.enqueue(
      decision.needsApproval
        ? createEvent(
            discountApprovalRequested,
            discount.id,
            {
              discountId: discount.id,
              customerId: customer.id,
              kind: discount.kind,
              tier: discount.tier,
              value: discount.value,
              currency: 'CNY',
              requiredAuthority: 'DEPARTMENT_HEAD',
              reference: { service: 'loyalty', aggregate: 'discount', id: discount.id },
              requestedAt: now.toISOString(),
            },
            context,
          )
        : createEvent(
            discountIssued,
            discount.id,
            {
              discountId: discount.id,
              customerId: customer.id,
              kind: discount.kind,
              tier: discount.tier,
              period: discount.period,
              value: discount.value,
              currency: 'CNY',
              issuedAt: now.toISOString(),
            },
            context,
          ),
    );
    return discount;
  });
}
