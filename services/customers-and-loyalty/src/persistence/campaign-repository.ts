import type { PageRequest } from '@care/service-kit';
import type { CampaignRepository } from '../application/ports';
import type { Campaign, CampaignStatus, Interaction } from '../domain/campaign';
import type { Tier } from '../domain/customer';
import { dateOrNull, exec, one, rows, type Sql } from './sql';

type Row = Record<string, unknown>;
const COLUMNS = `*, starts_on::text AS starts, ends_on::text AS ends`;

function toCampaign(r: Row): Campaign {
  return {
    id: r.id as string,
    name: r.name as string,
    type: r.type as string,
    targetTiers: r.target_tiers as Tier[],
    targetTags: r.target_tags as string[],
    budget: String(r.budget),
    spent: String(r.spent),
    currency: r.currency as string,
    expectedEffect: r.expected_effect as string | null,
    startsOn: r.starts as string,
    endsOn: r.ends as string,
    status: r.status as CampaignStatus,
    createdBy: r.created_by as string,
    createdAt: new Date(r.created_at as string),
    submittedAt: dateOrNull(r.submitted_at),
    reviewDueAt: dateOrNull(r.review_due_at),
    approvedAt: dateOrNull(r.approved_at),
    closedAt: dateOrNull(r.closed_at),
    settleDueAt: dateOrNull(r.settle_due_at),
    settledAt: dateOrNull(r.settled_at),
    settledOnTime: r.settled_on_time as boolean | null,
    archivedAt: dateOrNull(r.archived_at),
    archiveNumber: r.archive_number as string | null,
  };
}

export class SqlCampaignRepository implements CampaignRepository {
  constructor(private readonly db: Sql) {}

  async insert(c: Campaign): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO campaign (id, name, type, target_tiers, target_tags, budget, spent, currency, expected_effect,
         starts_on, ends_on, status, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        c.id,
        c.name,
        c.type,
        c.targetTiers,
        c.targetTags,
        c.budget,
        c.spent,
        c.currency,
        c.expectedEffect,
        c.startsOn,
        c.endsOn,
        c.status,
        c.createdBy,
        c.createdAt,
      ],
    );
  }

  async update(c: Campaign): Promise<void> {
    await exec(
      this.db,
      `UPDATE campaign SET spent = $2, status = $3, submitted_at = $4, review_due_at = $5, approved_at = $6,
         closed_at = $7, settle_due_at = $8, settled_at = $9, settled_on_time = $10, archived_at = $11,
         archive_number = $12 WHERE id = $1`,
      [
        c.id,
        c.spent,
        c.status,
        c.submittedAt,
        c.reviewDueAt,
        c.approvedAt,
        c.closedAt,
        c.settleDueAt,
        c.settledAt,
        c.settledOnTime,
        c.archivedAt,
        c.archiveNumber,
      ],
    );
  }

  async find(id: string, lock = false): Promise<Campaign | null> {
    const found = await rows(
      this.db,
      `SELECT ${COLUMNS} FROM campaign WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return found[0] ? toCampaign(found[0]) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Campaign[]> {
    if (ids.length === 0) return [];
    return (await rows(this.db, `SELECT ${COLUMNS} FROM campaign WHERE id = ANY($1::uuid[])`, [ids])).map(
      toCampaign,
    );
  }

  async list(status: CampaignStatus | null | undefined, page: PageRequest) {
    const found = await rows(
      this.db,
      `SELECT ${COLUMNS} FROM campaign WHERE ($1::text IS NULL OR status = $1)
         AND ($2::timestamptz IS NULL OR (created_at, id) > ($2, $3::uuid))
       ORDER BY created_at, id LIMIT $4`,
      [status ?? null, page.after?.at ?? null, page.after?.id ?? null, page.size + 1],
    );
    const { n } = await one<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM campaign WHERE ($1::text IS NULL OR status = $1)`,
      [status ?? null],
    );
    return { rows: found.map(toCampaign), totalCount: n };
  }

  async insertInteraction(i: Interaction): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO campaign_interaction (id, campaign_id, customer_id, kind, cost, points, note, recorded_by, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [i.id, i.campaignId, i.customerId, i.kind, i.cost, i.points, i.note, i.recordedBy, i.at],
    );
  }

  async interactionsOf(campaignIds: readonly string[]): Promise<Interaction[]> {
    if (campaignIds.length === 0) return [];
    return (
      await rows(
        this.db,
        `SELECT * FROM campaign_interaction WHERE campaign_id = ANY($1::uuid[]) ORDER BY at, id`,
        [campaignIds],
      )
    ).map((r) => ({
      id: r.id as string,
      campaignId: r.campaign_id as string,
      customerId: r.customer_id as string,
      kind: r.kind as string,
      cost: String(r.cost),
      points: Number(r.points),
      note: r.note as string | null,
      recordedBy: r.recorded_by as string,
      at: new Date(r.at as string),
    }));
  }

  async nextArchiveSerial(year: number): Promise<number> {
    const row = await one<{ last_serial: number }>(
      this.db,
      `INSERT INTO archive_sequence (year, last_serial) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_serial = archive_sequence.last_serial + 1
       RETURNING last_serial`,
      [year],
    );
    return Number(row.last_serial);
  }
}
