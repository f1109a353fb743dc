/**
 * Every read is an access decision (DESIGN "Conventions" 8): each query root field and each entity type
 * of each subgraph, called directly on the subgraph as an attacker behind the gateway would, answers
 * every role exactly as the table in ./read-authorisation/matrix.ts says; the gateway applies the same.
 */
import { dataOf, errorCodes, expectEventually, gql, testToken, type GqlResult } from '@care/testing';
import { startSystem, type System } from './harness';
import { loyaltyRecordsOf } from './read-authorisation/loyalty-records';
import { cells, COLUMNS, EXPECTED, type Column, type Outcome } from './read-authorisation/matrix';
import type { D } from './people';
import { F, PROBES, type Probe } from './read-authorisation/probes';

let system: System;
const tokens = {} as Record<Column, string>;
let staff: string;
let supervisor: string;

const call = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await gql<T>(system.gateway.app, query, variables, { token }));

beforeAll(async () => {
  system = await startSystem();
  staff = await testToken({ sub: 'staff-1', roles: ['cs_manager', 'sales'] });
  supervisor = await testToken({ sub: 'audit-1', roles: ['audit'] });
  const register = async (name: string) =>
    (
      await call<{ registerCustomer: { id: string } }>(
        staff,
        `mutation($name: String!) { registerCustomer(input: { name: $name, region: "CN-ZJ", email: "li@example.com" }) { id } }`,
        { name },
      )
    ).registerCustomer.id;
  F.customerA = await register('Li Na');
  F.customerB = await register('Wang Fang');
  ({ redemptionId: F.redemptionId, discountId: F.discountId } = await loyaltyRecordsOf(
    call,
    staff,
    F.customerA,
  ));
  F.campaignId = (
    await call<{ createCampaign: { id: string } }>(
      staff,
      `mutation { createCampaign(input: { name: "Spring thanks", type: "APPRECIATION_EVENT", targetTiers: [GOLD], budget: "1000", startsOn: "2026-03-01", endsOn: "2026-03-31" }) { id } }`,
    )
  ).createCampaign.id;
  F.changeId = (
    await call<{ submitCustomerChange: { id: string } }>(
      staff,
      `mutation($id: ID!) { submitCustomerChange(input: { customerId: $id, preferredLanguage: "en", idDocumentReference: "photo-1" }) { id } }`,
      { id: F.customerA },
    )
  ).submitCustomerChange.id;
  // The complaints service learns of a new customer from loyalty's events.
  const complaint = await expectEventually(
    async () =>
      (
        await call<{ fileComplaint: { id: string; number: string } }>(
          staff,
          `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: PHONE, description: "The silk arrived stained", idempotencyKey: "read-matrix" }) { id number } }`,
          { c: F.customerA },
        )
      ).fileComplaint,
    { timeoutMs: 15_000 },
  );
  F.complaintId = complaint.id;
  F.complaintNumber = complaint.number;

  for (const column of COLUMNS) {
    if (column === 'customer') tokens[column] = await testToken({ sub: F.customerA, roles: ['customer'] });
    else if (column === 'stranger')
      tokens[column] = await testToken({ sub: F.customerB, roles: ['customer'] });
    else if (column === 'none') tokens[column] = await testToken({ sub: 'nobody', roles: [] });
    else tokens[column] = await testToken({ sub: `${column}-reader`, roles: [column] });
  }
  // The complaint is handled up to a proposed solution: the solution is read by its id (`Solution`).
  const qcStaff = await testToken({
    sub: 'qc-1',
    roles: ['department_staff'],
    department: 'QUALITY_CONTROL',
  });
  const step = async <T>(token: string, mutation: string, input: Record<string, unknown>, fields = 'id') =>
    (
      await call<Record<string, T>>(
        token,
        `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${fields} } }`,
        { input: { id: F.complaintId, ...input } },
      )
    )[mutation]!;
  await step(tokens.cs_specialist, 'classifyComplaint', {
    category: 'PRODUCT_QUALITY',
    urgency: 'NORMAL',
    complexity: 'SIMPLE',
  });
  await step(tokens.cs_manager, 'assignComplaint', { notes: 'Stained silk: check the batch' });
  await step(qcStaff, 'recordInvestigation', { note: 'Batch 12 was stored damp', evidence: [] });
  await step(qcStaff, 'recordRootCause', { category: 'ENVIRONMENT', what: 'Stains', why: 'A damp store' });
  F.solutionId = (
    await step<{ solutions: { id: string }[] }>(
      qcStaff,
      'proposeSolution',
      { description: 'A new scarf from another batch' },
      'solutions { id }',
    )
  ).solutions[0]!.id;
  // The fixture approval request is asked for by the `sales` reader: the requester of the OWN cells.
  F.approvalId = (
    await call<{ submitApprovalRequest: { id: string } }>(
      tokens.sales,
      `mutation { submitApprovalRequest(input: { type: EXPENSE, title: "Trade fair stand", amount: "8000.00" }) { id } }`,
    )
  ).submitApprovalRequest.id;
  F.rectificationId = (
    await call<{ openRectificationItem: { id: string } }>(
      supervisor,
      `mutation { openRectificationItem(input: { source: AUDIT, sourceId: "AR-READ-1", description: "Tags differ", severity: ORDINARY, ownerDepartment: SALES }) { id } }`,
    )
  ).openRectificationItem.id;
  F.documentId = (
    await call<{ registerDocument: { id: string } }>(
      tokens.cs_director,
      `mutation($c: String!) { registerDocument(input: { name: "KH2026000001_20260301_v1.0.pdf", kind: CONTRACT, contentBase64: $c }) { id } }`,
      { c: Buffer.from('A contract').toString('base64') },
    )
  ).registerDocument.id;
  // The violation names the `sales` reader as the person concerned: the OWN cells.
  F.violationId = (
    await call<{ openViolation: { id: string } }>(
      tokens.compliance,
      `mutation { openViolation(input: { level: ORDINARY, category: "WRONG_CUSTOMER_DATA", personId: "sales-reader", summary: "A phone number entered wrong", report: "IR-READ-1" }) { id } }`,
    )
  ).openViolation.id;
  F.incidentId = (
    await call<{ reportIncident: { id: string } }>(
      tokens.compliance,
      `mutation { reportIncident(input: { kind: DATA_LEAK, summary: "A list mailed out", affectedSystems: ["crm"] }) { id } }`,
    )
  ).reportIncident.id;
  F.exceptionId = (
    await call<{ submitExceptionApplication: { id: string } }>(
      tokens.department_head,
      `mutation { submitExceptionApplication(input: { kind: NATURAL_DISASTER, title: "Typhoon", exceptionTo: "Delivery limits",
        justification: "Port closed", riskAssessment: { level: LOW, risks: "Late parcels", mitigation: "Tell customers" } }) { id } }`,
    )
  ).submitExceptionApplication.id;
  F.auditId = await expectEventually(
    async () => {
      const { auditEntries } = await call<{ auditEntries: { edges: { node: { id: string } }[] } }>(
        supervisor,
        `{ auditEntries(first: 1) { edges { node { id } } } }`,
      );
      expect(auditEntries.edges).toHaveLength(1);
      return auditEntries.edges[0]!.node.id;
    },
    { timeoutMs: 15_000 },
  );
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

function outcomeOf(result: GqlResult<D>, probe: Probe): string {
  const codes = errorCodes(result);
  const value = result.data ? (probe.pick(result.data) ?? null) : null;
  if (codes.length > 0) {
    if (codes.length === 1 && value === null && (codes[0] === 'FORBIDDEN' || codes[0] === 'NOT_FOUND'))
      return String(codes[0]);
    return `UNEXPECTED errors ${JSON.stringify(codes)} with ${value === null ? 'null' : 'a value'}`;
  }
  if (value === null) return 'NULL';
  return !probe.holds || probe.holds(value as D) ? 'DATA' : 'EMPTY';
}

describe('the read-authorisation matrix, on each subgraph directly', () => {
  it('has a row for every query field and every entity type of every subgraph, naming every role once', async () => {
    const served: string[] = [];
    for (const [name, subgraph] of Object.entries(system.subgraphs)) {
      const { __schema, __type } = dataOf(
        await gql<{
          __schema: { queryType: { fields: { name: string }[] } };
          __type: { possibleTypes: { name: string }[] } | null;
        }>(
          subgraph.app,
          `{ __schema { queryType { fields { name } } } __type(name: "_Entity") { possibleTypes { name } } }`,
          {},
          { token: tokens.admin },
        ),
      );
      for (const f of __schema.queryType.fields)
        if (f.name !== '_entities' && f.name !== '_service') served.push(`${name} Query.${f.name}`);
      for (const t of __type?.possibleTypes ?? []) served.push(`${name} ${t.name}`);
    }
    expect(served.length).toBeGreaterThan(20);
    expect(Object.keys(EXPECTED).sort()).toEqual([...served].sort());
    expect(Object.keys(PROBES).sort()).toEqual([...served].sort());
    for (const [key, row] of Object.entries(EXPECTED)) {
      const { missing, twice } = cells(row);
      expect({ key, missing, twice }).toEqual({ key, missing: [], twice: [] });
    }
  });

  it.each(Object.keys(EXPECTED))(
    '[DOMAIN 1.10, 2.7] %s answers every role as the table says',
    async (key) => {
      const [service] = key.split(' ') as [string];
      const probe = PROBES[key]!;
      const { table } = cells(EXPECTED[key]!);
      const seen: Record<string, string> = {};
      for (const column of COLUMNS) {
        const result = await gql<D>(system.subgraphs[service]!.app, probe.query, probe.variables?.() ?? {}, {
          token: tokens[column],
        });
        seen[column] = outcomeOf(result, probe);
      }
      expect(seen).toEqual(table as Record<string, Outcome>);
    },
  );
});

describe('through the gateway', () => {
  it('[DOMAIN 1.10] a customer reads their own record, complaints and redemptions, and nothing of another customer', async () => {
    const own = await call<D>(
      tokens.customer,
      `query($id: ID!, $r: ID!) { customer(id: $id) { id name complaints(first: 10) { edges { node { id customer { id name } } } } }
        redemption(id: $r) { id customer { id } } }`,
      { id: F.customerA, r: F.redemptionId },
    );
    expect(own.customer).toMatchObject({
      id: F.customerA,
      name: 'Li Na',
      complaints: { edges: [{ node: { id: F.complaintId, customer: { id: F.customerA, name: 'Li Na' } } }] },
    });
    expect(own.redemption).toEqual({ id: F.redemptionId, customer: { id: F.customerA } });
    const other = await gql<D>(
      system.gateway.app,
      `query($id: ID!) { customer(id: $id) { id name pointsBalance } }`,
      { id: F.customerA },
      { token: tokens.stranger },
    );
    expect(errorCodes(other)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(other)).not.toContain('Li Na');
  });

  it('refuses approval requests to partners, customers and a token without roles, and shows them to approvers', async () => {
    const query = `query($id: ID!) { approvalRequest(id: $id) { id title amount } approvalRequests { totalCount } }`;
    for (const column of ['partner', 'customer', 'none', 'analyst'] as const) {
      const refused = await gql<D>(
        system.gateway.app,
        query,
        { id: F.approvalId },
        { token: tokens[column] },
      );
      expect([column, errorCodes(refused)]).toEqual([column, ['FORBIDDEN', 'FORBIDDEN']]);
      expect(JSON.stringify(refused)).not.toContain('Trade fair');
    }
    const read = await call<D>(tokens.gm, query, { id: F.approvalId });
    expect(read.approvalRequest).toEqual({ id: F.approvalId, title: 'Trade fair stand', amount: '8000.00' });
  });

  it('[DOMAIN 2.7] supervision and analysts see the customer of a complaint, with contact details masked', async () => {
    for (const column of ['hr', 'analyst', 'administration'] as const) {
      const { complaint } = await call<D>(
        tokens[column],
        `query($id: ID!) { complaint(id: $id) { id customer { id name email } } }`,
        { id: F.complaintId },
      );
      expect([column, complaint.customer.name, complaint.customer.email]).toEqual([
        column,
        'Li Na',
        expect.not.stringContaining('li@example.com'),
      ]);
    }
  });
});

describe('withdrawing an approval request', () => {
  it("needs a staff role as well as the requester's subject: a customer, partner or role-less token with that subject is FORBIDDEN", async () => {
    const sub = 'requester-7';
    const asker = await testToken({ sub, roles: ['department_staff'] });
    const { submitApprovalRequest } = await call<{ submitApprovalRequest: { id: string } }>(
      asker,
      `mutation { submitApprovalRequest(input: { type: EXPENSE, title: "Samples", amount: "300.00" }) { id } }`,
    );
    const withdraw = `mutation($id: ID!) { withdrawApprovalRequest(input: { id: $id }) { id status } }`;
    const id = submitApprovalRequest.id;
    for (const roles of [['customer'], ['partner'], [], ['analyst']]) {
      const token = await testToken({ sub, roles });
      for (const target of [system.gateway.app, system.subgraphs.approvals!.app]) {
        const refused = await gql<D>(target, withdraw, { id }, { token });
        expect([roles, errorCodes(refused)]).toEqual([roles, ['FORBIDDEN']]);
      }
    }
    const still = await call<D>(tokens.gm, `query($id: ID!) { approvalRequest(id: $id) { status } }`, { id });
    expect(still.approvalRequest).toEqual({ status: 'PENDING' });
    const done = await call<D>(asker, withdraw, { id });
    expect(done.withdrawApprovalRequest).toEqual({ id, status: 'WITHDRAWN' });
  });
});
