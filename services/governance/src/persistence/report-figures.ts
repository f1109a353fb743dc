import type { EntityManager } from 'typeorm';
import type { ReportFigures } from '../application/ports';
import type {
  CountByKey,
  CoverageFigures,
  MonthlyFigures,
  QuarterlyFigures,
} from '../domain/activity-report';
import { type Tier, TIERS } from '../domain/check-policy';
import type { SampledFile } from '../domain/check-sample';
import type { Period } from '../domain/report-period';
import type { ReviewInputs } from '../domain/yearly-review';

/** The tier customer `c` held just before the instant in parameter `$n`: its last change, else its first tier. */
const tierBefore = (n: number) => `coalesce((
  SELECT t.to_tier FROM seen_tier_change t
   WHERE t.customer_id = c.customer_id AND t.effective_at < $${n}
   ORDER BY t.effective_at DESC, t.event_id DESC LIMIT 1), c.registered_tier)`;

/** Every purchase, net of its returns (a fully returned purchase is worth 0 and counts as none). */
const NET_PURCHASES = `SELECT p.customer_id, p.purchased_at,
  p.amount_cny - coalesce((SELECT sum(r.amount_cny) FROM seen_purchase_return r WHERE r.purchase_id = p.purchase_id), 0) AS amount
  FROM seen_purchase p`;

/** Each customer with a (not fully returned) purchase in [$a, $b), and how many. */
const buyers = (a: number, b: number) =>
  `SELECT customer_id, count(*) AS n FROM net WHERE amount > 0 AND purchased_at >= $${a} AND purchased_at < $${b} GROUP BY customer_id`;

/** Interaction records in [$1, $2), with the customer found through the complaint when the event names none. */
const CONTACTS = `SELECT i.kind, i.at, coalesce(i.customer_id, sc.customer_id) AS customer_id
  FROM seen_interaction i LEFT JOIN seen_complaint sc ON sc.complaint_id = i.complaint_id
  WHERE i.at >= $1 AND i.at < $2`;

const VIOLATION_LEVELS = ['ORDINARY', 'SERIOUS', 'SEVERE'];

/** The aggregates of checks and reports (DOMAIN 4.2-4.3), each computed by Postgres in one statement. */
export class SqlReportFigures implements ReportFigures {
  constructor(private readonly manager: EntityManager) {}

  private async one<R>(sql: string, params: unknown[]): Promise<R> {
    return ((await this.manager.query(sql, params)) as R[])[0]!;
  }

  private async counts(sql: string, params: unknown[], order: readonly string[] = []): Promise<CountByKey[]> {
    const rows = (await this.manager.query(sql, params)) as { key: string; count: number }[];
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    return rows
      .map((r) => ({ key: r.key, count: Number(r.count) }))
      .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
  }

  /**
   * DOMAIN 4.2: targeted customers are those whose tier (at the month's end) a campaign running in the
   * month targets, and those a campaign interaction reached; covered, those with an interaction record in
   * the month.
   */
  async coverage(period: Period): Promise<CoverageFigures> {
    const r = await this.one<{ targeted: number; covered: number; uncovered: string[] | null }>(
      `WITH running AS (
         SELECT target_tiers FROM seen_campaign
          WHERE approved_at < $2 AND (closed_at IS NULL OR closed_at >= $1)),
       contacts AS (${CONTACTS}),
       targeted AS (
         SELECT c.customer_id FROM seen_customer c
          WHERE c.registered_at < $2 AND EXISTS (SELECT 1 FROM running r WHERE ${tierBefore(2)} = ANY (r.target_tiers))
         UNION
         SELECT customer_id FROM contacts WHERE kind = 'CAMPAIGN'),
       marked AS (
         SELECT t.customer_id, EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = t.customer_id) AS covered
           FROM targeted t)
       SELECT count(*)::int AS targeted, count(*) FILTER (WHERE covered)::int AS covered,
              (array_agg(customer_id::text ORDER BY customer_id) FILTER (WHERE NOT covered))[1:100] AS uncovered
         FROM marked`,
      [period.from, period.to],
    );
    return { targeted: r.targeted, covered: r.covered, uncovered: r.uncovered ?? [] };
  }

  async monthly(period: Period): Promise<MonthlyFigures> {
    const p = [period.from, period.to];
    const [money, complaints, spending, coverage] = await Promise.all([
      this.one<Record<string, string>>(
        `WITH net AS (${NET_PURCHASES})
         SELECT (SELECT count(DISTINCT customer_id) FROM seen_interaction
                  WHERE kind = 'CAMPAIGN' AND at >= $1 AND at < $2)::int AS reached,
                (SELECT coalesce(sum(amount), 0) FROM net WHERE purchased_at >= $1 AND purchased_at < $2)::text AS revenue,
                (SELECT coalesce(sum(cost), 0) FROM seen_interaction
                  WHERE kind = 'CAMPAIGN' AND at >= $1 AND at < $2)::text AS costs,
                (SELECT count(*) FROM seen_campaign WHERE closed_at >= $1 AND closed_at < $2)::int AS closed,
                (SELECT coalesce(sum(budget), 0) FROM seen_campaign WHERE closed_at >= $1 AND closed_at < $2)::text AS budget,
                (SELECT coalesce(sum(spent), 0) FROM seen_campaign WHERE closed_at >= $1 AND closed_at < $2)::text AS spent`,
        p,
      ),
      this.one<Record<string, number>>(
        `SELECT count(*) FILTER (WHERE kind = 'COMPLAINT' AND received_at >= $1 AND received_at < $2)::int AS received,
                count(*) FILTER (WHERE kind = 'INQUIRY' AND received_at >= $1 AND received_at < $2)::int AS inquiries,
                count(*) FILTER (WHERE kind = 'SUGGESTION' AND received_at >= $1 AND received_at < $2)::int AS suggestions,
                count(on_time) FILTER (WHERE kind = 'COMPLAINT' AND received_at >= $1 AND received_at < $2)::int AS resolved,
                count(*) FILTER (WHERE on_time AND kind = 'COMPLAINT' AND received_at >= $1 AND received_at < $2)::int AS on_time,
                coalesce(sum(satisfaction) FILTER (WHERE kind = 'COMPLAINT' AND received_at >= $1 AND received_at < $2), 0)::int
                  AS satisfaction_sum,
                count(satisfaction) FILTER (WHERE kind = 'COMPLAINT' AND received_at >= $1 AND received_at < $2)::int
                  AS satisfaction_count,
                count(*) FILTER (WHERE kind = 'COMPLAINT' AND follow_up_due_by >= $1 AND follow_up_due_by < $2)::int AS due,
                count(followed_up_at) FILTER (WHERE kind = 'COMPLAINT' AND follow_up_due_by >= $1 AND follow_up_due_by < $2)::int
                  AS done
           FROM seen_complaint`,
        p,
      ),
      this.one<Record<string, string>>(
        `WITH paid AS (
           SELECT s.*, sum(s.amount) OVER (PARTITION BY s.request_id ORDER BY s.paid_at, s.payment_id) AS running
             FROM seen_payment s)
         SELECT (SELECT count(*) FROM seen_approval WHERE outcome = 'APPROVED' AND decided_at >= $1 AND decided_at < $2)::int
                  AS approved,
                (SELECT coalesce(sum(decided_amount), 0) FROM seen_approval
                  WHERE outcome = 'APPROVED' AND decided_at >= $1 AND decided_at < $2)::text AS approved_amount,
                count(*)::int AS payments,
                coalesce(sum(paid.amount), 0)::text AS paid,
                count(*) FILTER (WHERE a.outcome IS DISTINCT FROM 'APPROVED' OR paid.running > a.decided_amount)::int AS beyond
           FROM paid LEFT JOIN seen_approval a ON a.request_id = paid.request_id
          WHERE paid.paid_at >= $1 AND paid.paid_at < $2`,
        p,
      ),
      this.coverage(period),
    ]);
    const [byCategory, violationsByLevel, improvementsBySource] = await Promise.all([
      this.counts(
        `SELECT coalesce(category, 'UNCLASSIFIED') AS key, count(*)::int AS count FROM seen_complaint
          WHERE kind = 'COMPLAINT' AND received_at >= $1 AND received_at < $2 GROUP BY 1`,
        p,
      ),
      this.counts(
        `SELECT level AS key, count(*)::int AS count FROM violation WHERE opened_at >= $1 AND opened_at < $2 GROUP BY 1`,
        p,
        VIOLATION_LEVELS,
      ),
      this.counts(
        `SELECT source AS key, count(*)::int AS count FROM rectification_item
          WHERE opened_at >= $1 AND opened_at < $2 GROUP BY 1`,
        p,
      ),
    ]);
    return {
      customersReached: Number(money.reached),
      revenue: money.revenue!,
      campaignCosts: money.costs!,
      closedCampaigns: { count: Number(money.closed), budget: money.budget!, spent: money.spent! },
      coverage,
      complaints: {
        received: complaints.received!,
        byCategory,
        resolved: complaints.resolved!,
        resolvedOnTime: complaints.on_time!,
        satisfaction: { sum: complaints.satisfaction_sum!, count: complaints.satisfaction_count! },
        followUpsDue: complaints.due!,
        followUpsDone: complaints.done!,
        inquiries: complaints.inquiries!,
      },
      spending: {
        approvedRequests: Number(spending.approved),
        approvedAmount: spending.approved_amount!,
        payments: Number(spending.payments),
        paidAmount: spending.paid!,
        paymentsOverApproval: Number(spending.beyond),
      },
      violationsByLevel,
      improvementsBySource,
      customerSuggestions: complaints.suggestions!,
    };
  }

  async quarterly(period: Period, yearBefore: Period, twelveMonthsBefore: Date): Promise<QuarterlyFigures> {
    const r = await this.one<Record<string, string>>(
      `WITH net AS (${NET_PURCHASES}),
       now_buyers AS (${buyers(1, 2)}),
       before_buyers AS (${buyers(3, 1)}),
       last_year AS (${buyers(4, 5)}),
       tiers AS (
         SELECT ${tierBefore(1)} AS at_start, ${tierBefore(2)} AS at_end, c.registered_at FROM seen_customer c
          WHERE c.registered_at < $2)
       SELECT (SELECT count(*) FROM before_buyers)::int AS buyers_before,
              (SELECT count(*) FROM before_buyers b WHERE b.customer_id NOT IN (SELECT customer_id FROM now_buyers))::int
                AS churned,
              (SELECT count(*) FROM now_buyers)::int AS buyers,
              (SELECT count(*) FROM now_buyers WHERE n >= 2)::int AS repeat_buyers,
              (SELECT count(*) FROM last_year)::int AS buyers_year_before,
              (SELECT count(*) FROM last_year WHERE n >= 2)::int AS repeat_year_before,
              (SELECT count(*) FROM tiers WHERE registered_at < $1 AND at_start = 'DIAMOND')::int AS diamond_start,
              (SELECT count(*) FROM tiers WHERE registered_at < $1 AND at_start = 'DIAMOND' AND at_end = 'DIAMOND')::int
                AS diamond_kept,
              (SELECT coalesce(sum(amount), 0) FROM net WHERE purchased_at >= $1 AND purchased_at < $2)::text AS revenue,
              (SELECT coalesce(sum(cost), 0) FROM seen_interaction
                WHERE kind = 'CAMPAIGN' AND at >= $1 AND at < $2)::text AS costs,
              (SELECT coalesce(sum(budget), 0) FROM seen_campaign WHERE approved_at >= $1 AND approved_at < $2)::text
                AS budgets,
              (SELECT coalesce(sum(spent), 0) FROM seen_campaign WHERE approved_at >= $1 AND approved_at < $2)::text
                AS budgets_spent,
              (SELECT json_object_agg(tier, n) FROM (SELECT at_end AS tier, count(*) AS n FROM tiers GROUP BY 1) d)::text
                AS distribution`,
      [period.from, period.to, twelveMonthsBefore, yearBefore.from, yearBefore.to],
    );
    const distribution = JSON.parse(r.distribution ?? '{}') as Partial<Record<Tier, number>>;
    const movements = (await this.manager.query(
      `SELECT from_tier, to_tier, count(*)::int AS n FROM seen_tier_change
        WHERE effective_at >= $1 AND effective_at < $2 GROUP BY 1, 2`,
      [period.from, period.to],
    )) as { from_tier: Tier; to_tier: Tier; n: number }[];
    return {
      tierDistribution: TIERS.map((tier) => ({ tier, customers: distribution[tier] ?? 0 })),
      tierMovements: movements
        .map((m) => ({ from: m.from_tier, to: m.to_tier, customers: m.n }))
        .sort(
          (a, b) =>
            TIERS.indexOf(a.from) - TIERS.indexOf(b.from) || TIERS.indexOf(a.to) - TIERS.indexOf(b.to),
        ),
      buyersBefore: Number(r.buyers_before),
      churned: Number(r.churned),
      buyers: Number(r.buyers),
      repeatBuyers: Number(r.repeat_buyers),
      buyersYearBefore: Number(r.buyers_year_before),
      repeatBuyersYearBefore: Number(r.repeat_year_before),
      diamondAtStart: Number(r.diamond_start),
      diamondRetained: Number(r.diamond_kept),
      revenue: r.revenue!,
      campaignCosts: r.costs!,
      approvedBudgets: r.budgets!,
      approvedSpent: r.budgets_spent!,
    };
  }

  async reviewInputs(period: Period, now: Date): Promise<ReviewInputs> {
    const p = [period.from, period.to];
    const [customers, requests, complaints] = await Promise.all([
      this.manager.query(
        `WITH net AS (${NET_PURCHASES})
         SELECT c.customer_id, ${tierBefore(3)} AS held_tier,
                (SELECT coalesce(sum(amount), 0) FROM net n
                  WHERE n.customer_id = c.customer_id AND n.purchased_at >= $1 AND n.purchased_at < $2)::text AS spend
           FROM seen_customer c WHERE c.registered_at < $2 ORDER BY c.customer_id`,
        [...p, now],
      ) as Promise<{ customer_id: string; held_tier: Tier; spend: string }[]>,
      this.manager.query(
        `SELECT s.request_id, a.outcome, a.decided_amount::text AS approved, sum(s.amount)::text AS paid,
                count(*)::int AS payments
           FROM seen_payment s LEFT JOIN seen_approval a ON a.request_id = s.request_id
          WHERE s.request_id IN (SELECT request_id FROM seen_payment WHERE paid_at >= $1 AND paid_at < $2)
          GROUP BY s.request_id, a.outcome, a.decided_amount ORDER BY s.request_id`,
        p,
      ) as Promise<
        {
          request_id: string;
          outcome: string | null;
          approved: string | null;
          paid: string;
          payments: number;
        }[]
      >,
      this.manager.query(
        `SELECT complaint_id, number, resolved_at, on_time, breached_due_at FROM seen_complaint
          WHERE resolved_at >= $1 AND resolved_at < $2 ORDER BY resolved_at, complaint_id`,
        p,
      ) as Promise<
        {
          complaint_id: string;
          number: string | null;
          resolved_at: Date;
          on_time: boolean | null;
          breached_due_at: Date | null;
        }[]
      >,
    ]);
    return {
      customers: customers.map((c) => ({ customerId: c.customer_id, heldTier: c.held_tier, spend: c.spend })),
      requests: requests.map((r) => ({
        requestId: r.request_id,
        outcome: r.outcome,
        approvedAmount: r.approved,
        paid: r.paid,
        payments: r.payments,
      })),
      complaints: complaints.map((c) => ({
        complaintId: c.complaint_id,
        number: c.number,
        resolvedAt: c.resolved_at,
        onTime: c.on_time,
        breachedDueAt: c.breached_due_at,
      })),
    };
  }

  async sampledFiles(customerIds: readonly string[], period: Period): Promise<SampledFile[]> {
    const rows = (await this.manager.query(
      `WITH net AS (${NET_PURCHASES}), contacts AS (${CONTACTS})
       SELECT ids.id AS customer_id, c.registered_at, CASE WHEN c.customer_id IS NULL THEN NULL ELSE ${tierBefore(2)} END AS tier,
              (SELECT count(*) FROM net n WHERE n.customer_id = ids.id AND n.amount > 0
                 AND n.purchased_at >= $1 AND n.purchased_at < $2)::int AS purchases,
              (SELECT coalesce(sum(amount), 0) FROM net n WHERE n.customer_id = ids.id
                 AND n.purchased_at >= $1 AND n.purchased_at < $2)::text AS spend,
              (SELECT count(*) FROM contacts k WHERE k.customer_id = ids.id)::int AS interactions,
              (SELECT coalesce(array_agg(DISTINCT k.kind ORDER BY k.kind), '{}') FROM contacts k WHERE k.customer_id = ids.id)
                AS kinds,
              (SELECT count(*) FROM seen_complaint sc WHERE sc.customer_id = ids.id
                 AND sc.received_at >= $1 AND sc.received_at < $2)::int AS complaints
         FROM unnest($3::uuid[]) WITH ORDINALITY AS ids(id, ord)
         LEFT JOIN seen_customer c ON c.customer_id = ids.id
        ORDER BY ids.ord`,
      [period.from, period.to, customerIds],
    )) as {
      customer_id: string;
      registered_at: Date | null;
      tier: Tier | null;
      purchases: number;
      spend: string;
      interactions: number;
      kinds: string[];
      complaints: number;
    }[];
    return rows.map((r) => ({
      customerId: r.customer_id,
      registeredAt: r.registered_at,
      tier: r.tier,
      purchases: r.purchases,
      spend: r.spend,
      interactions: r.interactions,
      interactionKinds: r.kinds,
      complaints: r.complaints,
    }));
  }
}
