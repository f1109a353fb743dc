import type { CustomerStatistic, KpiRepository, Kpis, MonthOfExpiry, PointsHeld } from '../application/ports';
import type { Tier } from '../domain/customer';
import type { LiabilityMonth } from '../domain/liability';
import { one, rows, type Sql } from './sql';

/** The targets of DOMAIN 2.8 the service can compute, in SQL, for the period [from, to). */
export class SqlKpiRepository implements KpiRepository {
  constructor(private readonly db: Sql) {}

  async statistics(year: number): Promise<CustomerStatistic[]> {
    return (
      await rows<{ tier: Tier; region: string | null; customers: number; spend: string }>(
        this.db,
        `SELECT c.tier, c.region, count(*)::int AS customers, coalesce(sum(s.spend), 0)::numeric(18,2)::text AS spend
         FROM customer c LEFT JOIN (
           SELECT customer_id, sum(amount_cny - returned_cny) AS spend FROM purchase WHERE spend_year = $1 GROUP BY customer_id
         ) s ON s.customer_id = c.id
         GROUP BY c.tier, c.region
         ORDER BY array_position(ARRAY['MEMBER', 'GOLD', 'PLATINUM', 'DIAMOND'], c.tier), c.region NULLS FIRST`,
        [year],
      )
    ).map((r) => ({ tier: r.tier, region: r.region, customers: r.customers, annualSpend: r.spend }));
  }

  async pointsHeld(): Promise<PointsHeld> {
    const r = await one<{ available: string; locked: string; customers: number }>(
      this.db,
      `SELECT coalesce(sum(balance - locked), 0)::text AS available, coalesce(sum(locked), 0)::text AS locked,
              count(*) FILTER (WHERE balance > 0)::int AS customers
       FROM wallet`,
    );
    return { available: Number(r.available), locked: Number(r.locked), customers: r.customers };
  }

  async pointsExpiringByMonth(now: Date, months: readonly LiabilityMonth[]): Promise<MonthOfExpiry[]> {
    // A lot expires at the start of the month after its last one: it belongs to the month [from, to) that
    // holds the moment just before. A lot past its expiry is taken as expiring now.
    const bounds = [...months.map((m) => m.from), months[months.length - 1]!.to];
    const found = await rows<{ bucket: number; points: string; customers: number }>(
      this.db,
      `SELECT width_bucket(
                greatest(expires_at, $1::timestamptz + interval '1 microsecond') - interval '1 microsecond',
                $2::timestamptz[]) AS bucket,
              sum(remaining)::text AS points, count(DISTINCT customer_id)::int AS customers
       FROM ledger_entry WHERE remaining > 0 AND expires_at <= $3
       GROUP BY 1`,
      [now, bounds, bounds[bounds.length - 1]],
    );
    const byBucket = new Map(found.map((r) => [r.bucket, r]));
    return months.map((m, i) => ({
      month: m.month,
      points: Number(byBucket.get(i + 1)?.points ?? 0),
      customers: byBucket.get(i + 1)?.customers ?? 0,
    }));
  }

  async compute(from: Date, to: Date): Promise<Kpis> {
    const r = await one<Record<RateColumn, string | null>>(
      this.db,
      `WITH
       bought AS (
         SELECT customer_id, count(*) AS n FROM purchase
         WHERE purchased_at >= $1 AND purchased_at < $2 AND returned_cny < amount_cny GROUP BY customer_id),
       before AS (
         SELECT DISTINCT customer_id FROM purchase
         WHERE purchased_at >= $1::timestamptz - interval '12 months' AND purchased_at < $1 AND returned_cny < amount_cny),
       tier_at AS (
         SELECT c.id,
           CASE WHEN c.registered_at < $1 THEN coalesce((SELECT t.to_tier FROM tier_change t
             WHERE t.customer_id = c.id AND t.effective_at < $1 ORDER BY t.effective_at DESC, t.id LIMIT 1), 'MEMBER') END AS at_start,
           coalesce((SELECT t.to_tier FROM tier_change t
             WHERE t.customer_id = c.id AND t.effective_at < $2 ORDER BY t.effective_at DESC, t.id LIMIT 1), 'MEMBER') AS at_end
         FROM customer c),
       revenue AS (
         SELECT coalesce(sum(amount_cny - returned_cny), 0) AS v FROM purchase WHERE purchased_at >= $1 AND purchased_at < $2),
       costs AS (
         SELECT coalesce(sum(cost), 0) AS v FROM campaign_interaction WHERE at >= $1 AND at < $2),
       approved AS (
         SELECT * FROM campaign WHERE approved_at IS NOT NULL AND approved_at >= $1 AND approved_at < $2),
       targeted AS (
         SELECT a.id AS campaign_id, c.id AS customer_id FROM approved a JOIN customer c
           ON c.tier = ANY(a.target_tiers) AND (cardinality(a.target_tags) = 0 OR c.tags && a.target_tags)),
       changes AS (
         SELECT status FROM customer_change WHERE answered_at >= $1 AND answered_at < $2)
       SELECT
         (SELECT CASE WHEN count(*) = 0 THEN NULL
            ELSE round(count(*) FILTER (WHERE n >= 2)::numeric / count(*), 4) END FROM bought)::text AS repurchase_rate,
         (SELECT CASE WHEN count(*) = 0 THEN NULL
            ELSE round(count(*) FILTER (WHERE customer_id NOT IN (SELECT customer_id FROM bought))::numeric / count(*), 4) END
          FROM before)::text AS churn_rate,
         (SELECT CASE WHEN count(*) = 0 THEN NULL
            ELSE round(count(*) FILTER (WHERE at_end = 'DIAMOND')::numeric / count(*), 4) END
          FROM tier_at WHERE at_start = 'DIAMOND')::text AS diamond_retention,
         (SELECT CASE WHEN revenue.v = 0 THEN NULL ELSE round(costs.v / revenue.v, 4) END FROM revenue, costs)::text
           AS activity_cost_share,
         (SELECT CASE WHEN coalesce(sum(budget), 0) = 0 THEN NULL ELSE round(sum(spent) / sum(budget), 4) END
          FROM approved)::text AS budget_attainment,
         (SELECT CASE WHEN count(*) = 0 THEN NULL
            ELSE round(count(*) FILTER (WHERE EXISTS (SELECT 1 FROM campaign_interaction i
              WHERE i.campaign_id = t.campaign_id AND i.customer_id = t.customer_id))::numeric / count(*), 4) END
          FROM targeted t)::text AS interaction_coverage,
         (SELECT CASE WHEN count(*) = 0 THEN NULL
            ELSE round(count(*) FILTER (WHERE status = 'REJECTED')::numeric / count(*), 4) END FROM changes)::text
           AS data_error_rate`,
      [from, to],
    );
    return {
      repurchaseRate: r.repurchase_rate,
      churnRate: r.churn_rate,
      diamondRetention: r.diamond_retention,
      activityCostShare: r.activity_cost_share,
      budgetAttainment: r.budget_attainment,
      interactionCoverage: r.interaction_coverage,
      dataErrorRate: r.data_error_rate,
    };
  }
}

type RateColumn =
  | 'repurchase_rate'
  | 'churn_rate'
  | 'diamond_retention'
  | 'activity_cost_share'
  | 'budget_attainment'
  | 'interaction_coverage'
  | 'data_error_rate';
