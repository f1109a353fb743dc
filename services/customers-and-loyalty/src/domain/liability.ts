import { Decimal } from 'decimal.js';
import { companyLocal, startOfCompanyMonth } from './company-time';

/**
 * A calendar month (company time) of the points liability: the points whose validity ends in it expire
 * at its end, `(from, to]` (DOMAIN 2.1: at the end of the 24th month after the month earned).
 */
export interface LiabilityMonth {
  /** YYYY-MM. */
  month: string;
  from: Date;
  to: Date;
}

/** The `months` calendar months from the one `now` falls in (company time), in order. */
export function liabilityMonths(now: Date, months: number, timeZone: string): LiabilityMonth[] {
  const { year, month } = companyLocal(now, timeZone);
  return Array.from({ length: months }, (_, i) => {
    const from = startOfCompanyMonth(year, month + i, timeZone);
    const { year: y, month: m } = companyLocal(from, timeZone);
    return {
      month: `${y}-${String(m).padStart(2, '0')}`,
      from,
      to: startOfCompanyMonth(year, month + i + 1, timeZone),
    };
  });
}

/** What points are worth in CNY at the policy's point value, to the fen. */
export function pointsValue(points: number, pointValueCny: string): string {
  return new Decimal(points).times(pointValueCny).toFixed(2);
}
