import { refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import { localDate, startOfLocalDate } from './violation-policy';

/**
 * The emergency budget (DOMAIN 4.6): each year, 5 % of last year's activity total, the campaign costs
 * loyalty recorded in that year (the same costs its activity cost share counts). Every incident's
 * spending in a year counts against that year's budget; spending beyond it is refused.
 */

/** DOMAIN 4.6: the budget is this share, in percent, of last year's activity total. */
export const EMERGENCY_BUDGET_PERCENT = 5;

export interface EmergencyBudget {
  year: number;
  /** The campaign costs of the year before. */
  lastYearActivityTotal: string;
  percent: number;
  budget: string;
  /** Every incident's spending in the year. */
  spent: string;
  remaining: string;
}

export interface EmergencySpending {
  id: string;
  incidentId: string;
  amount: string;
  currency: 'CNY';
  purpose: string;
  spentAt: Date;
  recordedBy: string;
  /** The year whose budget it counts against (company time). */
  budgetYear: number;
}

const money = (value: Decimal.Value) => new Decimal(value).toFixed(2);

/** The year's budget, from last year's activity total and what was spent so far this year. */
export function emergencyBudget(
  year: number,
  lastYearActivityTotal: string,
  spent: string,
  percent = EMERGENCY_BUDGET_PERCENT,
): EmergencyBudget {
  const budget = new Decimal(lastYearActivityTotal).times(percent).dividedBy(100).toDecimalPlaces(2);
  return {
    year,
    lastYearActivityTotal: money(lastYearActivityTotal),
    percent,
    budget: money(budget),
    spent: money(spent),
    remaining: money(budget.minus(spent)),
  };
}

/** The company-time year an instant falls in. */
export const yearOf = (instant: Date, timeZone: string): number =>
  Number(localDate(instant, timeZone).slice(0, 4));

/** The instants a company-time year starts and ends (exclusive). */
export const yearBounds = (year: number, timeZone: string): { from: Date; to: Date } => ({
  from: startOfLocalDate(`${String(year).padStart(4, '0')}-01-01`, timeZone),
  to: startOfLocalDate(`${String(year + 1).padStart(4, '0')}-01-01`, timeZone),
});

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const PURPOSE_MAX = 1_000;

/**
 * Spending against the budget: a positive CNY amount with its purpose, refused (LIMIT_EXCEEDED) when it
 * would take the year's spending beyond the budget.
 */
export function spendFromBudget(
  budget: EmergencyBudget,
  input: { amount: string; purpose: string },
  context: { id: string; incidentId: string; actor: string; now: Date },
): { spending: EmergencySpending; after: EmergencyBudget } {
  if (!AMOUNT.test(input.amount) || new Decimal(input.amount).lte(0))
    throw refuse.input('amount', 'a positive amount of CNY with at most 2 decimals');
  const purpose = input.purpose.trim();
  if (!purpose || purpose.length > PURPOSE_MAX)
    throw refuse.input('purpose', `purpose must have 1 to ${PURPOSE_MAX} characters`);
  const amount = new Decimal(input.amount);
  if (amount.gt(budget.remaining))
    throw refuse.limit(
      `the emergency budget of ${budget.year} (${budget.budget} CNY, ${budget.percent} % of last year's activity total) ` +
        `has ${budget.remaining} CNY left: ${money(amount)} is more (DOMAIN 4.6)`,
      { budget: budget.budget, spent: budget.spent, remaining: budget.remaining },
    );
  return {
    spending: {
      id: context.id,
      incidentId: context.incidentId,
      amount: money(amount),
      currency: 'CNY',
      purpose,
      spentAt: context.now,
      recordedBy: context.actor,
      budgetYear: budget.year,
    },
    after: emergencyBudget(
      budget.year,
      budget.lastYearActivityTotal,
      money(amount.plus(budget.spent)),
      budget.percent,
    ),
  };
}
