/**
 * The services working together through their events only, driven through the gateway as the front
 * ends drive it, with a real NATS subscriber playing the partner.
 */
import { dataOf, errorCodes, expectEventually, type TestActor } from '@care/testing';
import { customerWhoSpent, peopleForFile, type Who } from './people';

const PEOPLE = {
  /** Takes complaints, serves customers and records their purchases. */
  staff: { sub: 'staff-1', roles: ['cs_manager', 'sales'] },
  gm: { sub: 'gm-1', roles: ['gm'] },
} satisfies Record<string, TestActor>;

const graph = peopleForFile(PEOPLE, ['CARE_LOYALTY']);
const { raw, call } = graph;
/** What the partner has read of the stream. */
const partner = () => graph.tap('CARE_LOYALTY');
type Person = keyof typeof PEOPLE;

/**
 * Files a complaint for a customer registered a moment ago: complaints learns of the customer from
 * loyalty's `customer.registered` event, so the filing is retried (briefly) while it is NOT_FOUND.
 */
async function fileComplaint<T>(customerId: string, channel: string, description: string, fields: string) {
  return expectEventually(
    async () => {
      const r = await raw<{ fileComplaint: T }>(
        'staff',
        `mutation($c: UUID!, $d: String!) { fileComplaint(input: { customerId: $c, channel: ${channel}, description: $d }) { ${fields} } }`,
        { c: customerId, d: description },
      );
      expect(errorCodes(r)).toEqual([]);
      return dataOf(r).fileComplaint;
    },
    { timeoutMs: 10_000, intervalMs: 100 },
  );
}

const balance = async (id: string) =>
  (
    await call<{ customer: { pointsBalance: number; status: string } }>(
      'staff',
      `query($id: ID!) { customer(id: $id) { pointsBalance status } }`,
      { id },
    )
  ).customer;

describe('a points redemption and its approval', () => {
  it('[DOMAIN 3.1] a redemption worth 6,000 CNY waits for the GM: approvals opens the request, the GM approves it through the gateway, loyalty completes it', async () => {
    const customerId = await customerWhoSpent(call, 'staff', 'Zhou Min', '700000');
    expect(await balance(customerId)).toEqual({ pointsBalance: 700_000, status: 'ACTIVE' });

    const { requestRedemption } = await call<{
      requestRedemption: { id: string; value: string; status: string };
    }>(
      'staff',
      `mutation($id: ID!) { requestRedemption(input: { customerId: $id, points: 600000, idempotencyKey: "e2e-redeem-1" }) { id value status } }`,
      { id: customerId },
    );
    expect(requestRedemption).toMatchObject({ value: '6000.00', status: 'PENDING_APPROVAL' });

    const request = await expectEventually(async () => {
      const { approvalRequests } = await call<{
        approvalRequests: {
          edges: { node: { id: string; requiredAuthority: string; reference: { id: string } | null } }[];
        };
      }>(
        'gm',
        `{ approvalRequests(filter: { status: [PENDING] }, first: 50) { edges { node { id requiredAuthority reference { id } } } } }`,
      );
      const found = approvalRequests.edges
        .map((e) => e.node)
        .find((r) => r.reference?.id === requestRedemption.id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(request.requiredAuthority).toBe('GM');

    await call(
      'gm',
      `mutation($id: ID!) { decideApprovalRequest(input: { id: $id, decision: APPROVE }) { status } }`,
      {
        id: request.id,
      },
    );

    await expectEventually(async () => {
      const { redemption } = await call<{ redemption: { status: string } }>(
        'staff',
        `query($id: ID!) { redemption(id: $id) { status } }`,
        { id: requestRedemption.id },
      );
      expect(redemption.status).toBe('COMPLETED');
    });
    expect((await balance(customerId)).pointsBalance).toBe(100_000);
    await expectEventually(() =>
      expect(
        partner().events.some(
          (e) => e.type === 'care.loyalty.redemption.completed.v1' && e.subject === requestRedemption.id,
        ),
      ).toBe(true),
    );
  });
});

describe('the customer of a complaint', () => {
  it('[DOMAIN 1.2] is one loyalty registered: an unknown customer is NOT_FOUND, and lists with customer names keep answering', async () => {
    const stranger = '00000000-0000-4000-8000-000000000000';
    const refused = await raw(
      'staff',
      `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: EMAIL, description: "Who am I?" }) { id } }`,
      { c: stranger },
    );
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    const customerId = await customerWhoSpent(call, 'staff', 'Xu Lan', '100');
    const filed = await fileComplaint<{ id: string }>(customerId, 'EMAIL', 'The buttons came off', 'id');
    const list = await raw<{
      complaints: { edges: { node: { id: string; customer: { id: string; name: string } } }[] };
    }>('staff', `{ complaints(first: 100) { edges { node { id customer { id name } } } } }`);
    expect(list.errors).toBeUndefined();
    const nodes = dataOf(list).complaints.edges.map((e) => e.node);
    expect(nodes.find((n) => n.id === filed.id)?.customer).toEqual({ id: customerId, name: 'Xu Lan' });
    expect(nodes.every((n) => typeof n.customer?.name === 'string')).toBe(true);
  });
});

describe('a points-anomaly complaint', () => {
  it('[DOMAIN 2.6] freezes the customer account through the classification event, and a frozen account cannot redeem', async () => {
    const customerId = await customerWhoSpent(call, 'staff', 'Lin Tao', '3000');
    const filed = await fileComplaint<{ id: string }>(customerId, 'WEB_CHAT', 'My points vanished', 'id');
    await call(
      'staff',
      `mutation($id: ID!) { classifyComplaint(input: { id: $id, category: POINTS_ANOMALY, urgency: HIGH, complexity: SIMPLE }) { status } }`,
      { id: filed.id },
    );
    await expectEventually(async () => expect((await balance(customerId)).status).toBe('FROZEN'));
    const frozen = partner().events.find((e) => e.type === 'care.loyalty.account.frozen.v1');
    expect(frozen?.data).toMatchObject({ customerId });

    const refused = await raw(
      'staff',
      `mutation($id: ID!) { requestRedemption(input: { customerId: $id, points: 1000, idempotencyKey: "e2e-frozen" }) { id } }`,
      { id: customerId },
    );
    expect(errorCodes(refused)).toEqual(['INVALID_TRANSITION']);
    expect((await balance(customerId)).pointsBalance).toBe(3000);
  });
});

/** A complaint of the customer's walked to an accepted solution that carries `points` in compensation. */
async function acceptedCompensation(customerId: string, urgency: 'HIGH' | 'URGENT', points: number) {
  type C = { id: string; leadDepartment: string; solutions: { id: string }[] };
  const fields = 'id leadDepartment solutions { id }';
  const step = async (who: Who<Person>, mutation: string, type: string, input: Record<string, unknown>) =>
    Object.values(
      await call<Record<string, C>>(
        who,
        `mutation($input: ${type}!) { ${mutation}(input: $input) { ${fields} } }`,
        {
          input,
        },
      ),
    )[0]!;
  const { id } = await fileComplaint<C>(customerId, 'PHONE', 'The silk arrived stained', fields);
  await step('staff', 'classifyComplaint', 'ClassifyComplaintInput', {
    id,
    category: 'PRODUCT_QUALITY',
    urgency,
    complexity: 'SIMPLE',
  });
  const assigned = await step('staff', 'assignComplaint', 'AssignComplaintInput', {
    id,
    notes: 'Check the dye lot',
  });
  const department = { sub: 'qc-1', roles: ['department_staff'], department: assigned.leadDepartment };
  await step(department, 'recordInvestigation', 'RecordInvestigationInput', { id, note: 'Dye lot 7 bled' });
  await step(department, 'recordRootCause', 'RecordRootCauseInput', {
    id,
    category: 'MATERIAL',
    what: 'Dye bleeding',
    why: 'A new dye supplier',
  });
  const proposed = await step(department, 'proposeSolution', 'ProposeSolutionInput', {
    id,
    description: 'A replacement and points for the trouble',
    compensation: { points },
  });
  const solutionId = proposed.solutions[0]!.id;
  await step('staff', 'recordCustomerResponse', 'RecordCustomerResponseInput', {
    id,
    solutionId,
    response: 'ACCEPT',
  });
  return { complaintId: id, solutionId };
}

/** The approval request opened for a complaint's solution. */
async function approvalFor(solutionId: string, as: Who<Person>) {
  return expectEventually(async () => {
    const { approvalRequests } = await call<{
      approvalRequests: {
        edges: {
          node: {
            id: string;
            type: string;
            status: string;
            expedited: boolean;
            requiredAuthority: string;
            reference: { id: string } | null;
          };
        }[];
      };
    }>(
      as,
      `{ approvalRequests(filter: { type: [COMPENSATION] }, first: 50) { edges { node { id type status expedited requiredAuthority reference { id } } } } }`,
    );
    const found = approvalRequests.edges.map((e) => e.node).find((r) => r.reference?.id === solutionId);
    expect(found).toBeDefined();
    return found!;
  });
}

describe("a complaint's compensation", () => {
  it('[DOMAIN 1.6] goes to approvals by the authority matrix; once the department head approves, loyalty credits the points', async () => {
    const customerId = await customerWhoSpent(call, 'staff', 'Guo Hua', '1000');
    const { solutionId } = await acceptedCompensation(customerId, 'HIGH', 2000);
    const head = { sub: 'head-qc', roles: ['department_head'], department: 'QUALITY_CONTROL' };
    const request = await approvalFor(solutionId, head);
    // 2,000 points at 100 to the yuan: 20 CNY, within a department head's authority.
    expect(request).toMatchObject({
      status: 'PENDING',
      expedited: false,
      requiredAuthority: 'DEPARTMENT_HEAD',
    });
    expect((await balance(customerId)).pointsBalance).toBe(1000);

    await call(
      head,
      `mutation($id: ID!) { decideApprovalRequest(input: { id: $id, decision: APPROVE }) { status } }`,
      {
        id: request.id,
      },
    );
    await expectEventually(async () => expect((await balance(customerId)).pointsBalance).toBe(3000));
  });

  it("[DOMAIN 3.6] an urgent complaint's points are credited at once and the approval is completed afterwards", async () => {
    const customerId = await customerWhoSpent(call, 'staff', 'Ma Lin', '1000');
    const { solutionId } = await acceptedCompensation(customerId, 'URGENT', 5000);
    await expectEventually(async () => expect((await balance(customerId)).pointsBalance).toBe(6000));
    const head = { sub: 'head-qc-2', roles: ['department_head'], department: 'QUALITY_CONTROL' };
    const request = await approvalFor(solutionId, head);
    expect(request).toMatchObject({ status: 'PENDING', expedited: true });
    const approved = await call<{ decideApprovalRequest: { status: string } }>(
      head,
      `mutation($id: ID!) { decideApprovalRequest(input: { id: $id, decision: APPROVE }) { status } }`,
      { id: request.id },
    );
    expect(approved.decideApprovalRequest.status).toBe('APPROVED');
    // Approving afterwards credits nothing twice.
    await new Promise((r) => setTimeout(r, 500));
    expect((await balance(customerId)).pointsBalance).toBe(6000);
  });
});
