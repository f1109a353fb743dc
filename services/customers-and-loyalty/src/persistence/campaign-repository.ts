import type { CampaignRepository, ListPage } from '../application/ports';
import type { Campaign, CampaignStatus, Interaction } from '../domain/campaign';
import { one, Table, type Sql } from './sql';

const CAMPAIGNS = new Table<Campaign>(
  'campaign',
  `id name type targetTiers targetTags budget spent currency expectedEffect startsOn endsOn status createdBy
   createdAt submittedAt reviewDueAt approvedAt closedAt settleDueAt settledAt settledOnTime archivedAt
   archiveNumber version`,
  // A date is read as its text (YYYY-MM-DD), never as a Date at midnight somewhere.
  { reads: { startsOn: 'starts_on::text', endsOn: 'ends_on::text' } },
);
const INTERACTIONS = new Table<Interaction>(
  'campaign_interaction',
  'id campaignId customerId kind cost points note recordedBy at',
);

export class SqlCampaignRepository implements CampaignRepository {
  constructor(private readonly db: Sql) {}

  async insert(c: Campaign): Promise<void> {
    await CAMPAIGNS.insert(this.db, c);
  }

  save(c: Campaign, version: number): Promise<Campaign> {
    return CAMPAIGNS.save(
      this.db,
      'Campaign',
      c,
      `spent status submittedAt reviewDueAt approvedAt closedAt settleDueAt settledAt settledOnTime archivedAt
       archiveNumber`,
      version,
    );
  }

  find(id: string, lock = false): Promise<Campaign | null> {
    return CAMPAIGNS.byId(this.db, id, lock);
  }

  findByIds(ids: readonly string[]): Promise<Campaign[]> {
    return CAMPAIGNS.whereAny(this.db, 'id', ids);
  }

  async list(status: CampaignStatus | null | undefined, page: ListPage) {
    const found = await CAMPAIGNS.select(
      this.db,
      `WHERE ($1::text IS NULL OR status = $1) AND ($2::timestamptz IS NULL OR (created_at, id) > ($2, $3::uuid))
       ORDER BY created_at, id LIMIT $4`,
      [status ?? null, page.after?.at ?? null, page.after?.id ?? null, page.size + 1],
    );
    if (!page.count) return { rows: found, totalCount: 0 };
    const { n } = await one<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM campaign WHERE ($1::text IS NULL OR status = $1)`,
      [status ?? null],
    );
    return { rows: found, totalCount: n };
  }

  async insertInteraction(i: Interaction): Promise<void> {
    await INTERACTIONS.insert(this.db, i);
  }

  interactionsOf(campaignIds: readonly string[]): Promise<Interaction[]> {
    return INTERACTIONS.whereAny(this.db, 'campaign_id', campaignIds, 'ORDER BY at, id');
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
