import { dataOf, gql, testToken, type GqlResult } from '@care/testing';
import request from 'supertest';
import { systemForFile } from './harness';

/**
 * Every scalar that ends in a column has the column's shape, checked before anything reaches Postgres,
 * through the gateway: each refusal is BAD_USER_INPUT naming the field in `extensions.field`, and nothing
 * is written; the values at the edge of each range are accepted; amounts come back with two decimals.
 */
const system = systemForFile({ gatewayEnv: { RATE_LIMIT_PER_MINUTE: '0' } }, 120_000);
let token: string;

beforeAll(async () => {
  token = await testToken({ sub: 'input-admin', roles: ['admin'], department: 'CUSTOMER_SERVICE' });
});

const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) =>
  gql<T>(system.gateway.app, query, variables, { token });

/** Rows of every table a refused request could have written to. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables: [string, string, string?][] = [
    ['approvals', 'approval_request'],
    ['approvals', 'delegation'],
    ['approvals', 'payment'],
    ['complaints', 'complaint'],
    ['customers-and-loyalty', 'customer'],
    ['customers-and-loyalty', 'purchase'],
    ['customers-and-loyalty', 'ledger_entry'],
    ['customers-and-loyalty', 'campaign'],
    ['customers-and-loyalty', 'campaign_interaction'],
    ['customers-and-loyalty', 'redemption'],
    ['customers-and-loyalty', 'discount'],
    ['governance', 'audit_entry', `source = 'MANUAL'`],
  ];
  const counts: Record<string, number> = {};
  for (const [service, table, where] of tables) {
    const db = system.schemas[service]!;
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${db.schema}".${table}${where ? ` WHERE ${where}` : ''}`,
    );
    counts[`${service}.${table}`] = row!.n;
  }
  return counts;
}

const UUID = '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
const nested = (depth: number): Record<string, unknown> => {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
};

const SUBMIT = `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { id amount } }`;
const approval = (extra: Record<string, unknown>) => ({
  input: { type: 'EXPENSE', title: 'Samples for the fair', amount: '3000', ...extra },
});
const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id } }`;
const complaint = (extra: Record<string, unknown>) => ({
  input: { customerId: UUID, channel: 'PHONE', description: 'The fabric arrived torn', ...extra },
});
const ACTION = `mutation($input: AddImprovementActionInput!) { addImprovementAction(input: $input) { id } }`;
const action = (dueDate: string) => ({
  input: { id: UUID, description: 'Audit the supplier', ownerDepartment: 'PURCHASING', dueDate },
});
const PURCHASE = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`;
const purchase = (extra: Record<string, unknown>) => ({
  input: { customerId: UUID, orderNumber: 'SO-INPUT-1', amount: '10', ...extra },
});
const REGISTER = `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { id name } }`;
const CAMPAIGN = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id startsOn endsOn budget } }`;
const campaign = (extra: Record<string, unknown>) => ({
  input: {
    name: 'Spring thank-you',
    type: 'APPRECIATION_EVENT',
    targetTiers: ['GOLD'],
    budget: '1000',
    startsOn: '2026-03-01',
    endsOn: '2026-03-31',
    ...extra,
  },
});
const INTERACT = `mutation($input: RecordCampaignInteractionInput!) { recordCampaignInteraction(input: $input) { id } }`;
const NOTE = `mutation($input: RecordAuditNoteInput!) { recordAuditNote(input: $input) { id details } }`;
const note = (extra: Record<string, unknown>) => ({
  input: { action: 'PAPER_ARCHIVED', subjectType: 'Contract', subjectId: 'C-1', ...extra },
});

type Case = [what: string, query: string, variables: Record<string, unknown>, field: string];

const REFUSED: Case[] = [
  // IDs that are not UUIDs, in every subgraph
  [
    'approvalRequest(id) not a UUID',
    `query($id: ID!) { approvalRequest(id: $id) { id } }`,
    { id: 'abc' },
    'id',
  ],
  [
    'withdraw id not a UUID',
    `mutation($input: WithdrawApprovalRequestInput!) { withdrawApprovalRequest(input: $input) { id } }`,
    { input: { id: '1' } },
    'input.id',
  ],
  ['endDelegation(id) not a UUID', `mutation($id: ID!) { endDelegation(id: $id) { id } }`, { id: 'x' }, 'id'],
  ['auditEntry(id) not a UUID', `query($id: ID!) { auditEntry(id: $id) { id } }`, { id: 'abc' }, 'id'],
  ['complaint(id) not a UUID', `query($id: ID!) { complaint(id: $id) { id } }`, { id: `${UUID}x` }, 'id'],
  ['customer(id) not a UUID', `query($id: ID!) { customer(id: $id) { id } }`, { id: 'abc' }, 'id'],
  // NUL and control characters in any string
  ['NUL in an approval title', SUBMIT, approval({ title: 'a\u0000b' }), 'input.title'],
  ['BEL in an approval title', SUBMIT, approval({ title: 'ring\u0007' }), 'input.title'],
  ['NUL in a complaint description', FILE, complaint({ description: 'torn\u0000' }), 'input.description'],
  ['NUL in an idempotency key', FILE, complaint({ idempotencyKey: 'k\u0000' }), 'input.idempotencyKey'],
  ['NUL in a customer name', REGISTER, { input: { name: 'Wang\u0000Li' } }, 'input.name'],
  [
    'NUL in a search filter',
    `query($f: CustomerFilter) { customers(filter: $f) { totalCount } }`,
    { f: { search: 'a\u0000' } },
    'filter.search',
  ],
  [
    'NUL in an audit filter',
    `query($f: AuditEntryFilter) { auditEntries(filter: $f) { totalCount } }`,
    { f: { subjectId: 'x\u0000' } },
    'filter.subjectId',
  ],
  [
    'NUL in a complaint number',
    `query($n: String!) { complaintByNumber(number: $n) { id } }`,
    { n: 'CP-\u0000' },
    'number',
  ],
  ['NUL in JSON details', NOTE, note({ details: { note: 'a\u0000' } }), 'input.details.note'],
  ['NUL in a JSON key', NOTE, note({ details: { 'k\u0000': 1 } }), 'input.details.k\u0000'],
  [
    'NUL in a redemption idempotency key',
    `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id } }`,
    { input: { customerId: UUID, points: 100, idempotencyKey: '\u0000' } },
    'input.idempotencyKey',
  ],
  // lengths: one character over the limit
  ['an approval title of 301 characters', SUBMIT, approval({ title: 'x'.repeat(301) }), 'input.title'],
  ['a customer name of 201 characters', REGISTER, { input: { name: 'x'.repeat(201) } }, 'input.name'],
  ['a currency of 4 letters', SUBMIT, approval({ currency: 'CNYX' }), 'input.currency'],
  [
    '51 evidence references',
    `mutation($input: RecordInvestigationInput!) { recordInvestigation(input: $input) { id } }`,
    { input: { id: UUID, note: 'n', evidence: Array.from({ length: 51 }, (_, i) => `E${i}`) } },
    'input.evidence',
  ],
  // amounts beyond the column, negative or zero where that makes no sense
  ['an approval amount of 16 digits', SUBMIT, approval({ amount: '9999999999999999' }), 'input.amount'],
  ['an approval amount of 15 digits', SUBMIT, approval({ amount: '100000000000000' }), 'input.amount'],
  ['an approval amount of 3 decimals', SUBMIT, approval({ amount: '10.005' }), 'input.amount'],
  ['an approval amount of 0', SUBMIT, approval({ amount: '0' }), 'input.amount'],
  ['a negative approval amount', SUBMIT, approval({ amount: '-5' }), 'input.amount'],
  ['a purchase amount of 16 digits', PURCHASE, purchase({ amount: '9999999999999999' }), 'input.amount'],
  [
    'a negative discount',
    `mutation($input: IssueDiscountInput!) { issueDiscount(input: $input) { id } }`,
    { input: { customerId: UUID, kind: 'GOLD_QUARTERLY', value: '-1' } },
    'input.value',
  ],
  ['a campaign budget of 0', CAMPAIGN, campaign({ budget: '0' }), 'input.budget'],
  [
    'negative campaign points',
    INTERACT,
    { input: { campaignId: UUID, customerId: UUID, kind: 'GIFT', cost: '1', points: -1 } },
    'input.points',
  ],
  [
    'a compensation over 1,000,000',
    `mutation($input: ProposeSolutionInput!) { proposeSolution(input: $input) { id } }`,
    { input: { id: UUID, description: 'Refund', compensation: { refundAmount: '1000000.01' } } },
    'input.compensation.refundAmount',
  ],
  [
    'compensation points over 10,000,000',
    `mutation($input: ProposeSolutionInput!) { proposeSolution(input: $input) { id } }`,
    { input: { id: UUID, description: 'Points', compensation: { points: 10_000_001 } } },
    'input.compensation.points',
  ],
  [
    'NUL in a feedback comment',
    `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }`,
    {
      input: {
        id: UUID,
        whatWasDone: 'Refunded',
        satisfaction: 5,
        comment: '\u0000',
        resultToldToCustomer: true,
      },
    },
    'input.comment',
  ],
  ['a year before 2000', `query($y: Int!) { tierProposals(year: $y) { id } }`, { y: 1999 }, 'year'],
  // dates and date-times out of range or impossible
  ['receivedAt in year 0', FILE, complaint({ receivedAt: '0000-01-01T00:00:00Z' }), 'input.receivedAt'],
  ['purchasedAt in 1970', PURCHASE, purchase({ purchasedAt: '1970-01-01T00:00:00Z' }), 'input.purchasedAt'],
  [
    'a date-time one instant before 2000',
    FILE,
    complaint({ receivedAt: '1999-12-31T23:59:59.999Z' }),
    'input.receivedAt',
  ],
  [
    'a date-time in 2101',
    `query($at: DateTime) { delegations(activeAt: $at) { id } }`,
    { at: '2101-01-01T00:00:00Z' },
    'activeAt',
  ],
  [
    'an impossible date-time',
    `query($f: ComplaintFilter) { complaints(filter: $f) { totalCount } }`,
    { f: { receivedFrom: '2026-02-30T00:00:00Z' } },
    'filter.receivedFrom',
  ],
  ['dueDate 2026-02-30', ACTION, action('2026-02-30'), 'input.dueDate'],
  ['dueDate 2026-13-01', ACTION, action('2026-13-01'), 'input.dueDate'],
  ['dueDate 0000-00-00', ACTION, action('0000-00-00'), 'input.dueDate'],
  ['a campaign starting in 1999', CAMPAIGN, campaign({ startsOn: '1999-12-31' }), 'input.startsOn'],
  ['a campaign ending in 2101', CAMPAIGN, campaign({ endsOn: '2101-01-01' }), 'input.endsOn'],
  [
    'a birthday that does not exist',
    REGISTER,
    { input: { name: 'Wang Li', birthday: '1990-02-29' } },
    'input.birthday',
  ],
  // JSON bounded in depth and size
  ['JSON 11 levels deep', NOTE, note({ details: nested(11) }), 'input.details.a.a.a.a.a.a.a.a.a.a'],
  ['JSON over 16,384 characters', NOTE, note({ details: { text: 'x'.repeat(16_384) } }), 'input.details'],
];

describe('input out of shape is refused before it reaches Postgres', () => {
  it.each(REFUSED)(
    '%s: BAD_USER_INPUT naming the field, nothing written',
    async (_what, query, variables, field) => {
      const before = await rowCounts();
      const result: GqlResult = await call(query, variables);
      expect(result.status).toBeLessThan(500);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors![0]!.message).toContain(field);
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('refuses JSON 5,000 levels deep sent straight to the subgraph, nothing written', async () => {
    // The gateway refuses such variables itself; the subgraph must hold on its own. The body is written
    // by hand: JSON.stringify itself cannot go 5,000 levels deep.
    const before = await rowCounts();
    const details = `${'{"a":'.repeat(4_999)}{"leaf":true}${'}'.repeat(4_999)}`;
    const body = `{"query":${JSON.stringify(NOTE)},"variables":{"input":{"action":"PAPER_ARCHIVED","subjectType":"Contract","subjectId":"C-1","details":${details}}}}`;
    const res = await request(system.subgraphs.governance!.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send(body);
    const errors = (res.body as { errors?: { extensions?: Record<string, unknown> }[] }).errors;
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.details.a.a.a.a.a.a.a.a.a.a',
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses campaign points below 0 or over int32 as BAD_USER_INPUT, nothing written', async () => {
    const before = await rowCounts();
    const interact = (points: number) =>
      call(INTERACT, { input: { campaignId: UUID, customerId: UUID, kind: 'GIFT', cost: '1', points } });
    expect((await interact(2_147_483_648)).errors?.map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await interact(-1)).errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.points' }),
    ]);
    expect(await rowCounts()).toEqual(before);
  });
});

const refusal = (result: GqlResult) => result.errors?.map((e) => e.extensions?.field);

describe('values at the edge of each range are accepted, one step beyond refused', () => {
  it('accepts 14 digits and 2 decimals, and returns money with two decimals', async () => {
    const largest = dataOf(
      await call<{ submitApprovalRequest: { amount: string } }>(
        SUBMIT,
        approval({ amount: '99999999999999.99' }),
      ),
    );
    expect(largest.submitApprovalRequest.amount).toBe('99999999999999.99');
    const round = dataOf(
      await call<{ submitApprovalRequest: { id: string; amount: string } }>(
        SUBMIT,
        approval({ amount: '1280' }),
      ),
    );
    expect(round.submitApprovalRequest.amount).toBe('1280.00');
    const read = dataOf(
      await call<{ approvalRequest: { amount: string; paidAmount: string } }>(
        `query($id: ID!) { approvalRequest(id: $id) { amount paidAmount } }`,
        { id: round.submitApprovalRequest.id },
      ),
    );
    expect(read.approvalRequest).toEqual({ amount: '1280.00', paidAmount: '0.00' });
  });

  it('accepts text of exactly the maximum length, with tabs and line breaks; one more, NUL or BEL refused', async () => {
    const title = `${'x'.repeat(292)}\tline\r\n2`;
    expect([...title]).toHaveLength(300);
    expect(dataOf(await call(SUBMIT, approval({ title }))).submitApprovalRequest).toBeTruthy();
    expect(refusal(await call(SUBMIT, approval({ title: `${title}x` })))).toEqual(['input.title']);
    expect(refusal(await call(SUBMIT, approval({ title: 'tab\there\u0000' })))).toEqual(['input.title']);
    expect(refusal(await call(SUBMIT, approval({ title: 'line\nhere\u0007' })))).toEqual(['input.title']);
    const name = 'x'.repeat(200);
    expect(
      dataOf(await call<{ registerCustomer: { name: string } }>(REGISTER, { input: { name } }))
        .registerCustomer.name,
    ).toBe(name);
    expect(refusal(await call(REGISTER, { input: { name: `${name}x` } }))).toEqual(['input.name']);
  });

  it('accepts dates and date-times from 2000 to 2100 (and a birthday before 2000); 1999 and 2101 refused', async () => {
    const created = dataOf(
      await call<{ createCampaign: { startsOn: string; endsOn: string; budget: string } }>(
        CAMPAIGN,
        campaign({ startsOn: '2000-01-01', endsOn: '2100-12-31', budget: '1000' }),
      ),
    );
    expect(created.createCampaign).toEqual(
      expect.objectContaining({ startsOn: '2000-01-01', endsOn: '2100-12-31', budget: '1000.00' }),
    );
    expect(
      dataOf(await call(REGISTER, { input: { name: 'Chen Jie', birthday: '1980-02-29' } })).registerCustomer,
    ).toBeTruthy();
    expect(refusal(await call(CAMPAIGN, campaign({ startsOn: '1999-12-31' })))).toEqual(['input.startsOn']);
    expect(refusal(await call(CAMPAIGN, campaign({ endsOn: '2101-01-01' })))).toEqual(['input.endsOn']);
    const DELEGATIONS = `query($at: DateTime) { delegations(activeAt: $at) { id } }`;
    for (const at of ['2000-01-01T00:00:00Z', '2100-12-31T23:59:59Z', '2101-01-01T07:59:59+08:00'])
      expect(dataOf(await call(DELEGATIONS, { at })).delegations).toEqual([]);
    for (const at of ['1999-12-31T23:59:59Z', '2101-01-01T00:00:00Z', '2000-01-01T07:59:59+08:00'])
      expect(refusal(await call(DELEGATIONS, { at }))).toEqual(['activeAt']);
  });

  it('accepts JSON details 10 levels deep with tabs and line breaks in their strings; 11 refused', async () => {
    const details = { ...nested(10), note: 'first\tsecond\r\nthird' };
    const recorded = dataOf(await call<{ recordAuditNote: { details: unknown } }>(NOTE, note({ details })));
    expect(recorded.recordAuditNote.details).toEqual(details);
    expect(refusal(await call(NOTE, note({ details: { ...nested(11), note: 'x' } })))).toEqual([
      'input.details.a.a.a.a.a.a.a.a.a.a',
    ]);
  });
});
