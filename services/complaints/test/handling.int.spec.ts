import { randomUUID } from 'node:crypto';
import { approvalRequestDecided } from '@care/contracts';
import { expectEventually } from '@care/testing';
import {
  attempt,
  call,
  codesOf,
  complaintOf,
  eventsOf,
  M,
  MONDAY_10,
  publish,
  startHarness,
  walk,
  type C,
  type Harness,
} from './harness';

// The department handles it: investigation and solutions (DOMAIN 1.5-1.6).

let h: Harness;

beforeAll(async () => {
  h = await startHarness('complaints_handling');
});

afterAll(async () => {
  await h?.close();
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
      const after = await complaintOf(h, c.id);
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
    expect((await complaintOf(h, c.id)).compensation.status).toBe('GRANTED');
  });
});
