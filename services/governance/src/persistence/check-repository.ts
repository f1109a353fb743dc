import type { EntityManager } from 'typeorm';
import type { CheckStore, ListPage, Page } from '../application/ports';
import type { CheckSample, FindingOutcome, SampleFinding } from '../domain/check-sample';
import type { ReviewFinding, ReviewPart, YearlyReview } from '../domain/yearly-review';
import { countIfAsked } from './sql-page';
import { mappedRow, mappedRows } from './sql-rows';

interface SampleRow {
  id: string;
  month: string;
  seed: string;
  population_size: number;
  population_through: string;
  population_digest: string;
  customer_ids: string[];
  drawn_by: string;
  drawn_at: Date;
}

const toSample = (r: SampleRow): CheckSample => ({
  id: r.id,
  month: r.month,
  seed: r.seed,
  populationSize: r.population_size,
  populationThrough: Number(r.population_through),
  populationDigest: r.population_digest,
  customerIds: r.customer_ids,
  drawnBy: r.drawn_by,
  drawnAt: r.drawn_at,
});

interface FindingRow {
  id: string;
  sample_id: string;
  customer_id: string | null;
  outcome: FindingOutcome;
  note: string;
  rectification_item_id: string | null;
  recorded_by: string;
  recorded_at: Date;
}

const toFinding = (r: FindingRow): SampleFinding => ({
  id: r.id,
  sampleId: r.sample_id,
  customerId: r.customer_id,
  outcome: r.outcome,
  note: r.note,
  rectificationItemId: r.rectification_item_id,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

interface ReviewRow {
  id: string;
  year: number;
  period_from: Date;
  period_to: Date;
  parts: Pick<YearlyReview, 'tierAccuracy' | 'budgetExecution' | 'complaintTimeliness'>;
  run_by: string;
  run_at: Date;
}

const toReview = (r: ReviewRow): YearlyReview => ({
  id: r.id,
  year: r.year,
  from: r.period_from,
  to: r.period_to,
  ...r.parts,
  runBy: r.run_by,
  runAt: r.run_at,
});

interface ReviewFindingRow {
  id: string;
  review_id: string;
  part: ReviewPart;
  kind: ReviewFinding['kind'];
  subject_type: ReviewFinding['subjectType'];
  subject_id: string;
  description: string;
  details: ReviewFinding['details'];
  rectification_item_id: string | null;
}

const toReviewFinding = (r: ReviewFindingRow): ReviewFinding => ({
  id: r.id,
  reviewId: r.review_id,
  part: r.part,
  kind: r.kind,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  description: r.description,
  details: r.details,
  rectificationItemId: r.rectification_item_id,
});

const FINDING_COLUMNS = `id, review_id, part, kind, subject_type, subject_id, description, details, rectification_item_id`;
/** Rows per INSERT when a review stores its findings. */
const CHUNK = 500;

/** Monthly samples, their findings and the yearly reviews (DOMAIN 4.2). */
export class SqlCheckStore implements CheckStore {
  constructor(private readonly manager: EntityManager) {}

  async lockPopulation(before: Date): Promise<{ ids: string[]; through: number }> {
    // No file can be added while the population is read: the highest sequence number is exact.
    await this.manager.query(`LOCK TABLE seen_customer IN SHARE MODE`);
    const [{ through }] = (await this.manager.query(
      `SELECT coalesce(max(seq), 0)::text AS through FROM seen_customer`,
    )) as [{ through: string }];
    return { ids: await this.population(before, Number(through)), through: Number(through) };
  }

  async population(before: Date, through: number): Promise<string[]> {
    const rows = (await this.manager.query(
      `SELECT customer_id FROM seen_customer WHERE registered_at < $1 AND seq <= $2 ORDER BY customer_id`,
      [before, through],
    )) as { customer_id: string }[];
    return rows.map((r) => r.customer_id);
  }

  async insertSample(s: CheckSample): Promise<boolean> {
    const inserted = (await this.manager.query(
      `INSERT INTO check_sample (id, month, seed, population_size, population_through, population_digest,
         customer_ids, drawn_by, drawn_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (month) DO NOTHING RETURNING id`,
      [
        s.id,
        s.month,
        s.seed,
        s.populationSize,
        s.populationThrough,
        s.populationDigest,
        s.customerIds,
        s.drawnBy,
        s.drawnAt,
      ],
    )) as unknown[];
    return inserted.length === 1;
  }

  async sampleByMonth(month: string): Promise<CheckSample | null> {
    return mappedRow(this.manager, `SELECT * FROM check_sample WHERE month = $1`, [month], toSample);
  }

  async sampleById(id: string): Promise<CheckSample | null> {
    return mappedRow(this.manager, `SELECT * FROM check_sample WHERE id = $1`, [id], toSample);
  }

  async insertFinding(f: SampleFinding): Promise<void> {
    await this.manager.query(
      `INSERT INTO check_finding (id, sample_id, customer_id, outcome, note, rectification_item_id, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [f.id, f.sampleId, f.customerId, f.outcome, f.note, f.rectificationItemId, f.recordedBy, f.recordedAt],
    );
  }

  async findings(sampleId: string): Promise<SampleFinding[]> {
    return mappedRows(
      this.manager,
      `SELECT * FROM check_finding WHERE sample_id = $1 ORDER BY recorded_at, id`,
      [sampleId],
      toFinding,
    );
  }

  async insertReview(review: YearlyReview, findings: readonly ReviewFinding[]): Promise<boolean> {
    const { tierAccuracy, budgetExecution, complaintTimeliness } = review;
    const inserted = (await this.manager.query(
      `INSERT INTO yearly_review (id, year, period_from, period_to, parts, run_by, run_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (year) DO NOTHING RETURNING id`,
      [
        review.id,
        review.year,
        review.from,
        review.to,
        JSON.stringify({ tierAccuracy, budgetExecution, complaintTimeliness }),
        review.runBy,
        review.runAt,
      ],
    )) as unknown[];
    if (inserted.length === 0) return false;
    for (let start = 0; start < findings.length; start += CHUNK) {
      const chunk = findings.slice(start, start + CHUNK);
      await this.manager.query(
        `INSERT INTO yearly_review_finding (id, review_id, position, part, kind, subject_type, subject_id, description, details)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
           $8::text[], $9::jsonb[])`,
        [
          chunk.map((f) => f.id),
          chunk.map(() => review.id),
          chunk.map((_, i) => start + i + 1),
          chunk.map((f) => f.part),
          chunk.map((f) => f.kind),
          chunk.map((f) => f.subjectType),
          chunk.map((f) => f.subjectId),
          chunk.map((f) => f.description),
          chunk.map((f) => JSON.stringify(f.details)),
        ],
      );
    }
    return true;
  }

  async reviewByYear(year: number): Promise<YearlyReview | null> {
    return mappedRow(this.manager, `SELECT * FROM yearly_review WHERE year = $1`, [year], toReview);
  }

  async reviewFindings(
    reviewId: string,
    part: ReviewPart | null,
    page: ListPage,
  ): Promise<Page<ReviewFinding>> {
    const params: unknown[] = [reviewId, part];
    const where = `review_id = $1 AND ($2::text IS NULL OR part = $2)`;
    const totalCount = await countIfAsked(
      this.manager,
      { table: 'yearly_review_finding', conditions: [where], params },
      page,
    );
    const rows = (await this.manager.query(
      `SELECT ${FINDING_COLUMNS} FROM yearly_review_finding
        WHERE ${where} AND ($3::uuid IS NULL OR id > $3) ORDER BY id LIMIT $4`,
      [...params, page.after?.id ?? null, page.size + 1],
    )) as ReviewFindingRow[];
    return { rows: rows.map(toReviewFinding), totalCount };
  }

  async lockReviewFinding(id: string): Promise<ReviewFinding | null> {
    return mappedRow(
      this.manager,
      `SELECT ${FINDING_COLUMNS} FROM yearly_review_finding WHERE id = $1 FOR UPDATE`,
      [id],
      toReviewFinding,
    );
  }

  async linkReviewFinding(id: string, itemId: string): Promise<void> {
    await this.manager.query(`UPDATE yearly_review_finding SET rectification_item_id = $2 WHERE id = $1`, [
      id,
      itemId,
    ]);
  }
}
