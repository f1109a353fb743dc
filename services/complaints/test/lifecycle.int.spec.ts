import { randomUUID } from 'node:crypto';
import { approvalRequestDecided, tierChanged } from '@care/contracts';
import { expectEventually, testToken } from '@care/testing';
import { signOffRoles } from '../src/domain/access';
import {
  attempt,
  call,
  codesOf,
  customerToken,
  eventsOf,
  FILE,
  GET,
  M,
  publish,
  registerCustomer,
  registerCustomers,
  startHarness,
  walk,
  type C,
  type Harness,
} from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('complaints_life');
});

afterAll(async () => {
  await h?.close();
});

const MONDAY_10 = '2026-03-02T02:00:00Z'; // Mon 2 March 2026 10:00 Asia/Shanghai
const get = async (id: string, token = h.tokens.specialist) =>
  (await call<{ complaint: C }>(h, token, GET, { id })).complaint;

describe('intake', () => {
  it('[DOMAIN 1.1] takes complaints on every channel; inside working hours accepted with the answer time, outside with the start time', async () => {
    h.clock.set(MONDAY_10);
    const inside = await walk(h, 'RECEIVED', { channel: 'WEB_CHAT' });
    expect(inside.acknowledgement).toEqual({
      accepted: true,
      message: `Your complaint ${inside.number} has been accepted; expected answer by 2026-03-03 10:00 (Asia/Shanghai).`,
      handlingStartsAt: '2026-03-02T02:00:00.000Z',
      expectedAnswerBy: '2026-03-03T02:00:00.000Z',
    });
    h.clock.set('2026-03-07T02:00:00Z'); // Saturday 10:00
    const outside = await walk(h, 'RECEIVED', { channel: 'EMAIL' });
    expect(outside.acknowledgement).toMatchObject({
      accepted: false,
      handlingStartsAt: '2026-03-09T01:00:00.000Z',
      expectedAnswerBy: '2026-03-09T10:00:00.000Z', // one working day: Monday 09:00-18:00
    });
    expect(outside.acknowledgement.message).toContain('handling starts at 2026-03-09 09:00');
    for (const channel of ['PHONE', 'OTHER'])
      expect((await walk(h, 'RECEIVED', { channel })).channel).toBe(channel);
    await expectEventually(() => expect(eventsOf(h, outside.id, 'received')).toHaveLength(1));
  });

  it('[DOMAIN 1.2] files once per client key: a retry returns the same complaint and takes no number', async () => {
    h.clock.set(MONDAY_10);
    const input = {
      customerId: await registerCustomer(h),
      channel: 'PHONE',
      description: 'Parcel late',
      idempotencyKey: `k-${randomUUID()}`,
    };
    const [a, b] = await Promise.all([
      call<{ fileComplaint: C }>(h, h.tokens.specialist, FILE, { input }),
      call<{ fileComplaint: C }>(h, h.tokens.specialist, FILE, { input }),
    ]);
    const again = await call<{ fileComplaint: C }>(h, h.tokens.specialist, FILE, { input });
    expect(new Set([a.fileComplaint.id, b.fileComplaint.id, again.fileComplaint.id]).size).toBe(1);
    const rows = await h.db.query(
      `SELECT count(*)::int AS n FROM "${h.db.schema}".complaint WHERE customer_id = $1`,
      [input.customerId],
    );
    expect(rows[0]!.n).toBe(1);
    const next = await walk(h, 'RECEIVED');
    const serial = (n: string) => Number(n.slice(-6));
    expect(serial(next.number)).toBe(serial(a.fileComplaint.number) + 1);
  });
});

describe('classification', () => {
  it('[DOMAIN 1.3] a POINTS_ANOMALY classification is evented for loyalty; URGENT starts the emergency procedure with the shortest targets', async () => {
    h.clock.set(MONDAY_10);
    const c = await walk(h, 'CLASSIFIED', { category: 'POINTS_ANOMALY', urgency: 'URGENT' });
    expect(c).toMatchObject({
      status: 'CLASSIFIED',
      category: 'POINTS_ANOMALY',
      urgency: 'URGENT',
      complexity: 'SIMPLE',
    });
    expect(c.sla).toMatchObject({
      tier: 'MEMBER',
      firstResponseTargetHours: 1,
      resolutionTargetHours: 9,
      firstResponseDueAt: '2026-03-02T03:00:00.000Z',
      resolutionDueAt: '2026-03-03T02:00:00.000Z',
    });
    await expectEventually(() => {
      expect(eventsOf(h, c.id, 'classified')[0]?.data).toMatchObject({
        complaintId: c.id,
        customerId: c.customer.id,
        category: 'POINTS_ANOMALY',
        urgency: 'URGENT',
      });
      expect(eventsOf(h, c.id, 'emergency_started')[0]?.data).toMatchObject({ notify: 'leadership_group' });
    });
    expect(c.internalTimeline.map((e: C) => e.action)).toContain('EMERGENCY_STARTED');
  });

  it('[DOMAIN 1.3] a Diamond customer (from loyalty’s tier.changed) is served in half the time, across a weekend', async () => {
    const customerId = await registerCustomer(h);
    await publish(h, tierChanged, customerId, {
      customerId,
      from: 'PLATINUM',
      to: 'DIAMOND',
      reason: 'EVALUATION',
      evaluationYear: 2025,
      annualSpend: '612000.00',
      effectiveAt: '2026-01-12T02:00:00.000Z',
    });
    await expectEventually(async () => {
      const rows = await h.db.query(
        `SELECT tier FROM "${h.db.schema}".customer_tier WHERE customer_id = $1`,
        [customerId],
      );
      expect(rows).toEqual([{ tier: 'DIAMOND' }]);
    });
    h.clock.set('2026-03-06T09:00:00Z'); // Friday 17:00
    const c = await walk(h, 'CLASSIFIED', { customerId, urgency: 'HIGH' });
    expect(c.customerTier).toBe('DIAMOND');
    // HIGH: 4 h / 27 h, halved: 2 h / 13.5 h. Fri 17-18 (1 h), Mon 9 h, Tue 09:00 + 3.5 h.
    expect(c.sla).toMatchObject({
      tier: 'DIAMOND',
      firstResponseTargetHours: 2,
      resolutionTargetHours: 13.5,
      firstResponseDueAt: '2026-03-09T02:00:00.000Z',
      resolutionDueAt: '2026-03-10T04:30:00.000Z',
    });
  });
});

describe('assignment', () => {
  it('[DOMAIN 1.4] the routing table names the department; the written hand-over notifies its head', async () => {
    h.clock.set(MONDAY_10);
    const c = await walk(h, 'CLASSIFIED', { category: 'LOGISTICS_DELAY', urgency: 'HIGH' });
    const assigned = (
      await call<{ assignComplaint: C }>(h, h.tokens.manager, M.assign, {
        input: { id: c.id, notes: 'Customer waits since Friday', customerExpectedBy: '2026-03-04T10:00:00Z' },
      })
    ).assignComplaint;
    expect(assigned).toMatchObject({
      status: 'ASSIGNED',
      departments: ['LOGISTICS'],
      leadDepartment: 'LOGISTICS',
      handover: {
        urgency: 'HIGH',
        customerExpectedBy: '2026-03-04T10:00:00.000Z',
        notes: 'Customer waits since Friday',
      },
    });
    await expectEventually(() =>
      expect(eventsOf(h, c.id, 'assigned')[0]?.data).toMatchObject({
        departments: ['LOGISTICS'],
        leadDepartment: 'LOGISTICS',
        urgency: 'HIGH',
        notify: 'department_head',
        customerExpectedBy: '2026-03-04T10:00:00.000Z',
      }),
    );
  });

  it('[DOMAIN 1.4] several departments need a lead department named by the leadership group; the table is data', async () => {
    h.clock.set(MONDAY_10);
    const c = await walk(h, 'CLASSIFIED', { category: 'PRODUCT_QUALITY' });
    const input = { id: c.id, notes: 'Quality and logistics', additionalDepartments: ['LOGISTICS'] };
    expect(
      codesOf(
        await attempt(h, h.tokens.manager, M.assign, { input: { ...input, leadDepartment: 'LOGISTICS' } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codesOf(await attempt(h, h.tokens.leadership, M.assign, { input }))).toEqual(['BAD_USER_INPUT']);
    expect((await get(c.id)).status).toBe('CLASSIFIED');
    const a = (
      await call<{ assignComplaint: C }>(h, h.tokens.leadership, M.assign, {
        input: { ...input, leadDepartment: 'LOGISTICS' },
      })
    ).assignComplaint;
    expect(a).toMatchObject({ departments: ['QUALITY_CONTROL', 'LOGISTICS'], leadDepartment: 'LOGISTICS' });
    // Only the lead department proposes; other departments investigate.
    await call(h, h.tokens.qcStaff, M.investigate, { input: { id: c.id, note: 'Seams', evidence: [] } });
    await call(h, h.tokens.qcStaff, M.rootCause, {
      input: { id: c.id, category: 'MATERIAL', what: 'Seams', why: 'Thread' },
    });
    expect(
      codesOf(await attempt(h, h.tokens.qcStaff, M.propose, { input: { id: c.id, description: 'Replace' } })),
    ).toEqual(['FORBIDDEN']);
    expect(
      (
        await call<{ proposeSolution: C }>(h, h.tokens.logisticsStaff, M.propose, {
          input: { id: c.id, description: 'Replace' },
        })
      ).proposeSolution.status,
    ).toBe('SOLUTION_PROPOSED');

    await h.db.query(
      `UPDATE "${h.db.schema}".routing_rule SET department = 'PURCHASING' WHERE category = 'OTHER'`,
    );
    const other = await walk(h, 'ASSIGNED', { category: 'OTHER' });
    expect(other.departments).toEqual(['PURCHASING']);
  });
});

describe('investigation', () => {
  it('[DOMAIN 1.5] the department records notes, evidence and the root cause (fishbone, 5W2H); other departments may not', async () => {
    h.clock.set(MONDAY_10);
    const c = await walk(h, 'ASSIGNED');
    expect(
      codesOf(await attempt(h, h.tokens.logisticsStaff, M.investigate, { input: { id: c.id, note: 'x' } })),
    ).toEqual(['FORBIDDEN']);
    await call(h, h.tokens.qcStaff, M.investigate, {
      input: { id: c.id, note: 'Checked order SO-2026-0042', evidence: ['order.pdf', 'photo.jpg'] },
    });
    const bad = await attempt(h, h.tokens.qcStaff, M.rootCause, {
      input: { id: c.id, category: 'WEATHER', what: 'x', why: 'y' },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    const done = (
      await call<{ recordRootCause: C }>(h, h.tokens.qcHead, M.rootCause, {
        input: {
          id: c.id,
          category: 'METHOD',
          what: 'Wrong packing',
          why: 'No checklist',
          where: 'Warehouse 3',
          when: 'Feb 27',
          who: 'Night shift',
          how: 'Folded wet',
          howMuch: '12 rolls',
        },
      })
    ).recordRootCause;
    expect(done.status).toBe('INVESTIGATING');
    expect(done.investigation).toEqual([
      {
        note: 'Checked order SO-2026-0042',
        evidence: ['order.pdf', 'photo.jpg'],
        department: 'QUALITY_CONTROL',
      },
    ]);
    await expectEventually(() =>
      expect(eventsOf(h, c.id, 'step_recorded').map((e) => [e.data.step, e.data.department])).toEqual([
        ['INVESTIGATION_NOTE', 'QUALITY_CONTROL'],
        ['ROOT_CAUSE', null],
      ]),
    );
    expect(done.rootCause).toEqual({
      category: 'METHOD',
      what: 'Wrong packing',
      why: 'No checklist',
      where: 'Warehouse 3',
      when: 'Feb 27',
      who: 'Night shift',
      how: 'Folded wet',
      howMuch: '12 rolls',
    });
  });
});

describe('solutions', () => {
  it('[DOMAIN 1.6] proposals are revised until the customer accepts; 3 rejections escalate to the leadership group; only an accepted one is carried out', async () => {
    h.clock.set(MONDAY_10);
    let c = await walk(h, 'INVESTIGATING');
    for (let i = 1; i <= 3; i++) {
      c = (
        await call<{ proposeSolution: C }>(h, h.tokens.qcStaff, M.propose, {
          input: { id: c.id, description: `Offer ${i}` },
        })
      ).proposeSolution;
      expect(c.sla.paused).toBe(true);
      expect(codesOf(await attempt(h, h.tokens.qcStaff, M.implement, { input: { id: c.id } }))).toEqual([
        'INVALID_TRANSITION',
      ]);
      const noReason = await attempt(h, h.tokens.specialist, M.respond, {
        input: { id: c.id, solutionId: c.solutions[i - 1].id, response: 'REJECT' },
      });
      expect(codesOf(noReason)).toEqual(['BAD_USER_INPUT']);
      c = (
        await call<{ recordCustomerResponse: C }>(h, h.tokens.specialist, M.respond, {
          input: {
            id: c.id,
            solutionId: c.solutions[i - 1].id,
            response: 'REJECT',
            reason: `Too little ${i}`,
          },
        })
      ).recordCustomerResponse;
      expect(c.status).toBe('INVESTIGATING');
      expect(c.escalation).toBe(i < 3 ? 'NONE' : 'LEADERSHIP_GROUP');
    }
    c = (
      await call<{ proposeSolution: C }>(h, h.tokens.qcStaff, M.propose, {
        input: { id: c.id, description: 'Full replacement' },
      })
    ).proposeSolution;
    c = (
      await call<{ recordCustomerResponse: C }>(h, h.tokens.specialist, M.respond, {
        input: { id: c.id, solutionId: c.solutions[3].id, response: 'ACCEPT' },
      })
    ).recordCustomerResponse;
    expect(c.solutions.map((s: C) => [s.version, s.response, s.responseReason])).toEqual([
      [1, 'REJECT', 'Too little 1'],
      [2, 'REJECT', 'Too little 2'],
      [3, 'REJECT', 'Too little 3'],
      [4, 'ACCEPT', null],
    ]);
    c = (await call<{ startImplementation: C }>(h, h.tokens.qcStaff, M.implement, { input: { id: c.id } }))
      .startImplementation;
    expect(c.status).toBe('IMPLEMENTING');
    await expectEventually(() => {
      expect(eventsOf(h, c.id, 'escalated').map((e) => e.data)).toEqual([
        expect.objectContaining({ to: 'LEADERSHIP_GROUP', reason: 'SOLUTION_REJECTED_3_TIMES' }),
      ]);
      expect(eventsOf(h, c.id, 'solution_rejected')).toHaveLength(3);
      expect(eventsOf(h, c.id, 'solution_accepted')[0]?.data).toMatchObject({ version: 4 });
    });
  });

  it('[DOMAIN 1.6] two agents recording opposite responses to one proposal at once: exactly one wins, the other gets CONFLICT', async () => {
    h.clock.set(MONDAY_10);
    for (let round = 0; round < 3; round++) {
      const c = await walk(h, 'SOLUTION_PROPOSED');
      const solutionId = c.solutions[0].id;
      const results = await Promise.all([
        attempt(h, h.tokens.specialist, M.respond, {
          input: { id: c.id, solutionId, response: 'ACCEPT', expectedVersion: c.version },
        }),
        attempt(h, h.tokens.manager, M.respond, {
          input: { id: c.id, solutionId, response: 'REJECT', reason: 'Too slow', expectedVersion: c.version },
        }),
      ]);
      const codes = results.map((r) => codesOf(r));
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(codes.filter((x) => x.length)).toEqual([['CONFLICT']]);
      const after = await get(c.id);
      expect(after.version).toBe(c.version + 1);
      expect(after.solutions[0].response).toBe(
        (winners[0]!.data as C).recordCustomerResponse.solutions[0].response,
      );
    }
  });

  it('[DOMAIN 1.6] compensation goes to approvals; on approval it is granted for loyalty to credit', async () => {
    h.clock.set(MONDAY_10);
    const c = await walk(h, 'SOLUTION_ACCEPTED', {
      urgency: 'HIGH',
      compensation: { points: 5000, refundAmount: '120.50' },
    });
    expect(c.compensation).toMatchObject({
      amount: '170.50',
      emergency: false,
      status: 'PENDING_APPROVAL',
      points: 5000,
    });
    const solutionId = c.solutions[0].id;
    await expectEventually(() =>
      expect(eventsOf(h, c.id, 'compensation_requested')[0]?.data).toMatchObject({
        amount: '170.50',
        currency: 'CNY',
        emergency: false,
        reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
      }),
    );
    expect(eventsOf(h, c.id, 'compensation_granted')).toHaveLength(0);
    await publish(h, approvalRequestDecided, randomUUID(), {
      requestId: randomUUID(),
      type: 'COMPENSATION',
      reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
      outcome: 'APPROVED',
      amount: '170.50',
      currency: 'CNY',
      decidedAt: '2026-03-02T06:00:00.000Z',
      reason: null,
    });
    await expectEventually(() =>
      expect(eventsOf(h, c.id, 'compensation_granted')[0]?.data).toMatchObject({
        solutionId,
        customerId: c.customer.id,
        points: 5000,
        refundAmount: '120.50',
        emergency: false,
      }),
    );
    expect((await get(c.id)).compensation.status).toBe('GRANTED');
  });
});

describe('feedback, follow-up, improvement', () => {
  it('[DOMAIN 1.7] records what was done, the satisfaction (1-5) and that the result was told to the customer', async () => {
    h.clock.set(MONDAY_10);
    const c = await walk(h, 'RESOLVED');
    const bad = await attempt(h, h.tokens.specialist, M.feedback, {
      input: { id: c.id, whatWasDone: 'x', satisfaction: 9, resultToldToCustomer: true },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect((await get(c.id)).version).toBe(c.version);
    const f = (
      await call<{ recordFeedback: C }>(h, h.tokens.specialist, M.feedback, {
        input: {
          id: c.id,
          whatWasDone: 'Replacement delivered',
          satisfaction: 4,
          comment: 'Fast',
          resultToldToCustomer: true,
        },
      })
    ).recordFeedback;
    expect(f.feedback).toEqual({
      whatWasDone: 'Replacement delivered',
      satisfaction: 4,
      comment: 'Fast',
      resultToldToCustomer: true,
    });
    expect(f.timeline.at(-1)).toMatchObject({ action: 'FEEDBACK', visibility: 'PUBLIC' });
    await expectEventually(() =>
      expect(
        eventsOf(h, c.id, 'step_recorded').map((e) => [e.data.step, e.data.satisfaction]),
      ).toContainEqual(['FEEDBACK', 4]),
    );
  });

  it('[DOMAIN 1.8] the follow-up is due 3-7 working days after resolution; a new problem reopens or opens a linked complaint', async () => {
    h.clock.set('2026-04-29T02:00:00Z'); // Wed 29 April 10:00, before the Labour Day holiday (1-5 May)
    const c = await walk(h, 'RESOLVED');
    // +3 working days: Thu 30 Apr, Wed 6 May, Thu 7 May; +7: Fri 8, Sat 9 (make-up day), Mon 11, Tue 12
    expect(c.followUpFrom).toBe('2026-05-07T02:00:00.000Z');
    expect(c.followUpDueBy).toBe('2026-05-12T02:00:00.000Z');
    h.clock.set('2026-05-08T02:00:00Z');
    const linked = (
      await call<{ recordFollowUp: C }>(h, h.tokens.specialist, M.followUp, {
        input: {
          id: c.id,
          outcome: 'Colour fades',
          newProblem: true,
          action: 'LINKED_COMPLAINT',
          newProblemDescription: 'The replacement fades',
        },
      })
    ).recordFollowUp;
    expect(linked.status).toBe('RESOLVED');
    expect(linked.followUps[0]).toMatchObject({
      newProblem: true,
      action: 'LINKED_COMPLAINT',
      withinWindow: true,
      linkedComplaint: { status: 'RECEIVED' },
    });
    const child = await get(linked.followUps[0].linkedComplaint.id);
    expect(child).toMatchObject({
      description: 'The replacement fades',
      relatedComplaint: { id: c.id },
      customer: { id: c.customer.id },
    });
    const reopened = (
      await call<{ recordFollowUp: C }>(h, h.tokens.specialist, M.followUp, {
        input: { id: c.id, outcome: 'Still torn', newProblem: true, action: 'REOPEN' },
      })
    ).recordFollowUp;
    expect(reopened).toMatchObject({
      status: 'INVESTIGATING',
      reopenCount: 1,
      sla: { resolvedAt: null, onTime: null },
    });
    await expectEventually(() => {
      expect(eventsOf(h, c.id, 'follow_up_recorded').map((e) => e.data.action)).toEqual([
        'LINKED_COMPLAINT',
        'REOPENED',
      ]);
      expect(eventsOf(h, c.id, 'reopened')).toHaveLength(1);
    });
  });

  it('[DOMAIN 1.9] closes with the report; improvement actions have an owner and due date and are tracked to done', async () => {
    h.clock.set(MONDAY_10);
    let c = await walk(h, 'RESOLVED');
    const report = { cause: 'Supplier thread', handlingIssues: 'First reply late', solutionEffective: true };
    expect(codesOf(await attempt(h, h.tokens.manager, M.close, { input: { id: c.id, report } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    await call(h, h.tokens.specialist, M.feedback, {
      input: { id: c.id, whatWasDone: 'Replaced', satisfaction: 5, resultToldToCustomer: true },
    });
    h.clock.set('2026-03-10T02:00:00Z');
    await call(h, h.tokens.specialist, M.followUp, {
      input: { id: c.id, outcome: 'All good', newProblem: false },
    });
    c = (
      await call<{ addImprovementAction: C }>(h, h.tokens.manager, M.addAction, {
        input: {
          id: c.id,
          description: 'Audit the supplier',
          ownerDepartment: 'PURCHASING',
          dueDate: '2026-04-30',
        },
      })
    ).addImprovementAction;
    const action = c.improvementActions[0];
    expect(action).toMatchObject({ ownerDepartment: 'PURCHASING', dueDate: '2026-04-30', status: 'OPEN' });
    expect(
      codesOf(
        await attempt(h, h.tokens.qcHead, M.completeAction, {
          input: { id: c.id, actionId: action.id, result: 'x' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    c = (
      await call<{ completeImprovementAction: C }>(h, h.tokens.purchasingHead, M.completeAction, {
        input: { id: c.id, actionId: action.id, result: 'Supplier audited' },
      })
    ).completeImprovementAction;
    expect(c.improvementActions[0]).toMatchObject({ status: 'DONE', result: 'Supplier audited' });
    // A HIGH complaint is signed off by a manager (DOMAIN 1.12), not a specialist.
    expect(codesOf(await attempt(h, h.tokens.specialist, M.close, { input: { id: c.id, report } }))).toEqual([
      'FORBIDDEN',
    ]);
    c = (await call<{ closeComplaint: C }>(h, h.tokens.manager, M.close, { input: { id: c.id, report } }))
      .closeComplaint;
    expect(c).toMatchObject({ status: 'CLOSED', report });
    await expectEventually(() =>
      expect(eventsOf(h, c.id, 'closed')[0]?.data).toMatchObject({ satisfaction: 5, onTime: true }),
    );
  });
});

describe('the customer’s right to know', () => {
  it('[DOMAIN 1.10] the customer-facing timeline shows every step with when, the role and why, and no internal notes', async () => {
    h.clock.set(MONDAY_10);
    const c = await walk(h, 'RESOLVED');
    // The customer, signed in to the customer app, reads their own complaint.
    const seen = await get(c.id, await customerToken(c.customer.id));
    expect(seen.timeline.map((e: C) => e.action)).toEqual([
      'RECEIVED',
      'CLASSIFIED',
      'ASSIGNED',
      'INVESTIGATION_STARTED',
      'SOLUTION_PROPOSED',
      'SOLUTION_ACCEPTED',
      'IMPLEMENTING',
      'RESOLVED',
    ]);
    expect(
      seen.timeline.every((e: C) => e.visibility === 'PUBLIC' && e.actorId === null && e.actorRole),
    ).toBe(true);
    const text = JSON.stringify(seen);
    for (const secret of [
      'Batch 42 has weak seams',
      'Supplier changed thread',
      'Supplier QA',
      'Check batch 42',
      'photo-1.jpg',
    ])
      expect(text).not.toContain(secret);
    expect(seen.investigation).toEqual([]);
    expect(seen.rootCause).toBeNull();
    expect(seen.internalTimeline).toEqual([]);
    const staff = await get(c.id, h.tokens.qcStaff);
    expect(staff.internalTimeline.map((e: C) => e.note)).toEqual(
      expect.arrayContaining(['Batch 42 has weak seams', 'Check batch 42']),
    );
  });
});

describe('inquiries and suggestions', () => {
  it('[DOMAIN 1.12] an inquiry is answered then closed (complaint steps do not apply); customer service signs off by weight: specialist, manager, director', async () => {
    h.clock.set(MONDAY_10);
    const inquiry = (
      await call<{ fileComplaint: C }>(h, h.tokens.specialist, FILE, {
        input: {
          customerId: await registerCustomer(h),
          kind: 'INQUIRY',
          channel: 'WEB_CHAT',
          description: 'How do I redeem points?',
        },
      })
    ).fileComplaint;
    expect(inquiry).toMatchObject({ kind: 'INQUIRY', status: 'RECEIVED' });
    expect(
      codesOf(
        await attempt(h, h.tokens.specialist, M.classify, {
          input: { id: inquiry.id, category: 'OTHER', urgency: 'NORMAL', complexity: 'SIMPLE' },
        }),
      ),
    ).toEqual(['INVALID_TRANSITION']);
    h.clock.set('2026-03-02T03:00:00Z');
    const answered = (
      await call<{ answerInquiry: C }>(h, h.tokens.specialist, M.answer, {
        input: { id: inquiry.id, answer: 'In the app, under Rewards' },
      })
    ).answerInquiry;
    expect(answered).toMatchObject({ status: 'RESOLVED', sla: { onTime: true, workingHoursToResolve: 1 } });
    const closed = (
      await call<{ closeComplaint: C }>(h, h.tokens.specialist, M.close, { input: { id: inquiry.id } })
    ).closeComplaint;
    expect(closed.status).toBe('CLOSED');
    // Sign-off by weight: an URGENT complaint is the director's, a HIGH or complex one the manager's.
    const director = await testToken({ sub: 'director-1', roles: ['cs_director'] });
    expect(signOffRoles({ kind: 'COMPLAINT', urgency: 'URGENT', complexity: 'SIMPLE' })).toEqual([
      'cs_director',
    ]);
    expect(signOffRoles({ kind: 'COMPLAINT', urgency: 'NORMAL', complexity: 'COMPLEX' })).toEqual([
      'cs_manager',
      'cs_director',
    ]);
    h.clock.set(MONDAY_10);
    const urgent = await walk(h, 'RESOLVED', { urgency: 'URGENT' });
    await call(h, h.tokens.specialist, M.feedback, {
      input: { id: urgent.id, whatWasDone: 'Fixed', satisfaction: 4, resultToldToCustomer: true },
    });
    await call(h, h.tokens.specialist, M.followUp, {
      input: { id: urgent.id, outcome: 'Fine', newProblem: false },
    });
    const report = { cause: 'System fault', handlingIssues: 'None', solutionEffective: true };
    for (const token of [h.tokens.specialist, h.tokens.manager])
      expect(codesOf(await attempt(h, token, M.close, { input: { id: urgent.id, report } }))).toEqual([
        'FORBIDDEN',
      ]);
    expect(
      (await call<{ closeComplaint: C }>(h, director, M.close, { input: { id: urgent.id, report } }))
        .closeComplaint.status,
    ).toBe('CLOSED');
    const suggestion = (
      await call<{ fileComplaint: C }>(h, h.tokens.specialist, FILE, {
        input: {
          customerId: await registerCustomer(h),
          kind: 'SUGGESTION',
          channel: 'EMAIL',
          description: 'Offer gift wrapping',
        },
      })
    ).fileComplaint;
    expect(codesOf(await attempt(h, h.tokens.specialist, M.close, { input: { id: suggestion.id } }))).toEqual(
      ['INVALID_TRANSITION'],
    );
  });
});

describe('refusals', () => {
  it('illegal transitions give INVALID_TRANSITION and bad input a typed error; nothing changes', async () => {
    h.clock.set(MONDAY_10);
    const c = await walk(h, 'RECEIVED');
    const tries: [string, string, Record<string, unknown>][] = [
      [h.tokens.manager, M.assign, { notes: 'x' }],
      [h.tokens.qcStaff, M.implement, {}],
      [h.tokens.qcStaff, M.resolve, { summary: 'x' }],
      [h.tokens.specialist, M.reopen, { reason: 'x' }],
      [h.tokens.specialist, M.close, {}],
      [h.tokens.specialist, M.followUp, { outcome: 'x', newProblem: false }],
    ];
    for (const [token, m, input] of tries) {
      const r = await attempt(h, token, m, { input: { id: c.id, ...input } });
      expect(codesOf(r)).toEqual([expect.stringMatching(/INVALID_TRANSITION|FORBIDDEN/)]);
    }
    expect(
      codesOf(await attempt(h, h.tokens.manager, M.assign, { input: { id: c.id, notes: 'x' } })),
    ).toEqual(['INVALID_TRANSITION']);
    expect(
      codesOf(
        await attempt(h, h.tokens.specialist, M.classify, {
          input: { id: c.id, category: 'NOPE', urgency: 'HIGH', complexity: 'SIMPLE' },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codesOf(
        await attempt(h, h.tokens.specialist, M.classify, {
          input: { id: randomUUID(), category: 'OTHER', urgency: 'HIGH', complexity: 'SIMPLE' },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codesOf(
        await attempt(h, h.tokens.specialist, M.classify, {
          input: { id: c.id, category: 'OTHER', urgency: 'HIGH', complexity: 'SIMPLE', expectedVersion: 7 },
        }),
      ),
    ).toEqual(['CONFLICT']);
    expect(
      codesOf(
        await attempt(h, h.tokens.analyst, M.classify, {
          input: { id: c.id, category: 'OTHER', urgency: 'HIGH', complexity: 'SIMPLE' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codesOf(
        await attempt(h, h.tokens.specialist, M.classify, {
          input: { id: 'nope', category: 'OTHER', urgency: 'HIGH', complexity: 'SIMPLE' },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    // An id that is not a UUID is refused before it reaches the database (it was a null answer before).
    expect(codesOf(await attempt(h, h.tokens.specialist, GET, { id: 'nope' }))).toEqual(['BAD_USER_INPUT']);
    const [first, second] = await registerCustomers(h, 2);
    const other = await attempt(h, h.tokens.specialist, FILE, {
      input: { customerId: first, channel: 'PHONE', description: 'x', idempotencyKey: 'shared-key' },
    });
    expect(other.errors).toBeUndefined();
    const reused = await attempt(h, h.tokens.specialist, FILE, {
      input: { customerId: second, channel: 'PHONE', description: 'x', idempotencyKey: 'shared-key' },
    });
    expect(codesOf(reused)).toEqual(['CONFLICT']);
    const after = await get(c.id);
    expect(after).toMatchObject({ status: 'RECEIVED', version: c.version, category: null });
    expect(after.timeline).toHaveLength(1);
  });
});
