import { randomUUID } from 'node:crypto';
import { sqlOf, type TestActor } from '@care/testing';
import { countingGovernanceForFile } from './harness';

// Issue 11: a list counts every match (`totalCount`, a statement of its own) only when the query selects
// it, by any alias, directly or through a fragment; when it does, the count is exact.

const h = countingGovernanceForFile('governance_total_count');

const auditor: TestActor = { sub: 'audit-1', roles: ['audit'] };
const director: TestActor = { sub: 'cs-director-1', roles: ['cs_director'] };
const compliance: TestActor = { sub: 'compliance-1', roles: ['compliance'] };
const admin: TestActor = { sub: 'admin-1', roles: ['admin'] };

/** How many of each list's items the test makes: more than a page of 2. */
const MADE = 3;
const REVIEWED_YEAR = new Date().getUTCFullYear() - 1;

/** Runs `mutation` once per input as the actor. */
async function make(mutation: string, type: string, inputs: Record<string, unknown>[], actor: TestActor) {
  for (const input of inputs)
    await h.ok(`mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input }, actor);
}

const each = <T>(nth: (k: number) => T): T[] => Array.from({ length: MADE }, (_, k) => nth(k));

beforeAll(async () => {
  await make(
    'recordAuditNote',
    'RecordAuditNoteInput',
    each(() => ({ action: 'complaint.checked', subjectType: 'Complaint', subjectId: randomUUID() })),
    auditor,
  );
  await make(
    'openRectificationItem',
    'OpenRectificationItemInput',
    each((k) => ({
      source: 'AUDIT',
      sourceId: `AR-2026-10${k}`,
      description: 'Campaign records incomplete',
      severity: 'ORDINARY',
      ownerDepartment: 'MARKETING',
    })),
    auditor,
  );
  await make(
    'registerDocument',
    'RegisterDocumentInput',
    each((k) => ({
      name: `KH202600012${k}_20260315_v1.0.pdf`,
      kind: 'CONTRACT',
      contentBase64: Buffer.from(`contract ${k}`).toString('base64'),
    })),
    director,
  );
  await make(
    'openViolation',
    'OpenViolationInput',
    each(() => ({
      level: 'ORDINARY',
      category: 'WRONG_CUSTOMER_DATA',
      personId: 'sales-7',
      summary: 'A customer record entered wrongly',
      report: 'Investigation report CR-2026-003',
    })),
    compliance,
  );
  await make(
    'reportIncident',
    'ReportIncidentInput',
    each(() => ({
      kind: 'DATA_LEAK',
      summary: 'A customer list was mailed outside',
      affectedSystems: ['crm'],
    })),
    compliance,
  );
  await make(
    'submitExceptionApplication',
    'SubmitExceptionApplicationInput',
    each(() => ({
      kind: 'NATURAL_DISASTER',
      title: 'Typhoon',
      exceptionTo: 'DOMAIN 1 resolution time limits for logistics complaints',
      justification: 'The Ningbo warehouse is closed by the typhoon',
      riskAssessment: {
        level: 'MEDIUM',
        risks: 'Customers wait longer',
        mitigation: 'Every customer is told',
      },
    })),
    { sub: 'head-1', roles: ['department_head'] },
  );
  // A review of last year (nothing seen: no findings of its own), given findings directly.
  const { runYearlyReview } = await h.ok<{ runYearlyReview: { id: string } }>(
    `mutation($y: Int!) { runYearlyReview(input: { year: $y }) { id } }`,
    { y: REVIEWED_YEAR },
    auditor,
  );
  await h.sql(
    `INSERT INTO yearly_review_finding (id, review_id, position, part, kind, subject_type, subject_id, description, details)
     SELECT gen_random_uuid(), $1, p, 'TIER_ACCURACY', 'TIER_MISMATCH', 'Customer', gen_random_uuid()::text,
            'Tier differs from the rules', '{}'::jsonb
       FROM generate_series(1, $2::int) AS p`,
    [runYearlyReview.id, MADE],
  );
});

type Page = { n?: number; pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
type Data = Record<string, Page & { findings: Page }>;

/** A list read as a query: the query around a selection of its connection, and the connection in the answer. */
interface List {
  query: (selection: string) => string;
  page: (data: Data) => Page;
}

/** A `Query` list's first page of 2. */
const root = (field: string, args = ''): List => ({
  query: (selection) => `{ ${field}(first: 2${args}) { ${selection} } }`,
  page: (data) => data[field]!,
});

const LISTS: [string, List][] = [
  ['Query.auditEntries', root('auditEntries', ', filter: { subjectType: "Complaint" }')],
  ['Query.rectificationItems', root('rectificationItems')],
  ['Query.controlledDocuments', root('controlledDocuments')],
  ['Query.violations', root('violations')],
  ['Query.incidents', root('incidents')],
  ['Query.exceptionApplications', root('exceptionApplications')],
  [
    'YearlyReview.findings',
    {
      query: (selection) =>
        `{ yearlyReview(year: ${REVIEWED_YEAR}) { findings(first: 2) { ${selection} } } }`,
      page: (data) => data.yearlyReview!.findings,
    },
  ],
];

/** The list's page read with `selection` (and `fragments`), and the SQL statements the read cost. */
async function read(list: List, selection: string, fragments = '') {
  const { answer, statements } = await sqlOf(h.service.dataSource, () =>
    h.ok<Data>(`${list.query(selection)} ${fragments}`, {}, admin),
  );
  return { page: list.page(answer), statements };
}

const PAGE = 'pageInfo { hasNextPage } edges { node { id } }';

describe('totalCount only when asked for', () => {
  it.each(LISTS)(
    '%s: one statement fewer without totalCount, the exact count with it',
    async (_name, list) => {
      const without = await read(list, PAGE);
      const withCount = await read(list, `n: totalCount ${PAGE}`);
      expect(withCount.page.n).toBe(MADE);
      expect(without.page).toEqual({ pageInfo: { hasNextPage: true }, edges: withCount.page.edges });
      expect(without.statements).toBe(withCount.statements - 1);
    },
  );

  it('counts when totalCount is selected through a fragment', async () => {
    const items = root('rectificationItems');
    const direct = await read(items, `totalCount ${PAGE}`);
    const throughFragment = await read(
      items,
      `...Counted ${PAGE}`,
      'fragment Counted on RectificationItemConnection { n: totalCount }',
    );
    expect(throughFragment.page.n).toBe(MADE);
    expect(throughFragment.statements).toBe(direct.statements);
  });
});
