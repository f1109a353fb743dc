/**
 * The SQL the complaints subgraph runs for the benchmark's reads, as it sends it (captured with
 * sql-counter.ts; the equivalence test in reference.spec.ts compares the two texts, whitespace aside, so
 * a change on either side shows): `complaints(first)` is TypeOrmComplaintRepository.list (the page's ids,
 * the total count, then the rows by id); `complaint(id)` and `_entities` are findByIds. The row select
 * is the service's own (complaint-rows.ts), so the two read the same columns the same way.
 */
import { complaintSelect } from '@care/complaints/src/persistence/complaint-rows';

export const PAGE_IDS = `SELECT c.id FROM complaint c ORDER BY c.received_at ASC, c.id ASC LIMIT $1`;

export const COUNT = `SELECT count(*)::int AS n FROM complaint c`;

/**
 * The complaints subgraph's batch read (TypeOrmComplaintRepository.findByIds): with the documents for a
 * complaint by id, without them for a list whose fields show none (the benchmark's lists).
 */
export const rowsByIds = (documents: boolean) => `${complaintSelect(documents)} WHERE id = ANY($1::uuid[])`;
