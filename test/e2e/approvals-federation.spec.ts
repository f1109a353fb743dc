/**
 * Approvals joined with what they approve, through the gateway over the real services: a customer's
 * redemptions with their approval steps, a request's subject with its customer, and a regular expense
 * travelling its route step by step; a real NATS subscriber reads the approvals stream as a partner would.
 */
import { errorCodes, expectEventually, type TestActor } from '@care/testing';
import { customerWhoSpent, peopleForFile, type D } from './people';

const PEOPLE = {
  /** Serves customers and records their purchases and redemptions. */
  staff: { sub: 'staff-fed-1', roles: ['cs_manager', 'sales'] },
  /** Reads everything this file checks: customers and every approval request. */
  auditor: { sub: 'auditor-fed-1', roles: ['audit'] },
  gm: { sub: 'gm-fed-1', roles: ['gm'] },
  supervisor: { sub: 'supervisor-fed-1', roles: ['loyalty_supervisor'] },
  headOfSales: { sub: 'head-sales-1', roles: ['department_head'], department: 'SALES' },
  control: { sub: 'control-1', roles: ['internal_control'] },
  finance: { sub: 'finance-1', roles: ['finance'] },
  vp: { sub: 'vp-1', roles: ['vp'] },
  /** Holds none of the roles on the regular route. */
  outsider: { sub: 'outsider-1', roles: ['sales', 'cs_manager'], department: 'SALES' },
  /** Asks for the expense while holding every role of its route: asking is what stops them. */
  applicant: {
    sub: 'applicant-1',
    roles: ['department_head', 'internal_control', 'finance', 'vp'],
    department: 'SALES',
  },
} satisfies Record<string, TestActor>;
type Person = keyof typeof PEOPLE;

const graph = peopleForFile(PEOPLE, ['CARE_APPROVALS']);
const { raw, call } = graph;
/** What the partner has read of the stream. */
const partner = () => graph.tap('CARE_APPROVALS');

const redeem = async (customerId: string, points: number) =>
  (
    await call(
      'staff',
      `mutation($id: ID!, $points: Int!, $key: String!) { requestRedemption(input: { customerId: $id, points: $points, idempotencyKey: $key }) { id } }`,
      { id: customerId, points, key: `fed-${points}` },
    )
  ).requestRedemption.id as string;

/** The approval request of a redemption, once approvals has opened it (it follows loyalty's event). */
const approvalOfRedemption = (id: string) =>
  expectEventually(async () => {
    const { redemption } = await call(
      'auditor',
      `query($id: ID!) { redemption(id: $id) { approval { id currentStep { position } } } }`,
      { id },
    );
    expect(redemption.approval).not.toBeNull();
    return redemption.approval as { id: string; currentStep: { position: number } };
  });

const DECIDE = `mutation($id: ID!, $step: Int) { decideApprovalRequest(input: { id: $id, decision: APPROVE, step: $step }) {
  status currentStep { position authority } } }`;

describe("a customer's redemptions with their approvals", () => {
  it("[DOMAIN 3.1] one query reads a customer's redemptions, each with its approval's steps and who decided them", async () => {
    const customerId = await customerWhoSpent(call, 'staff', 'Zhou Min', '700000');
    const large = await redeem(customerId, 600_000); // 6,000 CNY: the GM
    const small = await redeem(customerId, 100_000); // 1,000 CNY: the loyalty supervisor
    const largeApproval = await approvalOfRedemption(large);
    const smallApproval = await approvalOfRedemption(small);
    await call('gm', DECIDE, { id: largeApproval.id, step: 1 });
    await call('supervisor', DECIDE, { id: smallApproval.id, step: 1 });
    await expectEventually(async () => {
      const { customer } = await call(
        'staff',
        `query($id: ID!) { customer(id: $id) { pointsBalance lockedPoints } }`,
        { id: customerId },
      );
      expect(customer).toEqual({ pointsBalance: 0, lockedPoints: 0 });
    });

    const { customer } = await call(
      'auditor',
      `query($id: ID!) { customer(id: $id) { name redemptions(first: 10) { totalCount edges { node {
        id points value status approval { id type amount status requiredAuthority
          steps { position authority decision decidedBy decidedAt } } } } } } }`,
      { id: customerId },
    );
    const decidedAt = expect.any(String);
    expect(customer).toEqual({
      name: 'Zhou Min',
      redemptions: {
        totalCount: 2,
        edges: [
          {
            node: {
              id: small,
              points: 100_000,
              value: '1000.00',
              status: 'COMPLETED',
              approval: {
                id: smallApproval.id,
                type: 'POINTS_REDEMPTION',
                amount: '1000.00',
                status: 'APPROVED',
                requiredAuthority: 'LOYALTY_SUPERVISOR',
                steps: [
                  {
                    position: 1,
                    authority: 'LOYALTY_SUPERVISOR',
                    decision: 'APPROVE',
                    decidedBy: PEOPLE.supervisor.sub,
                    decidedAt,
                  },
                ],
              },
            },
          },
          {
            node: {
              id: large,
              points: 600_000,
              value: '6000.00',
              status: 'COMPLETED',
              approval: {
                id: largeApproval.id,
                type: 'POINTS_REDEMPTION',
                amount: '6000.00',
                status: 'APPROVED',
                requiredAuthority: 'GM',
                steps: [
                  { position: 1, authority: 'GM', decision: 'APPROVE', decidedBy: PEOPLE.gm.sub, decidedAt },
                ],
              },
            },
          },
        ],
      },
    });
    // The decisions reached the stream, where loyalty (and any partner) learns of them.
    const decided = partner().events.filter(
      (e) =>
        e.type === 'care.approvals.request.decided.v1' &&
        [largeApproval.id, smallApproval.id].includes(e.data.requestId as string),
    );
    expect(decided.map((e) => [(e.data.reference as { id: string }).id, e.data.outcome]).sort()).toEqual(
      [
        [large, 'APPROVED'],
        [small, 'APPROVED'],
      ].sort(),
    );

    // The customer reads their own redemptions, but no approval: that part is refused, the rest answered.
    const own = await raw(
      { sub: customerId, roles: ['customer'] },
      `query($id: ID!) { customer(id: $id) { redemptions { edges { node { id approval { id } } } } } }`,
      { id: customerId },
    );
    expect(own.data?.customer.redemptions.edges).toEqual([
      { node: { id: small, approval: null } },
      { node: { id: large, approval: null } },
    ]);
    expect([...new Set(errorCodes(own))]).toEqual(['FORBIDDEN']);
  });
});

describe("an approval request's subject", () => {
  it('[DOMAIN 3.1] opens the redemption, discount or campaign being decided, with its customer, in one query', async () => {
    const customerId = await customerWhoSpent(call, 'staff', 'Chen Jing', '250000');
    await call(
      'headOfSales',
      `mutation($id: ID!) { overrideTier(input: { customerId: $id, tier: PLATINUM, reason: "Spend this year" }) { tier } }`,
      { id: customerId },
    );
    const redemption = await redeem(customerId, 20_000);
    const { issueDiscount } = await call(
      'staff',
      `mutation($id: ID!) { issueDiscount(input: { customerId: $id, kind: PLATINUM_EXCLUSIVE, value: "3000" }) { id status } }`,
      { id: customerId },
    );
    expect(issueDiscount.status).toBe('PENDING_APPROVAL');
    const { createCampaign } = await call(
      'staff',
      `mutation { createCampaign(input: { name: "Autumn silk evening", type: "APPRECIATION_EVENT", targetTiers: [PLATINUM], budget: "8000", startsOn: "2026-10-01", endsOn: "2026-10-31" }) { id } }`,
    );
    await call('headOfSales', `mutation($id: ID!) { submitCampaign(id: $id) { status } }`, {
      id: createCampaign.id,
    });

    const ours = [redemption, issueDiscount.id, createCampaign.id];
    const SUBJECTS = `{ approvalRequests(filter: { type: [POINTS_REDEMPTION, DISCOUNT, CAMPAIGN] }, first: 50) {
      edges { node { type amount subject { __typename
        ... on Redemption { id points redemptionStatus: status customer { name tier } }
        ... on Discount { id kind value discountStatus: status customer { name tier } approval { type } }
        ... on Campaign { id name budget campaignStatus: status approval { type } } } } } } }`;
    const requests = await expectEventually(async () => {
      const found = (await call('gm', SUBJECTS)).approvalRequests.edges
        .map((e: D) => e.node)
        .filter((r: D) => ours.includes(r.subject?.id));
      expect(found).toHaveLength(3);
      return found;
    });
    const byType = Object.fromEntries(requests.map((r: D) => [r.type, r]));
    expect(byType).toEqual({
      POINTS_REDEMPTION: {
        type: 'POINTS_REDEMPTION',
        amount: '200.00',
        subject: {
          __typename: 'Redemption',
          id: redemption,
          points: 20_000,
          redemptionStatus: 'PENDING_APPROVAL',
          customer: { name: 'Chen Jing', tier: 'PLATINUM' },
        },
      },
      DISCOUNT: {
        type: 'DISCOUNT',
        amount: '3000.00',
        subject: {
          __typename: 'Discount',
          id: issueDiscount.id,
          kind: 'PLATINUM_EXCLUSIVE',
          value: '3000.00',
          discountStatus: 'PENDING_APPROVAL',
          customer: { name: 'Chen Jing', tier: 'PLATINUM' },
          approval: { type: 'DISCOUNT' },
        },
      },
      CAMPAIGN: {
        type: 'CAMPAIGN',
        amount: '8000.00',
        subject: {
          __typename: 'Campaign',
          id: createCampaign.id,
          name: 'Autumn silk evening',
          budget: '8000.00',
          campaignStatus: 'PENDING_APPROVAL',
          approval: { type: 'CAMPAIGN' },
        },
      },
    });

    // The discount is read on its own, with its approval's chain (DOMAIN 3.1: a Platinum discount, the head).
    const { discount } = await call(
      'auditor',
      `query($id: ID!) { discount(id: $id) { kind customer { id } approval { requiredAuthority currentStep { authority department } } } }`,
      { id: issueDiscount.id },
    );
    expect(discount).toEqual({
      kind: 'PLATINUM_EXCLUSIVE',
      customer: { id: customerId },
      approval: {
        requiredAuthority: 'DEPARTMENT_HEAD',
        currentStep: { authority: 'DEPARTMENT_HEAD', department: null },
      },
    });

    // A request submitted directly approves nothing the graph holds.
    const { submitApprovalRequest } = await call(
      'outsider',
      `mutation { submitApprovalRequest(input: { type: EXPENSE, title: "Samples", amount: "500" }) { subject { __typename } } }`,
    );
    expect(submitApprovalRequest).toEqual({ subject: null });
  });
});

describe('a regular 30,000 CNY expense', () => {
  const ROUTE: [Person, string][] = [
    ['headOfSales', 'DEPARTMENT_HEAD'],
    ['control', 'INTERNAL_CONTROL'],
    ['finance', 'FINANCE'],
    ['vp', 'VP'],
  ];

  it('[DOMAIN 3.1, 3.2] goes to the VP and travels applicant department -> internal control -> finance -> VP with four different people; a fifth is refused at every step, the applicant at every step', async () => {
    const { submitApprovalRequest: request } = await call(
      'applicant',
      `mutation { submitApprovalRequest(input: { type: EXPENSE, title: "Trade fair stand, Canton Fair", amount: "30000.00" }) {
        id requiredAuthority department steps { position authority department } } }`,
    );
    expect(request).toMatchObject({
      requiredAuthority: 'VP',
      department: 'SALES',
      steps: ROUTE.map(([, authority], i) => ({
        position: i + 1,
        authority,
        department: authority === 'DEPARTMENT_HEAD' ? 'SALES' : null,
      })),
    });

    for (const [index, [approver, authority]] of ROUTE.entries()) {
      const step = index + 1;
      const outsider = await raw('outsider', DECIDE, { id: request.id, step });
      expect([step, errorCodes(outsider)]).toEqual([step, ['FORBIDDEN']]);
      const own = await raw('applicant', DECIDE, { id: request.id, step });
      expect([step, errorCodes(own), own.errors?.[0]?.message]).toEqual([
        step,
        ['FORBIDDEN'],
        'nobody decides a request of their own',
      ]);
      const decided = (await call(approver, DECIDE, { id: request.id, step })).decideApprovalRequest;
      expect([authority, decided]).toEqual([
        authority,
        step < ROUTE.length
          ? { status: 'PENDING', currentStep: { position: step + 1, authority: ROUTE[step]![1] } }
          : { status: 'APPROVED', currentStep: null },
      ]);
    }

    const { approvalRequest } = await call(
      'auditor',
      `query($id: ID!) { approvalRequest(id: $id) { status decidedBy steps { authority decision decidedBy } } }`,
      { id: request.id },
    );
    expect(approvalRequest).toEqual({
      status: 'APPROVED',
      decidedBy: PEOPLE.vp.sub,
      steps: ROUTE.map(([who, authority]) => ({
        authority,
        decision: 'APPROVE',
        decidedBy: PEOPLE[who].sub,
      })),
    });
    // The stream has one decision per step, by the four people, and nothing from the refused attempts.
    const steps = await expectEventually(() => {
      const found = partner().events.filter(
        (e) => e.type === 'care.approvals.step.decided.v1' && e.data.requestId === request.id,
      );
      expect(found).toHaveLength(4);
      return found;
    });
    expect(steps.map((e) => [e.data.position, e.data.authority, e.data.decidedBy])).toEqual(
      ROUTE.map(([who, authority], i) => [i + 1, authority, PEOPLE[who].sub]),
    );
    await expectEventually(() =>
      expect(
        partner().events.some(
          (e) =>
            e.type === 'care.approvals.request.decided.v1' &&
            e.data.requestId === request.id &&
            e.data.outcome === 'APPROVED',
        ),
      ).toBe(true),
    );
  });
});
