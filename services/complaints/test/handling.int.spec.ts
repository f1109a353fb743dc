import { randomUUID } from 'node:crypto';
import { expectEventually } from '@care/testing';
import { MASKED } from '../src/domain/privacy';
import { codesOf, complaintsHarness, customerToken, M, MONDAY_10, type C } from './harness';

// The department handles it: investigation and solutions (DOMAIN 1.5-1.6).

const h = complaintsHarness('complaints_handling');

describe('investigation', () => {
  it('[DOMAIN 1.5] the department records notes, evidence and the root cause (fishbone, 5W2H); other departments may not', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('ASSIGNED');
    expect(
      codesOf(await h.attempt(h.tokens.logisticsStaff, M.investigate, { input: { id: c.id, note: 'x' } })),
    ).toEqual(['FORBIDDEN']);
    await h.call(h.tokens.qcStaff, M.investigate, {
      input: { id: c.id, note: 'Checked order SO-2026-0042', evidence: ['order.pdf', 'photo.jpg'] },
    });
    const bad = await h.attempt(h.tokens.qcStaff, M.rootCause, {
      input: { id: c.id, category: 'WEATHER', what: 'x', why: 'y' },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    const cause = {
      category: 'METHOD',
      what: 'Wrong packing',
      why: 'No checklist',
      where: 'Warehouse 3',
      when: 'Feb 27',
      who: 'Night shift',
      how: 'Folded wet',
      howMuch: '12 rolls',
    };
    const done = (
      await h.call<{ recordRootCause: C }>(h.tokens.qcHead, M.rootCause, { input: { id: c.id, ...cause } })
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
      expect(h.eventsOf(c.id, 'step_recorded').map((e) => [e.data.step, e.data.department])).toEqual([
        ['INVESTIGATION_NOTE', 'QUALITY_CONTROL'],
        ['ROOT_CAUSE', null],
      ]),
    );
    expect(done.rootCause).toEqual(cause);
  });
});

describe('solutions', () => {
  it('[DOMAIN 1.6] proposals are revised until the customer accepts; 3 rejections escalate to the leadership group; only an accepted one is carried out', async () => {
    h.clock.set(MONDAY_10);
    let c = await h.walk('INVESTIGATING');
    for (let i = 1; i <= 3; i++) {
      c = (
        await h.call<{ proposeSolution: C }>(h.tokens.qcStaff, M.propose, {
          input: { id: c.id, description: `Offer ${i}` },
        })
      ).proposeSolution;
      expect(c.sla.paused).toBe(true);
      expect(codesOf(await h.attempt(h.tokens.qcStaff, M.implement, { input: { id: c.id } }))).toEqual([
        'INVALID_TRANSITION',
      ]);
      const noReason = await h.attempt(h.tokens.specialist, M.respond, {
        input: { id: c.id, solutionId: c.solutions[i - 1].id, response: 'REJECT' },
      });
      expect(codesOf(noReason)).toEqual(['BAD_USER_INPUT']);
      c = (
        await h.call<{ recordCustomerResponse: C }>(h.tokens.specialist, M.respond, {
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
      await h.call<{ proposeSolution: C }>(h.tokens.qcStaff, M.propose, {
        input: { id: c.id, description: 'Full replacement' },
      })
    ).proposeSolution;
    c = (
      await h.call<{ recordCustomerResponse: C }>(h.tokens.specialist, M.respond, {
        input: { id: c.id, solutionId: c.solutions[3].id, response: 'ACCEPT' },
      })
    ).recordCustomerResponse;
    expect(c.solutions.map((s: C) => [s.version, s.response, s.responseReason])).toEqual([
      [1, 'REJECT', 'Too little 1'],
      [2, 'REJECT', 'Too little 2'],
      [3, 'REJECT', 'Too little 3'],
      [4, 'ACCEPT', null],
    ]);
    c = (await h.call<{ startImplementation: C }>(h.tokens.qcStaff, M.implement, { input: { id: c.id } }))
      .startImplementation;
    expect(c.status).toBe('IMPLEMENTING');
    await expectEventually(() => {
      expect(h.eventsOf(c.id, 'escalated').map((e) => e.data)).toEqual([
        expect.objectContaining({ to: 'LEADERSHIP_GROUP', reason: 'SOLUTION_REJECTED_3_TIMES' }),
      ]);
      expect(h.eventsOf(c.id, 'solution_rejected')).toHaveLength(3);
      expect(h.eventsOf(c.id, 'solution_accepted')[0]?.data).toMatchObject({ version: 4 });
    });
  });

  it('[DOMAIN 1.6] two agents recording opposite responses to one proposal at once: exactly one wins, the other gets CONFLICT', async () => {
    h.clock.set(MONDAY_10);
    for (let round = 0; round < 3; round++) {
      const c = await h.walk('SOLUTION_PROPOSED');
      const solutionId = c.solutions[0].id;
      const results = await Promise.all([
        h.attempt(h.tokens.specialist, M.respond, {
          input: { id: c.id, solutionId, response: 'ACCEPT', expectedVersion: c.version },
        }),
        h.attempt(h.tokens.manager, M.respond, {
          input: { id: c.id, solutionId, response: 'REJECT', reason: 'Too slow', expectedVersion: c.version },
        }),
      ]);
      const codes = results.map((r) => codesOf(r));
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(codes.filter((x) => x.length)).toEqual([['CONFLICT']]);
      const after = await h.complaintOf(c.id);
      expect(after.version).toBe(c.version + 1);
      expect(after.solutions[0].response).toBe(
        (winners[0]!.data as C).recordCustomerResponse.solutions[0].response,
      );
    }
  });

  it('changes sent at once without a version all apply, one after the other: none is refused for the others', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('INVESTIGATING');
    const notes = Array.from({ length: 8 }, (_, i) => `Finding ${i + 1}`);
    const results = await Promise.all(
      notes.map((note) => h.attempt(h.tokens.qcStaff, M.investigate, { input: { id: c.id, note } })),
    );
    expect(results.map(codesOf)).toEqual(notes.map(() => []));
    const after = await h.complaintOf(c.id);
    expect(after.version).toBe(c.version + notes.length);
    expect(after.investigation.map((n: C) => n.note).sort()).toEqual(
      [...c.investigation.map((n: C) => n.note), ...notes].sort(),
    );
  });

  it('[DOMAIN 1.6] compensation goes to approvals; on approval it is granted for loyalty to credit', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('SOLUTION_ACCEPTED', {
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
      expect(h.eventsOf(c.id, 'compensation_requested')[0]?.data).toMatchObject({
        amount: '170.50',
        currency: 'CNY',
        emergency: false,
        reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
      }),
    );
    expect(h.eventsOf(c.id, 'compensation_granted')).toHaveLength(0);
    await h.approvalDecided(solutionId, {
      outcome: 'APPROVED',
      amount: '170.50',
      decidedAt: '2026-03-02T06:00:00.000Z',
    });
    await expectEventually(() =>
      expect(h.eventsOf(c.id, 'compensation_granted')[0]?.data).toMatchObject({
        solutionId,
        customerId: c.customer.id,
        points: 5000,
        refundAmount: '120.50',
        emergency: false,
      }),
    );
    expect((await h.complaintOf(c.id)).compensation.status).toBe('GRANTED');
  });
});

describe('a solution by id', () => {
  const SOLUTIONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Solution {
    id version description response compensation { points } complaint { id number description } } } }`;

  it("is read with its complaint's rules: in full by staff and the customer, masked for analysts, null to another customer, FORBIDDEN to a role that reads no complaint", async () => {
    h.clock.set(MONDAY_10);
    let c = await h.walk('INVESTIGATING');
    const propose = async (description: string, compensation?: { points: number; currency: string }) =>
      (
        await h.call<{ proposeSolution: C }>(h.tokens.qcStaff, M.propose, {
          input: { id: c.id, description, ...(compensation ? { compensation } : {}) },
        })
      ).proposeSolution;
    c = await propose('Half the price back');
    c = (
      await h.call<{ recordCustomerResponse: C }>(h.tokens.specialist, M.respond, {
        input: { id: c.id, solutionId: c.solutions[0].id, response: 'REJECT', reason: 'Too little' },
      })
    ).recordCustomerResponse;
    c = await propose('A new scarf', { points: 500, currency: 'CNY' });
    const [first, second] = c.solutions.map((s: C) => s.id as string);
    const inFull = (id: string, version: number, description: string, points: number | null) => ({
      id,
      version,
      description,
      response: version === 1 ? 'REJECT' : null,
      compensation: points === null ? null : { points },
      complaint: { id: c.id, number: c.number, description: c.description },
    });
    const entities = async (token: string, ...ids: string[]) => {
      const result = await h.attempt(token, SOLUTIONS, {
        r: ids.map((id) => ({ __typename: 'Solution', id })),
      });
      expect(codesOf(result)).toEqual([]);
      return (result.data as C)._entities;
    };

    // Several at once, in the order asked, an id in capitals too; an unknown id is null.
    expect(
      await entities(h.tokens.manager, second!, first!.toUpperCase(), '00000000-0000-4000-8000-000000000000'),
    ).toEqual([inFull(second!, 2, 'A new scarf', 500), inFull(first!, 1, 'Half the price back', null), null]);
    expect(await entities(await customerToken(c.customer.id), first!)).toEqual([
      inFull(first!, 1, 'Half the price back', null),
    ]);
    // DOMAIN 2.7: an analyst reads the structured facts, not the texts.
    expect(await entities(h.tokens.analyst, second!)).toEqual([
      {
        ...inFull(second!, 2, MASKED, 500),
        complaint: { id: c.id, number: c.number, description: MASKED },
      },
    ]);
    expect(await entities(await customerToken(randomUUID()), first!)).toEqual([null]);
    expect(
      codesOf(await h.attempt(h.tokens.partner, SOLUTIONS, { r: [{ __typename: 'Solution', id: first }] })),
    ).toEqual(['FORBIDDEN']);
  });
});
