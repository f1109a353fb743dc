import { authorised, eventContextOf } from '@care/service-kit';
import { DISCOUNT_ROLES } from '../domain/access';
import { companyLocal } from '../domain/company-time';
import { discountPeriod, issueDiscount as issue, periodTaken, type DiscountKind } from '../domain/discount';
import { parseAmount } from '../domain/money';
import { withCustomer } from './change-customer';
import { discountApprovalRequestedEvent, discountIssuedEvent } from './events';
import type { Deps } from './ports';

/**
 * DOMAIN 2.3: a discount is issued only when it matches the purchase records (the reason given when
 * refused) and is worth no more than the policy allows for them (LIMIT_EXCEEDED); Gold's quarterly
 * discount once a quarter; a Platinum discount waits for the department head's approval (DOMAIN 3.1).
 */
export const issueDiscount = authorised(
  DISCOUNT_ROLES,
  async (deps: Deps, caller, input: { customerId: string; kind: DiscountKind; value: string }) => {
    const value = parseAmount(input.value, 'value');
    const now = deps.clock.now();
    return withCustomer(deps, input.customerId, async (customer, tx) => {
      const year = companyLocal(now, deps.timeZone).year;
      const [thisYear, lastYear] = await Promise.all([
        tx.purchases.annualSpend([customer.id], year),
        tx.purchases.annualSpend([customer.id], year - 1),
      ]);
      const period = discountPeriod(input.kind, now, deps.timeZone);
      const records = {
        spendThisYear: thisYear.get(customer.id)!,
        spendLastYear: lastYear.get(customer.id)!,
        alreadyIssuedThisPeriod:
          period !== null && (await tx.discounts.issued(customer.id, input.kind, period)),
      };
      const request = { id: deps.newId(), kind: input.kind, value, requestedBy: caller.actor.sub };
      const discount = issue(customer, request, records, await tx.tiers.policyAt(now), now, deps.timeZone);
      if (!(await tx.discounts.insert(discount))) throw periodTaken(discount);
      const context = eventContextOf(caller);
      await tx.outbox.enqueue(
        discount.status === 'PENDING_APPROVAL'
          ? discountApprovalRequestedEvent(discount, context)
          : discountIssuedEvent(discount, context),
      );
      return discount;
    });
  },
);
