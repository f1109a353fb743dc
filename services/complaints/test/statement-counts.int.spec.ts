import { describeStatementCounts, readsAs, type StatementCase } from '@care/testing';
import { typeDefs } from '../src/app';
import { complaintsHarness, fileCopies, MONDAY_10 } from './harness';

// Every list and every batch of entity references costs the same SQL statements for 1, 10 and 100 items,
// with the nested lists a front end reads with them (a complaint's solutions, timeline, follow-ups ...).

const h = complaintsHarness('complaints_statements');
/** 100 customers, each with two complaints: the first walked to RESOLVED, the others copied from it. */
const customers: string[] = [];
const complaints: string[] = [];

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
    Solution:
      'an entity only for approvals to extend (resolvable: false): a reference here reads nothing and is null',
  },
});
