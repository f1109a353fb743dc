/**
 * An URGENT complaint's compensation run as an emergency: credited at once, its approval to follow within
 * 2 working days. Nobody ratifies it in time, so approvals announces it overdue and governance opens a
 * serious violation of the person who asked and a rectification item for customer service; the late
 * ratification that follows credits nothing twice (DOMAIN 1.3, 3.6, 3.7, 4.4, 4.5).
 */
import { expectEventually } from '@care/testing';
import { companyForFile, EVENTUALLY, STAFF, utc } from './steps';

const company = companyForFile('2026-03-02T09:00:00+08:00');

const VIOLATIONS = `{ violations(filter: { category: "EMERGENCY_NOT_RATIFIED" }) { edges { node {
  id level category cases personId status source detectedFromEventType subjectType subjectId
  proposedPenalty { kind amount } opened { by at } } } } }`;

const RECTIFICATION = `query($violationId: String!) { rectificationItems(filter: { source: VIOLATION, sourceId: $violationId }) {
  edges { node { source sourceId severity status ownerDepartment deadline openedBy openedAt } } } }`;

interface ViolationView {
  id: string;
  level: string;
  personId: string | null;
  status: string;
  subjectId: string | null;
  proposedPenalty: { kind: string; amount: string | null };
  [field: string]: unknown;
}

describe('an URGENT compensation never ratified in time', () => {
  it('[DOMAIN 3.6][DOMAIN 4.5][DOMAIN 4.4][DOMAIN 3.7] is credited at once, announced overdue after its 2 working days, and opens a serious violation and a rectification item; the late ratification credits nothing twice', async () => {
    const customerId = await company.newCustomer('Xu Lan', { spend: '8000.00' });

    // Monday: a wedding dress arrived stained two days before the wedding; the press has called.
    company.at('2026-03-02T10:00:00+08:00');
    const { id } = await company.fileComplaint({
      customerId,
      channel: 'PHONE',
      description: 'The wedding dress arrived stained, two days before the wedding',
    });
    await company.handOver(
      id,
      { category: 'PRODUCT_QUALITY', urgency: 'URGENT', complexity: 'SIMPLE' },
      'Emergency: replace the dress today',
    );
    await company.partnerSees('care.complaints.complaint.emergency_started.v1', {
      complaintId: id,
      notify: 'leadership_group',
    });
    await company.investigate(STAFF.qcStaff, id, {
      note: 'The dress was packed wet at the warehouse',
      category: 'METHOD',
      what: 'A stain from packing',
      why: 'Packed before the steam dried',
    });
    const { complaint: accepted, solutionId } = await company.acceptedSolution(
      STAFF.qcStaff,
      id,
      {
        description: 'A new dress by courier today, and 50,000 points for the trouble',
        compensation: { points: 50_000 },
      },
      '2026-03-02T11:00:00+08:00',
    );
    expect(accepted.compensation).toMatchObject({
      points: 50_000,
      amount: '500.00',
      emergency: true,
      status: 'GRANTED_PENDING_APPROVAL',
      grantedAt: utc('2026-03-02T11:00:00+08:00'),
    });

    // Credited at once; the approval opens expedited, to be ratified by Wednesday 11:00.
    await company.partnerSees('care.loyalty.points.earned.v1', {
      customerId,
      kind: 'COMPENSATE',
      points: 50_000,
      sourceId: solutionId,
    });
    expect((await company.wallet(customerId)).pointsBalance).toBe(58_000);
    const request = await company.approvalFor(solutionId);
    expect(request).toMatchObject({
      type: 'COMPENSATION',
      status: 'PENDING',
      expedited: true,
      requestedBy: STAFF.csSpecialist.sub,
      ratificationDueAt: utc('2026-03-04T11:00:00+08:00'),
      ratificationOverdue: false,
    });

    // Wednesday 11:00 has passed without a decision: Thursday's run of the job announces it, once.
    company.at('2026-03-05T10:00:00+08:00');
    await company.runJob('approvals', 'emergency-ratification');
    await company.runJob('approvals', 'emergency-ratification');
    expect(await company.approval(request.id)).toMatchObject({
      status: 'PENDING',
      ratificationOverdue: true,
    });
    const overdue = await company.partnerSees('care.approvals.emergency.ratification_overdue.v1', {
      requestId: request.id,
      type: 'COMPENSATION',
      requestedBy: STAFF.csSpecialist.sub,
      ratificationDueAt: utc('2026-03-04T11:00:00+08:00'),
      status: 'PENDING',
      reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
    });

    // Governance: a serious violation of the person who asked (500 CNY proposed), open until compliance
    // reports, and an ordinary rectification item for customer service, due 7 working days later.
    const opened = await company.partnerSees('care.governance.violation.opened.v1', {
      level: 'SERIOUS',
      category: 'EMERGENCY_NOT_RATIFIED',
      status: 'OPEN',
      personId: STAFF.csSpecialist.sub,
      source: 'DETECTED',
      subject: { type: 'approval_request', id: request.id },
      detectedFrom: { eventType: overdue.type, eventId: overdue.id },
      proposedPenalty: { kind: 'FINE', amount: '500.00' },
    });
    const { violations } = await company.ok<{ violations: { edges: { node: ViolationView }[] } }>(
      STAFF.compliance,
      VIOLATIONS,
    );
    expect(violations.edges.map((e) => e.node)).toEqual([
      {
        id: opened.data.violationId,
        level: 'SERIOUS',
        category: 'EMERGENCY_NOT_RATIFIED',
        cases: 1,
        personId: STAFF.csSpecialist.sub,
        status: 'OPEN',
        source: 'DETECTED',
        detectedFromEventType: overdue.type,
        subjectType: 'approval_request',
        subjectId: request.id,
        proposedPenalty: { kind: 'FINE', amount: '500.00' },
        opened: { by: expect.any(String), at: utc('2026-03-05T10:00:00+08:00') },
      },
    ]);
    const violationId = violations.edges[0]!.node.id;
    const item = await company.partnerSees('care.governance.rectification.opened.v1', {
      sourceId: violationId,
    });
    const { rectificationItems } = await company.ok<{
      rectificationItems: { edges: { node: Record<string, unknown> }[] };
    }>(STAFF.compliance, RECTIFICATION, { violationId });
    expect(rectificationItems.edges.map((e) => e.node)).toEqual([
      {
        source: 'VIOLATION',
        sourceId: violationId,
        severity: 'ORDINARY',
        status: 'OPEN',
        ownerDepartment: 'CUSTOMER_SERVICE',
        deadline: utc('2026-03-16T10:00:00+08:00'),
        openedBy: expect.any(String),
        openedAt: utc('2026-03-05T10:00:00+08:00'),
      },
    ]);
    expect(item.data).toMatchObject({ source: 'VIOLATION', ownerDepartment: 'CUSTOMER_SERVICE' });

    // The department head ratifies late, with the written explanation a late decision needs.
    company.at('2026-03-05T14:00:00+08:00');
    const ratified = await company.ok<{ decideApprovalRequest: { status: string; decidedLate: boolean } }>(
      STAFF.qcHead,
      `mutation($id: ID!) { decideApprovalRequest(input: { id: $id, decision: APPROVE,
        overdueExplanation: "The head was at the supplier audit all week" }) { status decidedLate } }`,
      { id: request.id },
    );
    expect(ratified.decideApprovalRequest).toEqual({ status: 'APPROVED', decidedLate: true });
    await expectCompensation(id, 'APPROVED_AFTERWARDS');
    expect((await company.wallet(customerId)).pointsBalance).toBe(58_000);
    const credits = company
      .partnerEvents()
      .filter((e) => e.type === 'care.loyalty.points.earned.v1' && e.data.sourceId === solutionId);
    expect(credits).toHaveLength(1);
    expect(
      company.partnerEvents().filter((e) => e.type === 'care.approvals.emergency.ratification_overdue.v1'),
    ).toHaveLength(1);

    // The audit trail of the request keeps the emergency's overdue announcement.
    await company.trailWith('approvalRequest', request.id, [
      'care.approvals.request.submitted.v1',
      'care.approvals.emergency.ratification_overdue.v1',
      'care.approvals.request.decided.v1',
    ]);
  });
});

async function expectCompensation(complaintId: string, status: string): Promise<void> {
  await expectEventually(async () => {
    const complaint = await company.answer<{ compensation: { status: string } }>(
      STAFF.csManager,
      `query($id: ID!) { complaint(id: $id) { compensation { status } } }`,
      { id: complaintId },
    );
    expect(complaint.compensation.status).toBe(status);
  }, EVENTUALLY);
}
