import { expectEventually } from '@care/testing';
import { RESOLVED_TIMELINE } from '../src/domain/test-support';
import { codesOf, complaintsHarness, customerToken, M, MONDAY_10, type C } from './harness';

// After the resolution: feedback, follow-up and reopening, closing, and the customer's timeline (DOMAIN 1.7-1.10).

const h = complaintsHarness('complaints_closing');

describe('feedback, follow-up, improvement', () => {
  it('[DOMAIN 1.7] records what was done, the satisfaction (1-5) and that the result was told to the customer', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('RESOLVED');
    const bad = await h.attempt(h.tokens.specialist, M.feedback, {
      input: { id: c.id, whatWasDone: 'x', satisfaction: 9, resultToldToCustomer: true },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect((await h.complaintOf(c.id)).version).toBe(c.version);
    const f = (
      await h.call<{ recordFeedback: C }>(h.tokens.specialist, M.feedback, {
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
      expect(h.eventsOf(c.id, 'step_recorded').map((e) => [e.data.step, e.data.satisfaction])).toContainEqual(
        ['FEEDBACK', 4],
      ),
    );
  });

  it('[DOMAIN 1.8] the follow-up is due 3-7 working days after resolution; a new problem reopens or opens a linked complaint', async () => {
    h.clock.set('2026-04-29T02:00:00Z'); // Wed 29 April 10:00, before the Labour Day holiday (1-5 May)
    const c = await h.walk('RESOLVED');
    // +3 working days: Thu 30 Apr, Wed 6 May, Thu 7 May; +7: Fri 8, Sat 9 (make-up day), Mon 11, Tue 12
    expect(c.followUpFrom).toBe('2026-05-07T02:00:00.000Z');
    expect(c.followUpDueBy).toBe('2026-05-12T02:00:00.000Z');
    h.clock.set('2026-05-08T02:00:00Z');
    const linked = (
      await h.call<{ recordFollowUp: C }>(h.tokens.specialist, M.followUp, {
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
    const child = await h.complaintOf(linked.followUps[0].linkedComplaint.id);
    expect(child).toMatchObject({
      description: 'The replacement fades',
      relatedComplaint: { id: c.id },
      customer: { id: c.customer.id },
    });
    const reopened = (
      await h.call<{ recordFollowUp: C }>(h.tokens.specialist, M.followUp, {
        input: { id: c.id, outcome: 'Still torn', newProblem: true, action: 'REOPEN' },
      })
    ).recordFollowUp;
    expect(reopened).toMatchObject({
      status: 'INVESTIGATING',
      reopenCount: 1,
      sla: { resolvedAt: null, onTime: null },
    });
    await expectEventually(() => {
      expect(h.eventsOf(c.id, 'follow_up_recorded').map((e) => e.data.action)).toEqual([
        'LINKED_COMPLAINT',
        'REOPENED',
      ]);
      expect(h.eventsOf(c.id, 'reopened')).toHaveLength(1);
    });
  });

  it('[DOMAIN 1.9] closes with the report; improvement actions have an owner and due date and are tracked to done', async () => {
    h.clock.set(MONDAY_10);
    let c = await h.walk('RESOLVED');
    const report = { cause: 'Supplier thread', handlingIssues: 'First reply late', solutionEffective: true };
    expect(codesOf(await h.attempt(h.tokens.manager, M.close, { input: { id: c.id, report } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    await h.call(h.tokens.specialist, M.feedback, {
      input: { id: c.id, whatWasDone: 'Replaced', satisfaction: 5, resultToldToCustomer: true },
    });
    h.clock.set('2026-03-10T02:00:00Z');
    await h.call(h.tokens.specialist, M.followUp, {
      input: { id: c.id, outcome: 'All good', newProblem: false },
    });
    c = (
      await h.call<{ addImprovementAction: C }>(h.tokens.manager, M.addAction, {
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
        await h.attempt(h.tokens.qcHead, M.completeAction, {
          input: { id: c.id, actionId: action.id, result: 'x' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    c = (
      await h.call<{ completeImprovementAction: C }>(h.tokens.purchasingHead, M.completeAction, {
        input: { id: c.id, actionId: action.id, result: 'Supplier audited' },
      })
    ).completeImprovementAction;
    expect(c.improvementActions[0]).toMatchObject({ status: 'DONE', result: 'Supplier audited' });
    // A HIGH complaint is signed off by a manager (DOMAIN 1.12), not a specialist.
    expect(codesOf(await h.attempt(h.tokens.specialist, M.close, { input: { id: c.id, report } }))).toEqual([
      'FORBIDDEN',
    ]);
    c = (await h.call<{ closeComplaint: C }>(h.tokens.manager, M.close, { input: { id: c.id, report } }))
      .closeComplaint;
    expect(c).toMatchObject({ status: 'CLOSED', report });
    await expectEventually(() =>
      expect(h.eventsOf(c.id, 'closed')[0]?.data).toMatchObject({ satisfaction: 5, onTime: true }),
    );
  });
});

describe('the customer’s right to know', () => {
  it('[DOMAIN 1.10] the customer-facing timeline shows every step with when, the role and why, and no internal notes', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('RESOLVED');
    // The customer, signed in to the customer app, reads their own complaint.
    const seen = await h.complaintOf(c.id, await customerToken(c.customer.id));
    expect(seen.timeline.map((e: C) => e.action)).toEqual(RESOLVED_TIMELINE);
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
    const staff = await h.complaintOf(c.id, h.tokens.qcStaff);
    expect(staff.internalTimeline.map((e: C) => e.note)).toEqual(
      expect.arrayContaining(['Batch 42 has weak seams', 'Check batch 42']),
    );
  });
});
