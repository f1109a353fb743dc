import { randomUUID } from 'node:crypto';
import { copyRow, describeStatementCounts, readsAs, type StatementCase } from '@care/testing';
import { typeDefs } from '../src/app';
import { approvalsForFile, as, FRIDAY_10H, openAsked, STEP_FIELDS, vpDelegation } from './harness';

// Every list and every batch of entity references costs the same SQL statements for 1, 10 and 100 items,
// with the nested lists a front end reads with them (a request's steps, payments and subject).

const h = approvalsForFile('approvals_statements', FRIDAY_10H);
/** What loyalty (and complaints, a solution's compensation) asked to approve: 100 of each, each with its request. */
const subjects = {
  redemption: [] as string[],
  discount: [] as string[],
  campaign: [] as string[],
  solution: [] as string[],
};
const requests: string[] = [];

/** The delegations in force on a day are the list of `delegations(activeAt)`: 1, 10 and 100 of them. */
const DELEGATION_DAYS = new Map([
  [1, '2026-01-15T02:00:00Z'],
  [10, '2026-02-15T02:00:00Z'],
  [100, '2026-03-15T02:00:00Z'],
]);

const GM = as('gm-1', 'gm');

beforeAll(async () => {
  for (const aggregate of ['redemption', 'discount', 'campaign'] as const)
    for (let i = 0; i < 100; i++) {
      const id = randomUUID();
      subjects[aggregate].push(id);
      await openAsked(h, aggregate, id);
    }
  for (let i = 0; i < 100; i++) {
    const id = randomUUID();
    subjects.solution.push(id);
    await openAsked(h, 'solution', id, 'cs-1', 'complaints');
  }
  requests.push(
    ...(await h.sql(`SELECT id FROM approval_request ORDER BY submitted_at, id`)).map((r) => r.id as string),
  );
  // A payment on every request, as recorded for its order (the payments are read with the requests).
  await h.sql(
    `INSERT INTO payment (id, request_id, order_number, amount, currency, paid_by, paid_at)
     SELECT gen_random_uuid(), id, 'PO-' || left(id::text, 8), 100, 'CNY', 'finance-1', now() FROM approval_request`,
  );
  // One delegation recorded by the GM, copied into the months of DELEGATION_DAYS.
  const delegation = await h.delegated(vpDelegation());
  await copyRow(
    h.sql,
    'delegation',
    delegation,
    [...DELEGATION_DAYS].flatMap(([count, day]) =>
      Array.from({ length: count }, (_, k) => ({
        delegator: `vp-${count}-${k}`,
        delegate: `deputy-${count}-${k}`,
        starts_at: new Date(new Date(day).getTime() - 86_400_000).toISOString(),
        ends_at: new Date(new Date(day).getTime() + 86_400_000).toISOString(),
      })),
    ),
  );
});

const REQUEST = `id type amount status requiredAuthority reference { service aggregate id } overdue ratificationOverdue
  steps { ${STEP_FIELDS} } currentStep { position authority overdue } payments { id amount } paidAmount
  subject { __typename ... on Redemption { id } ... on Discount { id } ... on Campaign { id } }`;
const APPROVAL_FIELDS = 'id type status steps { authority decision } payments { id } paidAmount';
const APPROVAL = `approval { ${APPROVAL_FIELDS} }`;

/** The GM reads every request and every delegation. */
const gm = readsAs((query, variables) => h.ok(query, variables, GM));

/** The loyalty supervisor decides the first step of every redemption: 100 in their queue. */
const SUPERVISOR = as('supervisor-1', 'loyalty_supervisor');

const CASES: StatementCase[] = [
  // Page and count; the steps, the payments of the page's requests.
  {
    name: 'Query.approvalRequests',
    statements: 4,
    read: gm.connection('approvalRequests', REQUEST, ', filter: { type: [POINTS_REDEMPTION] }'),
  },
  // The caller's delegations, the queue's count and page; the requests, their steps, their payments.
  {
    name: 'Query.myPendingApprovals',
    statements: 6,
    read: readsAs((query, variables) => h.ok(query, variables, SUPERVISOR)).connection(
      'myPendingApprovals',
      `decidingAs delegation step { position authority overdue } request { ${REQUEST} }`,
    ),
  },
  // The delegations in force (in a transaction of its own: begin, select, commit).
  {
    name: 'Query.delegations',
    statements: 3,
    read: gm.list(
      'delegations',
      `query($at: DateTime) { delegations(activeAt: $at) { id delegator delegate authority businessTypes } }`,
      (n) => ({ at: DELEGATION_DAYS.get(n) }),
    ),
  },
  // The requests by id, their steps, their payments.
  { name: 'ApprovalRequest', statements: 3, read: gm.entities('ApprovalRequest', requests, REQUEST) },
  // The requests by their subjects, their rows and steps, their payments.
  { name: 'Redemption', statements: 4, read: gm.entities('Redemption', subjects.redemption, APPROVAL) },
  { name: 'Discount', statements: 4, read: gm.entities('Discount', subjects.discount, APPROVAL) },
  { name: 'Campaign', statements: 4, read: gm.entities('Campaign', subjects.campaign, APPROVAL) },
  {
    name: 'Solution',
    statements: 4,
    read: gm.entities('Solution', subjects.solution, `compensationApproval { ${APPROVAL_FIELDS} }`),
  },
  // A reference as a request's subject: its id, the caller's role checked; governance answers the rest.
  {
    name: 'ExceptionApplication',
    statements: 0,
    read: gm.entities('ExceptionApplication', requests, 'id'),
  },
];

describeStatementCounts({
  source: () => h.service.dataSource,
  typeDefs,
  cases: CASES,
});
