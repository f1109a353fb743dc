import { Refusal } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';

/** An amount of money: a decimal number with at most 2 decimals (DESIGN convention 5). */
export function parseAmount(value: string, field: string): Decimal {
  let amount: Decimal;
  try {
    amount = new Decimal(value);
  } catch {
    throw new Refusal('BAD_USER_INPUT', `${field} must be a decimal number`);
  }
  if (!amount.isFinite() || amount.decimalPlaces() > 2)
    throw new Refusal('BAD_USER_INPUT', `${field} must be a decimal number with at most 2 decimals`);
  return amount;
}
