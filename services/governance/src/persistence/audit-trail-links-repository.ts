import type { EntityManager } from 'typeorm';
import type { AuditTrailLinks, SubjectTrailPage, SubjectTrailRequest } from '../application/ports';
import { type AuditEntryRow, toAuditEntry } from './audit-entry-rows';

interface Row extends AuditEntryRow {
  k: number;
  total_count: number;
  on_page: boolean;
}

/**
 * The audit trails of a batch of subjects in one statement (`Complaint.auditTrail` for a page of
 * complaints, with customers and campaigns beside them): for each request, the entries of its subject
 * types and id after its cursor, the first `size + 1` of them, and its count of entries in all. A subject
 * with entries but none after the cursor still comes back with its count (one row that is not on the page).
 */
export class SqlAuditTrailLinks implements AuditTrailLinks {
  constructor(private readonly manager: EntityManager) {}

  async pagesOf(requests: readonly SubjectTrailRequest[]): Promise<SubjectTrailPage[]> {
    const pages: SubjectTrailPage[] = requests.map(() => ({ rows: [], totalCount: 0 }));
    // One row per request and subject type: the request's key, the type, the id and its page.
    const wanted = requests.flatMap((r, k) => r.subjectTypes.map((type) => ({ k, type, r })));
    if (wanted.length === 0) return pages;
    const rows = (await this.manager.query(
      `WITH w AS (
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::timestamptz[], $6::uuid[])
           AS w(k, subject_type, subject_id, size, after_at, after_id)
       ),
       m AS (
         SELECT w.k, w.size, e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, e.source,
                e.details, e.retain_until, e.position, e.previous_hash, e.hash,
                count(*) OVER (PARTITION BY w.k)::int AS total_count,
                (w.after_at IS NULL OR (e.occurred_at, e.id) > (w.after_at, w.after_id)) AS after_cursor
           FROM w JOIN audit_entry e ON e.subject_type = w.subject_type AND e.subject_id = w.subject_id
       )
       SELECT x.*, (x.after_cursor AND x.rank_on_page <= x.size + 1) AS on_page FROM (
         SELECT m.*,
                sum(CASE WHEN m.after_cursor THEN 1 ELSE 0 END)
                  OVER (PARTITION BY m.k ORDER BY m.occurred_at, m.id) AS rank_on_page,
                row_number() OVER (PARTITION BY m.k ORDER BY m.occurred_at DESC, m.id DESC) AS from_end
           FROM m
       ) x
       WHERE (x.after_cursor AND x.rank_on_page <= x.size + 1) OR x.from_end = 1
       ORDER BY x.k, x.occurred_at, x.id`,
      [
        wanted.map((w) => w.k),
        wanted.map((w) => w.type),
        wanted.map((w) => w.r.subjectId),
        wanted.map((w) => w.r.page.size),
        wanted.map((w) => w.r.page.after?.at ?? null),
        wanted.map((w) => w.r.page.after?.id ?? null),
      ],
    )) as Row[];
    for (const r of rows) {
      const page = pages[r.k]!;
      page.totalCount = r.total_count;
      if (r.on_page) page.rows.push(toAuditEntry(r));
    }
    return pages;
  }
}
