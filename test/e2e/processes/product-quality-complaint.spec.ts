/**
 * A product-quality complaint from phone intake to the follow-up visit and closing: the department's first
 * proposal is rejected by the customer, the revised one accepted (DOMAIN 1.1-1.9, 1.12), on a clock that
 * runs through a working week.
 */
import { companyForFile, STAFF, utc } from './steps';

const company = companyForFile('2026-03-02T09:00:00+08:00');

const CLOSE = `mutation($input: CloseComplaintInput!) { closeComplaint(input: $input) {
  status report { cause handlingIssues solutionEffective }
  handover { urgency notes customerExpectedBy }
  rootCause { category what why }
  feedback { satisfaction resultToldToCustomer }
  timeline { action status actorRole }
  customer { id name tier } } }`;

describe('a product-quality complaint, phone intake to closing', () => {
  it('[DOMAIN 1.1][DOMAIN 1.2][DOMAIN 1.3][DOMAIN 1.4][DOMAIN 1.5][DOMAIN 1.6][DOMAIN 1.7][DOMAIN 1.8][DOMAIN 1.9][DOMAIN 1.12] is taken by phone, handed to quality control, solved by a second proposal after the customer rejected the first, visited and closed within its service levels', async () => {
    const customerId = await company.newCustomer('Wang Fang', { spend: '4200.00' });

    // Monday 10:00, inside working hours: accepted, the answer expected by the first-response due time.
    company.at('2026-03-02T10:00:00+08:00');
    const filed = await company.fileComplaint({
      customerId,
      channel: 'PHONE',
      orderNumber: 'SO-2026-0301',
      productModel: 'Silk scarf SS-12',
      description: 'The scarf frayed along the seam after one wash',
      expectedResolution: 'A new scarf',
    });
    const id = filed.id;
    expect(filed).toMatchObject({
      status: 'RECEIVED',
      kind: 'COMPLAINT',
      channel: 'PHONE',
      urgency: 'NORMAL',
    });
    expect(filed.number).toMatch(/^CP-2026-\d{6}$/);
    expect(filed.receivedAt).toBe(utc('2026-03-02T10:00:00+08:00'));
    expect(filed.acknowledgement).toEqual({
      accepted: true,
      expectedAnswerBy: utc('2026-03-03T10:00:00+08:00'),
    });

    // 10:20 classified HIGH (4 working hours / 3 working days); 10:30 handed to quality control.
    company.at('2026-03-02T10:20:00+08:00');
    const classified = await company.complaintStep(STAFF.csSpecialist, 'classifyComplaint', {
      id,
      category: 'PRODUCT_QUALITY',
      urgency: 'HIGH',
      complexity: 'SIMPLE',
    });
    expect(classified.sla).toMatchObject({
      tier: 'MEMBER',
      firstResponseTargetHours: 4,
      resolutionTargetHours: 27,
      firstResponseDueAt: utc('2026-03-02T14:00:00+08:00'),
      resolutionDueAt: utc('2026-03-05T10:00:00+08:00'),
      provisional: false,
    });
    company.at('2026-03-02T10:30:00+08:00');
    const assigned = await company.complaintStep(STAFF.csManager, 'assignComplaint', {
      id,
      notes: 'Check the seam of lot 2026-02; the customer expects an answer by Wednesday',
      customerExpectedBy: utc('2026-03-04T18:00:00+08:00'),
    });
    expect(assigned).toMatchObject({
      status: 'ASSIGNED',
      departments: ['QUALITY_CONTROL'],
      leadDepartment: 'QUALITY_CONTROL',
    });
    // Only the department the complaint was handed to investigates it.
    expect(
      await company.complaintStepRefusal(STAFF.salesStaff, 'recordInvestigation', { id, note: 'Not ours' }),
    ).toBe('FORBIDDEN');

    // 11:00 customer service tells the customer: the first response, within its 4 hours.
    company.at('2026-03-02T11:00:00+08:00');
    const responded = await company.complaintStep(STAFF.csSpecialist, 'respondToCustomer', {
      id,
      message: 'Quality control is looking at your scarf; we call you back by Wednesday',
    });
    expect(responded.sla).toMatchObject({ firstRespondedAt: utc('2026-03-02T11:00:00+08:00') });

    company.at('2026-03-02T13:00:00+08:00');
    await company.investigate(STAFF.qcStaff, id, {
      note: 'Seams of lot 2026-02 sewn with a single stitch',
      category: 'METHOD',
      what: 'Seam frays after washing',
      why: 'A single stitch instead of a double one on one line',
    });

    // 15:00 first proposal; the customer has the ball and the clocks stand still until 17:00.
    company.at('2026-03-02T15:00:00+08:00');
    const first = await company.complaintStep(STAFF.qcStaff, 'proposeSolution', {
      id,
      description: 'Repair the seam free of charge',
    });
    expect(first).toMatchObject({ status: 'SOLUTION_PROPOSED', sla: { paused: true } });
    company.at('2026-03-02T17:00:00+08:00');
    const rejected = await company.complaintStep(STAFF.csSpecialist, 'recordCustomerResponse', {
      id,
      solutionId: first.solutions[0]!.id,
      response: 'REJECT',
      reason: 'The customer wants a new scarf, not a repaired one',
    });
    expect(rejected).toMatchObject({
      status: 'INVESTIGATING',
      sla: { paused: false, pausedWorkingHours: 2, resolutionDueAt: utc('2026-03-05T12:00:00+08:00') },
    });

    // Tuesday: the revised proposal, accepted after 1.5 working hours of waiting.
    company.at('2026-03-03T10:00:00+08:00');
    const second = await company.complaintStep(STAFF.qcStaff, 'proposeSolution', {
      id,
      description: 'Replace the scarf with one from the double-stitched lot',
    });
    company.at('2026-03-03T11:30:00+08:00');
    const accepted = await company.complaintStep(STAFF.csSpecialist, 'recordCustomerResponse', {
      id,
      solutionId: second.solutions[1]!.id,
      response: 'ACCEPT',
    });
    expect(accepted).toMatchObject({
      status: 'SOLUTION_ACCEPTED',
      compensation: null,
      sla: { pausedWorkingHours: 3.5, resolutionDueAt: utc('2026-03-05T13:30:00+08:00') },
    });
    expect(accepted.solutions.map((s) => [s.version, s.response])).toEqual([
      [1, 'REJECT'],
      [2, 'ACCEPT'],
    ]);

    company.at('2026-03-03T14:00:00+08:00');
    await company.complaintStep(STAFF.qcStaff, 'startImplementation', { id });
    // Wednesday 10:00: done in 18 working hours less 3.5 waiting; the visit falls 3 to 7 working days on.
    company.at('2026-03-04T10:00:00+08:00');
    const resolved = await company.complaintStep(STAFF.qcStaff, 'resolveComplaint', {
      id,
      summary: 'A new double-stitched scarf was sent by courier',
    });
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      followUpFrom: utc('2026-03-09T10:00:00+08:00'),
      followUpDueBy: utc('2026-03-13T10:00:00+08:00'),
      sla: {
        resolvedAt: utc('2026-03-04T10:00:00+08:00'),
        onTime: true,
        workingHoursToResolve: 14.5,
        firstResponseBreached: false,
        resolutionBreached: false,
      },
    });

    company.at('2026-03-04T15:00:00+08:00');
    await company.complaintStep(STAFF.csSpecialist, 'recordFeedback', {
      id,
      whatWasDone: 'The scarf was replaced',
      satisfaction: 4,
      resultToldToCustomer: true,
    });
    company.at('2026-03-10T10:00:00+08:00');
    const visited = await company.complaintStep(STAFF.csSpecialist, 'recordFollowUp', {
      id,
      outcome: 'The new scarf holds after three washes',
      newProblem: false,
    });
    expect(visited.followUps).toEqual([{ withinWindow: true, action: 'NONE', newProblem: false }]);

    // A HIGH complaint is signed off by the customer-service manager, not a specialist (DOMAIN 1.12).
    company.at('2026-03-10T11:00:00+08:00');
    const report = {
      cause: 'Single-stitched seams in lot 2026-02',
      handlingIssues: 'The first proposal did not meet what the customer expected',
      solutionEffective: true,
    };
    const signOff = { input: { id, report } };
    expect(await company.refusal(STAFF.csSpecialist, CLOSE, signOff)).toBe('FORBIDDEN');
    const { closeComplaint: closed } = await company.ok<{
      closeComplaint: {
        status: string;
        report: unknown;
        handover: unknown;
        rootCause: unknown;
        feedback: unknown;
        timeline: { action: string; status: string; actorRole: string }[];
        customer: { id: string; name: string; tier: string };
      };
    }>(STAFF.csManager, CLOSE, signOff);
    expect(closed).toMatchObject({
      status: 'CLOSED',
      report,
      handover: {
        urgency: 'HIGH',
        customerExpectedBy: utc('2026-03-04T18:00:00+08:00'),
        notes: expect.stringContaining('lot 2026-02'),
      },
      rootCause: { category: 'METHOD', what: 'Seam frays after washing' },
      feedback: { satisfaction: 4, resultToldToCustomer: true },
      // Loyalty's customer, joined by the gateway.
      customer: { id: customerId, name: 'Wang Fang', tier: 'MEMBER' },
    });
    expect(closed.timeline.map((t) => t.action)).toEqual(
      expect.arrayContaining(['SOLUTION_REJECTED', 'SOLUTION_ACCEPTED', 'RESOLVED', 'FOLLOW_UP', 'CLOSED']),
    );

    // The partner reads the whole story of the complaint, in order, with its key facts.
    await company.partnerSees('care.complaints.complaint.closed.v1', { complaintId: id });
    expect(company.typesAbout(id).filter((t) => !t.endsWith('step_recorded'))).toEqual([
      'complaints.complaint.received',
      'complaints.complaint.classified',
      'complaints.complaint.assigned',
      'complaints.complaint.solution_proposed',
      'complaints.complaint.solution_rejected',
      'complaints.complaint.solution_proposed',
      'complaints.complaint.solution_accepted',
      'complaints.complaint.resolved',
      'complaints.complaint.follow_up_recorded',
      'complaints.complaint.closed',
    ]);
    await company.partnerSees('care.complaints.complaint.received.v1', { channel: 'PHONE', customerId });
    await company.partnerSees('care.complaints.complaint.assigned.v1', {
      leadDepartment: 'QUALITY_CONTROL',
      urgency: 'HIGH',
      notify: 'department_head',
    });
    await company.partnerSees('care.complaints.complaint.solution_rejected.v1', {
      version: 1,
      rejections: 1,
    });
    await company.partnerSees('care.complaints.complaint.solution_accepted.v1', { version: 2 });
    await company.partnerSees('care.complaints.complaint.resolved.v1', {
      onTime: true,
      workingHoursToResolve: 14.5,
      followUpFrom: utc('2026-03-09T10:00:00+08:00'),
    });

    // Loyalty's customer lists the complaint (complaints' field on it), governance keeps every step.
    const { customer } = await company.ok<{
      customer: { complaints: { edges: { node: { id: string; status: string } }[] } };
    }>(
      STAFF.csManager,
      `query($id: ID!) { customer(id: $id) { complaints { edges { node { id status } } } } }`,
      {
        id: customerId,
      },
    );
    expect(customer.complaints.edges.map((e) => e.node)).toEqual([{ id, status: 'CLOSED' }]);
    const trail = await company.trailWith('complaint', id, [
      'care.complaints.complaint.received.v1',
      'care.complaints.complaint.solution_rejected.v1',
      'care.complaints.complaint.closed.v1',
    ]);
    expect(trail.find((e) => e.action === 'care.complaints.complaint.closed.v1')?.actor).toBe(
      `user:${STAFF.csManager.sub}`,
    );
  });
});
