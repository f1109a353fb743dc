import { describeStatementCounts, readsAs, type StatementCase } from '@care/testing';
import { typeDefs } from '../src/app';
import { complaintsHarness, fileCopies, MONDAY_10 } from './harness';

// Every list and every batch of entity references costs the same SQL statements for 1, 10 and 100 items,
// with the nested lists a front end reads with them (a complaint's solutions, timeline, follow-ups ...).

const h = complaintsHarness('complaints_statements');
/** 100 customers, each with two complaints: the first walked to RESOLVED, the others copied from it. */
const customers: string[] = [];
const complaints: string[] = [];
/** The solutions of those complaints, one or more each. */
const solutions: string[] = [];

beforeAll(async () => {
  h.clock.set(MONDAY_10);
  customers.push(...(await h.registerCustomers(100)));
  const first = await h.walk('RESOLVED', { customerId: customers[0] });
  await fileCopies(
    h,
    first.id,
    [0, 1]
      .flatMap((round) =>
        customers.map((customerId) => ({ customerId, description: `round ${round}`, receivedAt: MONDAY_10 })),
      )
      .slice(1),
  );
  complaints.push(
    ...(await h.sql<{ id: string }>(`SELECT id FROM complaint ORDER BY number`)).map((r) => r.id),
  );
  // A copy's solutions are the first complaint's: each copy gets solution ids of its own, as if proposed
  // to it, so that a solution id names one complaint.
  await h.sql(
    `UPDATE complaint SET solutions = (
       SELECT jsonb_agg(s || jsonb_build_object('id', gen_random_uuid()) ORDER BY i)
         FROM jsonb_array_elements(solutions) WITH ORDINALITY AS x(s, i))
      WHERE id <> $1`,
    [first.id],
  );
  solutions.push(
    ...(
      await h.sql<{ id: string }>(
        `SELECT s->>'id' AS id FROM complaint, jsonb_array_elements(solutions) AS s ORDER BY number`,
      )
    ).map((r) => r.id),
  );
});

/** What a front end reads of a complaint, with its nested lists. */
const COMPLAINT = `id number status category customer { id } customerTier departments
  investigation { note } solutions { id compensation { points } } followUps { outcome linkedComplaint { id } }
  improvementActions { id } relatedComplaint { id } sla { resolutionDueAt onTime }
  timeline { action } internalTimeline { action }`;

/** A customer service manager reads every complaint. */
const manager = readsAs((query, variables) => h.call(h.tokens.manager, query, variables));

const CASES: StatementCase[] = [
  // The page's ids, the count; the complaints (their nested lists are in their rows), their customers' tiers.
  { name: 'Query.complaints', statements: 4, read: manager.connection('complaints', COMPLAINT) },
  // The complaints by id, their customers' tiers.
  { name: 'Complaint', statements: 2, read: manager.entities('Complaint', complaints, COMPLAINT) },
  // The complaints holding the solutions (through the index on the solution documents), their tiers.
  {
    name: 'Solution',
    statements: 2,
    read: manager.entities(
      'Solution',
      solutions,
      `id description response compensation { points } complaint { ${COMPLAINT} }`,
    ),
  },
  // For all the customers at once: their counts, their pages' ids; then as a page of complaints.
  {
    name: 'Customer',
    statements: 4,
    read: manager.entities(
      'Customer',
      customers,
      `id complaints(first: 2) { totalCount pageInfo { hasNextPage } edges { node { ${COMPLAINT} } } }`,
    ),
  },
];

describeStatementCounts({
  source: () => h.service.dataSource,
  typeDefs,
  cases: CASES,
  excluded: {
    'Query.complaintStats':
      'answers groups, not items: its statements are counted where its rollup is tested (statistics-rollup)',
  },
});
