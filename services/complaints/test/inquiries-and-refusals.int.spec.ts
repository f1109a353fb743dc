import { randomUUID } from 'node:crypto';
import { testToken } from '@care/testing';
import { signOffRoles } from '../src/domain/access';
import { codesOf, complaintsHarness, FILE, GET, M, MONDAY_10, type C } from './harness';

// Inquiries and suggestions (DOMAIN 1.12), and the refusals every command shares.

const h = complaintsHarness('complaints_inquiries');

describe('inquiries and suggestions', () => {
  it('[DOMAIN 1.12] an inquiry is answered then closed (complaint steps do not apply); customer service signs off by weight: specialist, manager, director', async () => {
    h.clock.set(MONDAY_10);
    const inquiry = await h.file({
      kind: 'INQUIRY',
      channel: 'WEB_CHAT',
      description: 'How do I redeem points?',
    });
    expect(inquiry).toMatchObject({ kind: 'INQUIRY', status: 'RECEIVED' });
    expect(
      codesOf(
        await h.attempt(h.tokens.specialist, M.classify, {
          input: { id: inquiry.id, category: 'OTHER', urgency: 'NORMAL', complexity: 'SIMPLE' },
        }),
      ),
    ).toEqual(['INVALID_TRANSITION']);
    h.clock.set('2026-03-02T03:00:00Z');
    const answered = (
      await h.call<{ answerInquiry: C }>(h.tokens.specialist, M.answer, {
        input: { id: inquiry.id, answer: 'In the app, under Rewards' },
      })
    ).answerInquiry;
    expect(answered).toMatchObject({ status: 'RESOLVED', sla: { onTime: true, workingHoursToResolve: 1 } });
    const closed = (
      await h.call<{ closeComplaint: C }>(h.tokens.specialist, M.close, { input: { id: inquiry.id } })
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
    const urgent = await h.walk('RESOLVED', { urgency: 'URGENT' });
    await h.call(h.tokens.specialist, M.feedback, {
      input: { id: urgent.id, whatWasDone: 'Fixed', satisfaction: 4, resultToldToCustomer: true },
    });
    await h.call(h.tokens.specialist, M.followUp, {
      input: { id: urgent.id, outcome: 'Fine', newProblem: false },
    });
    const report = { cause: 'System fault', handlingIssues: 'None', solutionEffective: true };
    for (const token of [h.tokens.specialist, h.tokens.manager])
      expect(codesOf(await h.attempt(token, M.close, { input: { id: urgent.id, report } }))).toEqual([
        'FORBIDDEN',
      ]);
    expect(
      (await h.call<{ closeComplaint: C }>(director, M.close, { input: { id: urgent.id, report } }))
        .closeComplaint.status,
    ).toBe('CLOSED');
    const suggestion = await h.file({
      kind: 'SUGGESTION',
      channel: 'EMAIL',
      description: 'Offer gift wrapping',
    });
    expect(codesOf(await h.attempt(h.tokens.specialist, M.close, { input: { id: suggestion.id } }))).toEqual([
      'INVALID_TRANSITION',
    ]);
  });
});

describe('refusals', () => {
  it('illegal transitions give INVALID_TRANSITION and bad input a typed error; nothing changes', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('RECEIVED');
    const tries: [string, string, Record<string, unknown>][] = [
      [h.tokens.manager, M.assign, { notes: 'x' }],
      [h.tokens.qcStaff, M.implement, {}],
      [h.tokens.qcStaff, M.resolve, { summary: 'x' }],
      [h.tokens.specialist, M.reopen, { reason: 'x' }],
      [h.tokens.specialist, M.close, {}],
      [h.tokens.specialist, M.followUp, { outcome: 'x', newProblem: false }],
    ];
    for (const [token, m, input] of tries) {
      const r = await h.attempt(token, m, { input: { id: c.id, ...input } });
      expect(codesOf(r)).toEqual([expect.stringMatching(/INVALID_TRANSITION|FORBIDDEN/)]);
    }
    expect(codesOf(await h.attempt(h.tokens.manager, M.assign, { input: { id: c.id, notes: 'x' } }))).toEqual(
      ['INVALID_TRANSITION'],
    );
    // Classifying it, each time with one thing wrong: the category, the id, the version, the role, the id's form.
    const classifying: [string, Record<string, unknown>, string][] = [
      [h.tokens.specialist, { id: c.id, category: 'NOPE' }, 'BAD_USER_INPUT'],
      [h.tokens.specialist, { id: randomUUID() }, 'NOT_FOUND'],
      [h.tokens.specialist, { id: c.id, expectedVersion: 7 }, 'CONFLICT'],
      [h.tokens.analyst, { id: c.id }, 'FORBIDDEN'],
      [h.tokens.specialist, { id: 'nope' }, 'BAD_USER_INPUT'],
    ];
    for (const [token, input, code] of classifying) {
      const classification = { category: 'OTHER', urgency: 'HIGH', complexity: 'SIMPLE', ...input };
      expect(codesOf(await h.attempt(token, M.classify, { input: classification }))).toEqual([code]);
    }
    // An id that is not a UUID is refused before it reaches the database (it was a null answer before).
    expect(codesOf(await h.attempt(h.tokens.specialist, GET, { id: 'nope' }))).toEqual(['BAD_USER_INPUT']);
    const [first, second] = await h.registerCustomers(2);
    const other = await h.attempt(h.tokens.specialist, FILE, {
      input: { customerId: first, channel: 'PHONE', description: 'x', idempotencyKey: 'shared-key' },
    });
    expect(other.errors).toBeUndefined();
    const reused = await h.attempt(h.tokens.specialist, FILE, {
      input: { customerId: second, channel: 'PHONE', description: 'x', idempotencyKey: 'shared-key' },
    });
    expect(codesOf(reused)).toEqual(['CONFLICT']);
    const after = await h.complaintOf(c.id);
    expect(after).toMatchObject({ status: 'RECEIVED', version: c.version, category: null });
    expect(after.timeline).toHaveLength(1);
  });
});
