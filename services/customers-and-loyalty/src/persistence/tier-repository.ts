import type { TierRepository } from '../application/ports';
import type { TierChange, TierProposal } from '../domain/tier';
import type { Tier } from '../domain/customer';
import type { LoyaltyPolicy } from '../domain/policy';
import { dateOrNull, exec, rows, type Sql } from './sql';

type Row = Record<string, unknown>;

function toProposal(r: Row): TierProposal {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    evaluationYear: Number(r.evaluation_year),
    from: r.from_tier as Tier,
    to: r.to_tier as Tier,
    annualSpend: String(r.annual_spend),
    policyVersion: Number(r.policy_version),
    status: r.status as TierProposal['status'],
    proposedBy: r.proposed_by as string,
    proposedAt: new Date(r.proposed_at as string),
    decidedBy: r.decided_by as string | null,
    decidedAt: dateOrNull(r.decided_at),
    reason: r.reason as string | null,
  };
}

export class SqlTierRepository implements TierRepository {
  constructor(private readonly db: Sql) {}

  async policyAt(at: Date): Promise<LoyaltyPolicy> {
    const [row] = await rows(
      this.db,
      `SELECT version, effective_from, document FROM loyalty_policy WHERE effective_from <= $1
       ORDER BY effective_from DESC, version DESC LIMIT 1`,
      [at],
    );
    if (!row) throw new Error(`no loyalty policy in force at ${at.toISOString()}`);
    return {
      ...(row.document as Omit<LoyaltyPolicy, 'version' | 'effectiveFrom'>),
      version: Number(row.version),
      effectiveFrom: new Date(row.effective_from as string),
    };
  }

  async evaluationInput(year: number) {
    return (
      await rows<{ id: string; tier: Tier; spend: string }>(
        this.db,
        `SELECT c.id, c.tier, coalesce(sum(p.amount_cny - p.returned_cny), 0)::numeric(18,2)::text AS spend
         FROM customer c LEFT JOIN purchase p ON p.customer_id = c.id AND p.spend_year = $1
         WHERE c.status <> 'DEACTIVATED' GROUP BY c.id, c.tier ORDER BY c.registered_at, c.id`,
        [year],
      )
    ).map((r) => ({ customerId: r.id, tier: r.tier, annualSpend: r.spend }));
  }

  async insertProposals(proposals: TierProposal[]): Promise<TierProposal[]> {
    const inserted: TierProposal[] = [];
    for (const p of proposals) {
      const done = await rows(
        this.db,
        `INSERT INTO tier_proposal (id, customer_id, evaluation_year, from_tier, to_tier, annual_spend, policy_version,
           status, proposed_by, proposed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (evaluation_year, customer_id) DO NOTHING RETURNING id`,
        [
          p.id,
          p.customerId,
          p.evaluationYear,
          p.from,
          p.to,
          p.annualSpend,
          p.policyVersion,
          p.status,
          p.proposedBy,
          p.proposedAt,
        ],
      );
      if (done.length) inserted.push(p);
    }
    return inserted;
  }

  async proposals(year: number, status?: TierProposal['status'] | null): Promise<TierProposal[]> {
    return (
      await rows(
        this.db,
        `SELECT * FROM tier_proposal WHERE evaluation_year = $1 AND ($2::text IS NULL OR status = $2) ORDER BY proposed_at, id`,
        [year, status ?? null],
      )
    ).map(toProposal);
  }

  async findProposal(id: string, lock = false): Promise<TierProposal | null> {
    const found = await rows(
      this.db,
      `SELECT * FROM tier_proposal WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return found[0] ? toProposal(found[0]) : null;
  }

  async updateProposal(p: TierProposal): Promise<void> {
    await exec(
      this.db,
      `UPDATE tier_proposal SET status = $2, decided_by = $3, decided_at = $4, reason = $5 WHERE id = $1`,
      [p.id, p.status, p.decidedBy, p.decidedAt, p.reason],
    );
  }

  async insertChange(c: TierChange): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO tier_change (id, customer_id, from_tier, to_tier, reason, note, evaluation_year, annual_spend, changed_by, effective_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        c.id,
        c.customerId,
        c.from,
        c.to,
        c.reason,
        c.note,
        c.evaluationYear,
        c.annualSpend,
        c.changedBy,
        c.effectiveAt,
      ],
    );
  }
}
