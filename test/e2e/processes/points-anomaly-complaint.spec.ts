/**
 * A points-anomaly complaint: the classification freezes the customer's account within 2 working hours,
 * internal control investigates and releases it within 3 working days, and the missing points come back
 * as a compensation that approvals decides, loyalty credits and complaints shows done (DOMAIN 1.6, 2.6,
 * 3.1, 4.1).
 */
import { companyForFile, STAFF, utc } from './steps';

const company = companyForFile('2026-03-02T09:00:00+08:00');

const FREEZES = `query($id: ID!) { customer(id: $id) { status pointsBalance freezes {
  source complaintId reportedAt freezeDueAt frozenAt frozenOnTime investigationDueAt major unfrozenAt unfreezeReason }
  pointsLedger(first: 10) { edges { node { kind points source sourceId } } } } }`;

interface Account {
  status: string;
  pointsBalance: number;
  freezes: Record<string, unknown>[];
  pointsLedger: { edges: { node: { kind: string; points: number; source: string; sourceId: string } }[] };
}

const account = (id: string) => company.answer<Account>(STAFF.internalControl, FREEZES, { id });

describe('a points-anomaly complaint', () => {
  it('[DOMAIN 2.6][DOMAIN 1.6][DOMAIN 3.1][DOMAIN 4.1] freezes the account on classification, is investigated and released, and its compensation is approved by a department head and credited by loyalty', async () => {
    const customerId = await company.newCustomer('Lin Tao', { spend: '3000.00' });

    company.at('2026-03-02T10:00:00+08:00');
    const { id } = await company.fileComplaint({
      customerId,
      channel: 'WEB_CHAT',
      orderNumber: 'SO-2026-0217',
      description: 'The 2,000 points of my February order never arrived',
    });
    company.at('2026-03-02T10:10:00+08:00');
    const assigned = await company.handOver(
      id,
      { category: 'POINTS_ANOMALY', urgency: 'NORMAL', complexity: 'SIMPLE' },
      'Check the ledger of the February order',
    );
    expect(assigned).toMatchObject({ status: 'ASSIGNED', leadDepartment: 'SALES' });

    // Loyalty froze the account from the classification event, at once: on time, not a major case.
    const frozen = await company.partnerSees('care.loyalty.account.frozen.v1', { customerId });
    expect(frozen.data).toMatchObject({
      source: 'COMPLAINT',
      complaintId: id,
      reportedAt: utc('2026-03-02T10:10:00+08:00'),
      freezeDueAt: utc('2026-03-02T12:10:00+08:00'),
      frozenOnTime: true,
      investigationDueAt: utc('2026-03-05T10:10:00+08:00'),
      major: false,
    });
    const whileFrozen = await account(customerId);
    expect(whileFrozen).toMatchObject({ status: 'FROZEN', pointsBalance: 3000 });
    expect(whileFrozen.freezes).toEqual([
      expect.objectContaining({
        source: 'COMPLAINT',
        complaintId: id,
        frozenOnTime: true,
        unfrozenAt: null,
      }),
    ]);

    // Sales investigates the complaint; internal control checks the ledger, files its note and releases
    // the account on Tuesday, inside its 3 working days.
    company.at('2026-03-02T14:00:00+08:00');
    await company.investigate(STAFF.salesStaff, id, {
      note: 'The February order posted 1,000 points instead of 3,000',
      category: 'MACHINE',
      what: 'Points of one order were cut short',
      why: 'The points import rounded a split delivery as a return',
    });
    company.at('2026-03-03T15:00:00+08:00');
    await company.ok(
      STAFF.internalControl,
      `mutation($input: RecordAuditNoteInput!) { recordAuditNote(input: $input) { id } }`,
      {
        input: {
          action: 'points_anomaly.investigated',
          subjectType: 'Customer',
          subjectId: customerId,
          details: { complaintId: id, missingPoints: 2000 },
        },
      },
    );
    await company.ok(
      STAFF.internalControl,
      `mutation($id: ID!) { unfreezeAccount(customerId: $id, reason: "Ledger checked: 2,000 points missing, no fraud") { id } }`,
      { id: customerId },
    );
    const released = await account(customerId);
    expect(released.status).toBe('ACTIVE');
    expect(released.freezes[0]).toMatchObject({
      unfrozenAt: utc('2026-03-03T15:00:00+08:00'),
      unfreezeReason: 'Ledger checked: 2,000 points missing, no fraud',
    });
    await company.partnerSees('care.loyalty.account.unfrozen.v1', { customerId });

    // The missing points as a compensation: the customer accepts, approvals opens a request for 20 CNY.
    company.at('2026-03-03T16:00:00+08:00');
    const { complaint: accepted, solutionId } = await company.acceptedSolution(
      STAFF.salesStaff,
      id,
      { description: 'Credit the 2,000 missing points', compensation: { points: 2000 } },
      '2026-03-03T16:30:00+08:00',
    );
    expect(accepted.compensation).toMatchObject({
      solutionId,
      points: 2000,
      amount: '20.00',
      emergency: false,
      status: 'PENDING_APPROVAL',
    });
    const request = await company.approvalFor(solutionId);
    expect(request).toMatchObject({
      type: 'COMPENSATION',
      status: 'PENDING',
      amount: '20.00',
      requiredAuthority: 'DEPARTMENT_HEAD',
      expedited: false,
      reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
    });
    expect(request.steps.map((s) => s.authority)).toEqual(['DEPARTMENT_HEAD']);
    // The approver reads what the request approves through the gateway: the solution (from complaints),
    // and through it the complaint and the customer (from customers-and-loyalty).
    const { approvalRequest: asked } = await company.ok<{ approvalRequest: { subject: unknown } }>(
      STAFF.salesHead,
      `query($id: ID!) { approvalRequest(id: $id) { subject { __typename ... on Solution { id description
        compensation { points } response complaint { number category customer { id name } } } } } }`,
      { id: request.id },
    );
    expect(asked.subject).toEqual({
      __typename: 'Solution',
      id: solutionId,
      description: 'Credit the 2,000 missing points',
      compensation: { points: 2000 },
      response: 'ACCEPT',
      complaint: {
        number: accepted.number,
        category: 'POINTS_ANOMALY',
        customer: { id: customerId, name: 'Lin Tao' },
      },
    });
    // Nothing is credited before the approval.
    expect((await company.wallet(customerId)).pointsBalance).toBe(3000);

    company.at('2026-03-04T09:30:00+08:00');
    const approved = await company.decide(STAFF.salesHead, request.id, 'APPROVE');
    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: STAFF.salesHead.sub });
    // The complaint's solution leads to that request through the gateway (approvals adds it).
    const { complaint: withApproval } = await company.ok<{
      complaint: { solutions: { id: string; compensationApproval: Record<string, unknown> | null }[] };
    }>(
      STAFF.salesHead,
      `query($id: ID!) { complaint(id: $id) { solutions { id compensationApproval { id status requiredAuthority steps { authority decidedBy } } } } }`,
      { id },
    );
    expect(withApproval.solutions).toEqual([
      {
        id: solutionId,
        compensationApproval: {
          id: request.id,
          status: 'APPROVED',
          requiredAuthority: 'DEPARTMENT_HEAD',
          steps: [{ authority: 'DEPARTMENT_HEAD', decidedBy: STAFF.salesHead.sub }],
        },
      },
    ]);

    // Loyalty credits the points once, as a compensation of the solution; complaints shows it granted.
    await company.partnerSees('care.loyalty.points.earned.v1', {
      customerId,
      kind: 'COMPENSATE',
      points: 2000,
      balance: 5000,
      sourceId: solutionId,
    });
    const credited = await account(customerId);
    expect(credited.pointsBalance).toBe(5000);
    expect(credited.pointsLedger.edges.map((e) => e.node)).toContainEqual({
      kind: 'COMPENSATE',
      points: 2000,
      source: 'COMPLAINT',
      sourceId: solutionId,
    });
    const { complaint } = await company.ok<{ complaint: { compensation: Record<string, unknown> } }>(
      STAFF.csManager,
      `query($id: ID!) { complaint(id: $id) { compensation { status grantedAt decidedAt } } }`,
      { id },
    );
    expect(complaint.compensation).toEqual({
      status: 'GRANTED',
      grantedAt: utc('2026-03-04T09:30:00+08:00'),
      decidedAt: utc('2026-03-04T09:30:00+08:00'),
    });

    // The partner reads the same story: asked, decided, granted.
    await company.partnerSees('care.complaints.complaint.compensation_requested.v1', {
      complaintId: id,
      solutionId,
      customerId,
      points: 2000,
      amount: '20.00',
      emergency: false,
    });
    await company.partnerSees('care.approvals.request.decided.v1', {
      requestId: request.id,
      type: 'COMPENSATION',
      outcome: 'APPROVED',
      reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
    });
    await company.partnerSees('care.complaints.complaint.compensation_granted.v1', {
      complaintId: id,
      solutionId,
      points: 2000,
      emergency: false,
    });

    // Governance keeps the freeze, the investigation note, the release and the approval.
    const trail = await company.trailWith('customer', customerId, [
      'care.loyalty.account.frozen.v1',
      'points_anomaly.investigated',
      'care.loyalty.account.unfrozen.v1',
    ]);
    expect(trail.find((e) => e.action === 'points_anomaly.investigated')).toMatchObject({
      actor: expect.stringContaining(STAFF.internalControl.sub),
      details: { complaintId: id, missingPoints: 2000 },
    });
    await company.trailWith('approvalRequest', request.id, [
      'care.approvals.request.submitted.v1',
      'care.approvals.step.decided.v1',
      'care.approvals.request.decided.v1',
    ]);
  });
});
