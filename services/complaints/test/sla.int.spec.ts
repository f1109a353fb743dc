import { expectEventually } from '@care/testing';
import { complaintsHarness, GET, M, type C } from './harness';

// The SLA clocks on the working calendar, and the emergency procedure’s compensation (DOMAIN 1.3, 1.6).

const h = complaintsHarness('complaints_sla');

describe('the SLA breach job on the working calendar', () => {
  it('[DOMAIN 1.3] marks an URGENT complaint late across the Labour Day holiday, emits sla_breached and escalates, once', async () => {
    h.clock.set('2026-04-30T08:00:00Z'); // Thu 30 April 16:00; 1-5 May are days off
    const c = await h.walk('ASSIGNED', { urgency: 'URGENT' });
    expect(c.sla).toMatchObject({
      firstResponseDueAt: '2026-04-30T09:00:00.000Z',
      resolutionDueAt: '2026-05-06T08:00:00.000Z',
    });
    h.clock.set('2026-04-30T08:59:00Z');
    expect(await h.detectSlaBreaches()).toEqual([]);
    h.clock.set('2026-04-30T09:30:00Z');
    expect(await h.detectSlaBreaches()).toEqual([c.id]);
    expect(await h.detectSlaBreaches()).toEqual([]);
    let now = await h.complaintOf(c.id);
    expect(now).toMatchObject({
      escalation: 'CS_MANAGER',
      sla: { firstResponseBreached: true, resolutionBreached: false },
    });
    h.clock.set('2026-05-05T09:00:00Z'); // still the holiday: no working time passed
    expect(await h.detectSlaBreaches()).toEqual([]);
    h.clock.set('2026-05-06T08:30:00Z');
    expect(await h.detectSlaBreaches()).toEqual([c.id]);
    now = await h.complaintOf(c.id);
    expect(now).toMatchObject({
      escalation: 'LEADERSHIP_GROUP',
      sla: { firstResponseBreached: true, resolutionBreached: true },
    });
    await expectEventually(() => {
      expect(h.eventsOf(c.id, 'sla_breached').map((e) => [e.data.clock, e.data.dueAt])).toEqual([
        ['FIRST_RESPONSE', '2026-04-30T09:00:00.000Z'],
        ['RESOLUTION', '2026-05-06T08:00:00.000Z'],
      ]);
      expect(h.eventsOf(c.id, 'escalated').map((e) => [e.data.to, e.data.reason])).toEqual([
        ['CS_MANAGER', 'FIRST_RESPONSE_BREACHED'],
        ['LEADERSHIP_GROUP', 'RESOLUTION_BREACHED'],
      ]);
    });
    const breached = await h.call<{ complaints: { edges: { node: { id: string } }[] } }>(
      h.tokens.manager,
      `{ complaints(filter: { breached: true }, first: 100) { edges { node { id } } } }`,
    );
    expect(breached.complaints.edges.map((e) => e.node.id)).toContain(c.id);
  });

  it('[DOMAIN 1.3] counts the make-up working day (Sat 9 May 2026), and a timely first response is no breach', async () => {
    h.clock.set('2026-05-08T09:00:00Z'); // Fri 8 May 17:00
    const late = await h.walk('RECEIVED');
    const answered = await h.walk('RECEIVED');
    expect(late.sla.firstResponseDueAt).toBe('2026-05-09T09:00:00.000Z'); // Sat 17:00 (make-up day)
    h.clock.set('2026-05-09T02:00:00Z');
    await h.call(h.tokens.specialist, M.message, { input: { id: answered.id, message: 'We are on it' } });
    h.clock.set('2026-05-09T08:59:00Z');
    expect(await h.detectSlaBreaches()).toEqual([]);
    h.clock.set('2026-05-09T09:01:00Z');
    expect(await h.detectSlaBreaches()).toEqual([late.id]);
    expect((await h.complaintOf(answered.id)).sla).toMatchObject({
      firstRespondedAt: '2026-05-09T02:00:00.000Z',
      firstResponseBreached: false,
    });
  });

  it('[DOMAIN 1.3] the clocks stand still while the complaint waits for the customer, across a weekend', async () => {
    h.clock.set('2026-03-06T08:00:00Z'); // Fri 6 March 16:00
    const c = await h.walk('SOLUTION_PROPOSED', { urgency: 'URGENT' });
    expect(c.sla.paused).toBe(true);
    h.clock.set('2026-03-20T08:00:00Z');
    expect(await h.detectSlaBreaches()).not.toContain(c.id);
    h.clock.set('2026-03-09T03:00:00Z'); // the customer answers Mon 11:00: Fri 16-18 + Mon 9-11 = 4 working hours waited
    const answered = (
      await h.call<{ recordCustomerResponse: C }>(h.tokens.specialist, M.respond, {
        input: { id: c.id, solutionId: c.solutions[0].id, response: 'ACCEPT' },
      })
    ).recordCustomerResponse;
    expect(answered.sla).toMatchObject({
      paused: false,
      pausedWorkingHours: 4,
      resolutionDueAt: '2026-03-10T03:00:00.000Z',
    });
  });
});

describe('emergency compensation', () => {
  it('[DOMAIN 1.6] an URGENT complaint’s compensation is granted at once and its approval recorded afterwards', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const c = await h.walk('SOLUTION_ACCEPTED', {
      urgency: 'URGENT',
      category: 'POINTS_ANOMALY',
      compensation: { points: 30000 },
    });
    expect(c.compensation).toMatchObject({
      emergency: true,
      status: 'GRANTED_PENDING_APPROVAL',
      amount: '300.00',
    });
    await expectEventually(() => {
      expect(h.eventsOf(c.id, 'compensation_granted').map((e) => e.data)).toEqual([
        expect.objectContaining({ points: 30000, emergency: true, customerId: c.customer.id }),
      ]);
      expect(h.eventsOf(c.id, 'compensation_requested')[0]?.data).toMatchObject({
        emergency: true,
        amount: '300.00',
      });
    });
    const solutionId = c.solutions[0].id;
    // A decision about someone else's request is not ours.
    await h.approvalDecided(solutionId, {
      type: 'POINTS_REDEMPTION',
      reference: { service: 'loyalty', aggregate: 'redemption', id: solutionId },
      outcome: 'REJECTED',
      amount: '300.00',
      decidedAt: '2026-03-02T05:00:00.000Z',
      reason: 'no',
    });
    await h.approvalDecided(solutionId, {
      outcome: 'APPROVED',
      amount: '300.00',
      decidedAt: '2026-03-02T06:00:00.000Z',
    });
    await expectEventually(async () =>
      expect((await h.complaintOf(c.id)).compensation.status).toBe('APPROVED_AFTERWARDS'),
    );
    expect(h.eventsOf(c.id, 'compensation_granted')).toHaveLength(1);
    const staff = await h.call<{ complaint: C }>(h.tokens.qcStaff, GET, { id: c.id });
    expect(staff.complaint.internalTimeline.map((e: C) => e.action)).toContain(
      'COMPENSATION_APPROVED_AFTERWARDS',
    );
  });
});
