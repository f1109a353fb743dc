import { incidentSpendingRecorded } from '@care/contracts';
import { refuse } from '@care/domain-kernel';
import { type Actor, authorised, type Caller, eventContextOf, requireRole } from '@care/service-kit';
import { INCIDENT_READERS, INCIDENT_ROLES } from '../domain/access';
import {
  type EmergencyBudget,
  emergencyBudget,
  type EmergencySpending,
  spendFromBudget,
  yearBounds,
  yearOf,
} from '../domain/emergency-budget';
import { assertMaySpend, type Incident } from '../domain/incident';
import { incidentEvent } from './events';
import type { Deps, EmergencyBudgetStore } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';

/** The budget of `year` as the store holds it now: its share (5 %) of the year before's campaign costs, and its spending. */
async function budgetOf(
  deps: Pick<Deps, 'calendar' | 'emergencySettings'>,
  store: EmergencyBudgetStore,
  year: number,
): Promise<EmergencyBudget> {
  const { from, to } = yearBounds(year - 1, deps.calendar.timeZone);
  const [activity, spent] = await Promise.all([store.activityBetween(from, to), store.spentIn(year)]);
  return emergencyBudget(year, activity, spent, deps.emergencySettings.budgetPercent);
}

const YEARS = { min: 2000, max: 2100 };

/** `emergencyBudget(year)`: the year's budget (this year by default), for those who read incidents. */
export async function readEmergencyBudget(
  deps: Deps,
  actor: Actor,
  year?: number | null,
): Promise<EmergencyBudget> {
  requireRole(actor, ...INCIDENT_READERS);
  const wanted = year ?? yearOf(deps.clock.now(), deps.calendar.timeZone);
  if (!Number.isInteger(wanted) || wanted < YEARS.min || wanted > YEARS.max)
    throw refuse.input('year', `a year from ${YEARS.min} to ${YEARS.max}`);
  return budgetOf(deps, deps.emergencyBudgets, wanted);
}

export interface SpendingRecorded {
  incident: Incident;
  spending: EmergencySpending;
  budget: EmergencyBudget;
}

/**
 * Finance, the GM or the GM office book spending on an open incident against this year's emergency
 * budget (DOMAIN 4.6); beyond the budget it is refused (LIMIT_EXCEEDED). The year's budget decisions are
 * serialised, so two bookings never both take the last of it.
 */
export const recordEmergencySpending = authorised(
  INCIDENT_ROLES.spend,
  async (
    deps: Deps,
    caller: Caller,
    input: { incidentId: string; amount: string; purpose: string },
  ): Promise<SpendingRecorded> => {
    const now = deps.clock.now();
    const year = yearOf(now, deps.calendar.timeZone);
    return tracedUnitOfWork(deps)(async (tx) => {
      const incident = await tx.incidents.lockById(input.incidentId);
      if (!incident) throw refuse.notFound('Incident', input.incidentId);
      assertMaySpend(incident);
      await tx.emergencyBudgets.lockYear(year);
      const { spending, after } = spendFromBudget(await budgetOf(deps, tx.emergencyBudgets, year), input, {
        id: deps.newId(),
        incidentId: incident.id,
        actor: caller.actor.sub,
        now,
      });
      await tx.emergencyBudgets.insertSpending(spending);
      await tx.outbox.enqueue(
        incidentEvent(
          incidentSpendingRecorded,
          incident,
          now,
          {
            spendingId: spending.id,
            amount: spending.amount,
            currency: spending.currency,
            budgetYear: year,
            budget: after.budget,
            spentInYear: after.spent,
            remaining: after.remaining,
          },
          eventContextOf(caller),
        ),
      );
      return { incident, spending, budget: after };
    });
  },
);
