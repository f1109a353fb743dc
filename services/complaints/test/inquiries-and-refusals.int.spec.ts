import { randomUUID } from 'node:crypto';
import { testToken } from '@care/testing';
import { signOffRoles } from '../src/domain/access';
import {
  attempt,
  call,
  codesOf,
  complaintOf,
  FILE,
  GET,
  M,
  MONDAY_10,
  registerCustomer,
  registerCustomers,
  startHarness,
  walk,
  type C,
  type Harness,
} from './harness';

// Inquiries and suggestions (DOMAIN 1.12), and the refusals every command shares.

let h: Harness;

beforeAll(async () => {
  h = await startHarness('complaints_inquiries');
});

afterAll(async () => {
  await h?.close();
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
    const after = await complaintOf(h, c.id);
    expect(after).toMatchObject({ status: 'RECEIVED', version: c.version, category: null });
    expect(after.timeline).toHaveLength(1);
  });
});
