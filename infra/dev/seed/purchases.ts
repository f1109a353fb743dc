import type { Tier } from './types';

/** CNY per unit of each order currency (fixed demo rates). */
export const RATES: Record<string, number> = {
  CNY: 1,
  EUR: 7.8,
  USD: 7.2,
  GBP: 9.1,
  HKD: 0.92,
  JPY: 0.048,
  KRW: 0.0052,
  SGD: 5.4,
};

/** Last year's spend band per tier, in whole yuan (the thresholds are 500,000 / 200,000 / 50,000). */
export const SPEND_BANDS: Record<Tier, [number, number]> = {
  DIAMOND: [560_000, 950_000],
  PLATINUM: [210_000, 460_000],
  GOLD: [55_000, 185_000],
  MEMBER: [800, 46_000],
};

/** The `recordPurchase` input for an order of `cny` yuan in the customer's currency (converted at the demo rate). */
export function purchaseInput(
  customerId: string,
  currency: string,
  orderNumber: string,
  cny: number,
  purchasedAt: Date,
): Record<string, unknown> {
  const rate = RATES[currency] ?? 1;
  const amount = currency === 'CNY' ? `${cny}.00` : (cny / rate).toFixed(2);
  return {
    customerId,
    orderNumber,
    amount,
    currency,
    ...(currency === 'CNY' ? {} : { amountCny: `${cny}.00` }),
    purchasedAt: purchasedAt.toISOString(),
  };
}

/** The tier a year's spend earns (DOMAIN 2.1: 500,000 / 200,000 / 50,000 CNY). */
export const tierOf = (spend: number): Tier =>
  spend >= 500_000 ? 'DIAMOND' : spend >= 200_000 ? 'PLATINUM' : spend >= 50_000 ? 'GOLD' : 'MEMBER';
