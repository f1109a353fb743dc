import type { EntityManager } from 'typeorm';
import type { EmergencyBudgetStore } from '../application/ports';
import type { EmergencySpending } from '../domain/emergency-budget';

/** Keys the transaction-scoped advisory lock of a budget year: (this number, the year). */
const BUDGET_LOCK = 460_601;

interface SpendingRow {
  id: string;
  incident_id: string;
  amount: string;
  purpose: string;
  spent_at: Date;
  recorded_by: string;
  budget_year: number;
}

/**
 * The emergency budget in SQL (DOMAIN 4.6): the spending booked per budget year, and last year's activity
 * total from the campaign interactions of the `seen_interaction` read model (loyalty's
 * `campaign.interaction_recorded`, each applied once), the costs loyalty's activity cost share counts.
 */
export class SqlEmergencyBudgetStore implements EmergencyBudgetStore {
  constructor(private readonly manager: EntityManager) {}

  async lockYear(year: number): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [BUDGET_LOCK, year]);
  }

  async spentIn(year: number): Promise<string> {
    const [row] = (await this.manager.query(
      `SELECT coalesce(sum(amount), 0)::text AS spent FROM emergency_spending WHERE budget_year = $1`,
      [year],
    )) as { spent: string }[];
    return row!.spent;
  }

  async activityBetween(from: Date, to: Date): Promise<string> {
    const [row] = (await this.manager.query(
      `SELECT coalesce(sum(cost), 0)::text AS total FROM seen_interaction
        WHERE kind = 'CAMPAIGN' AND at >= $1 AND at < $2`,
      [from, to],
    )) as { total: string }[];
    return row!.total;
  }

  async insertSpending(s: EmergencySpending): Promise<void> {
    await this.manager.query(
      `INSERT INTO emergency_spending (id, incident_id, amount, currency, purpose, spent_at, recorded_by, budget_year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [s.id, s.incidentId, s.amount, s.currency, s.purpose, s.spentAt, s.recordedBy, s.budgetYear],
    );
  }

  async spendingOf(incidentIds: readonly string[]): Promise<EmergencySpending[]> {
    if (incidentIds.length === 0) return [];
    const rows = (await this.manager.query(
      `SELECT id, incident_id, amount::text AS amount, purpose, spent_at, recorded_by, budget_year
         FROM emergency_spending WHERE incident_id = ANY($1) ORDER BY spent_at, id`,
      [incidentIds],
    )) as SpendingRow[];
    return rows.map((r) => ({
      id: r.id,
      incidentId: r.incident_id,
      amount: r.amount,
      currency: 'CNY',
      purpose: r.purpose,
      spentAt: r.spent_at,
      recordedBy: r.recorded_by,
      budgetYear: r.budget_year,
    }));
  }
}
