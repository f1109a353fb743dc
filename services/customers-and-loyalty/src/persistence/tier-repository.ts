import type { TierRepository } from '../application/ports';
import type { TierChange, TierProposal } from '../domain/tier';
import type { Tier } from '../domain/customer';
import type { LoyaltyPolicy } from '../domain/policy';
import { rows, Table, type Sql } from './sql';

const TIER = { from: 'from_tier', to: 'to_tier' };
const PROPOSALS = new Table<TierProposal>(
  'tier_proposal',
  `id customerId evaluationYear from to annualSpend policyVersion status proposedBy proposedAt decidedBy
   decidedAt reason`,
  { columns: TIER },
);
const CHANGES = new Table<TierChange>(
  'tier_change',
  'id customerId from to reason note evaluationYear annualSpend changedBy effectiveAt',
  { columns: TIER },
);

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
    for (const p of proposals)
      if (await PROPOSALS.insert(this.db, p, 'ON CONFLICT (evaluation_year, customer_id) DO NOTHING'))
        inserted.push(p);
    return inserted;
  }

  proposals(year: number, status?: TierProposal['status'] | null): Promise<TierProposal[]> {
    return PROPOSALS.select(
      this.db,
      `WHERE evaluation_year = $1 AND ($2::text IS NULL OR status = $2) ORDER BY proposed_at, id`,
      [year, status ?? null],
    );
  }

  findProposal(id: string, lock = false): Promise<TierProposal | null> {
    return PROPOSALS.byId(this.db, id, lock);
  }

  updateProposal(p: TierProposal): Promise<void> {
    return PROPOSALS.update(this.db, p, 'status decidedBy decidedAt reason');
  }

  async insertChange(c: TierChange): Promise<void> {
    await CHANGES.insert(this.db, c);
  }
}
