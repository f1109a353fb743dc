import {
  appealDecidedLate,
  appealDecisionOverdue,
  appealViolation,
  decideAppeal,
  decideViolation,
  detectViolation,
  dismissViolation,
  finalPenalty,
  markAppealOverdue,
  notifyViolation,
  openViolation,
  recordViolation,
  reportViolation,
  stateCase,
  type Violation,
} from './violation';
import { endOfWorkingDays, penaltyFor, proposedPenalty } from './violation-policy';
import { calendar, cst } from '../../test/company-time';

const at = (local: string, actor = 'compliance-1') => ({ actor, now: cst(local), calendar });

const opened = () =>
  openViolation(
    {
      level: 'SERIOUS',
      category: 'DISCOUNT_WITHOUT_APPROVAL',
      cases: 2,
      personId: 'sales-7',
      summary: 'Two Platinum discounts issued without the department head',
      report: 'Investigation report CR-2026-014',
    },
    { id: 'v-1', actor: 'compliance-1', now: cst('2026-09-21T10:00:00') },
  );

/** Through the procedure up to HR's decision on Wednesday 30 September 2026, 15:00 company time. */
function decided(): Violation {
  let v = notifyViolation(opened(), { notice: 'Written notice WN-7' }, at('2026-09-22T10:00:00'));
  v = stateCase(
    v,
    { statement: 'The approval was asked for by phone' },
    at('2026-09-23T10:00:00', 'sales-7'),
  );
  return decideViolation(
    v,
    { penalty: 'FINE', reason: 'Two cases confirmed' },
    at('2026-09-30T15:00:00', 'hr-1'),
  );
}

describe('the penalty table', () => {
  it('[DOMAIN 4.5] ordinary: a warning or 100 per case; serious: 500 per case; severe: demotion or dismissal', () => {
    expect(proposedPenalty('ORDINARY', 3)).toEqual({ kind: 'WARNING', amount: null });
    expect(penaltyFor('ORDINARY', 'FINE', 3)).toEqual({ kind: 'FINE', amount: '300.00' });
    expect(proposedPenalty('SERIOUS', 1)).toEqual({ kind: 'FINE', amount: '500.00' });
    expect(penaltyFor('SERIOUS', 'FINE', 4)).toEqual({ kind: 'FINE', amount: '2000.00' });
    expect(proposedPenalty('SEVERE', 1)).toEqual({ kind: 'DEMOTION', amount: null });
    expect(penaltyFor('SEVERE', 'DISMISSAL', 1)).toEqual({ kind: 'DISMISSAL', amount: null });
    for (const [level, kind] of [
      ['ORDINARY', 'DISMISSAL'],
      ['SERIOUS', 'WARNING'],
      ['SEVERE', 'FINE'],
    ] as const)
      expect(() => penaltyFor(level, kind, 1)).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          details: expect.objectContaining({ field: 'penalty' }),
        }),
      );
  });
});

describe('the procedure', () => {
  it('[DOMAIN 4.5] report -> written notice -> statement -> HR decides -> GM records', () => {
    const reported = opened();
    expect(reported).toMatchObject({
      status: 'REPORTED',
      cases: 2,
      proposedPenalty: { kind: 'FINE', amount: '1000.00' },
      report: { by: 'compliance-1', text: 'Investigation report CR-2026-014' },
    });
    const notified = notifyViolation(reported, { notice: 'Written notice WN-7' }, at('2026-09-22T10:00:00'));
    // Notice on Tue 22 Sep: Wed 23 and Thu 24 count, Sep 25-27 are off (Mid-Autumn), Mon 28 is the 3rd.
    expect(notified.notice!.statementDueAt).toEqual(cst('2026-09-29T00:00:00'));
    const stated = stateCase(notified, { statement: 'By phone' }, at('2026-09-23T10:00:00', 'sales-7'));
    expect(stated).toMatchObject({ status: 'STATED', statement: { by: 'sales-7', waived: false } });
    const v = decideViolation(
      stated,
      { penalty: 'FINE', reason: 'confirmed' },
      at('2026-09-30T15:00:00', 'hr-1'),
    );
    expect(v).toMatchObject({
      status: 'DECIDED',
      decision: { by: 'hr-1', penalty: { kind: 'FINE', amount: '1000.00' } },
    });
    const recorded = recordViolation(v, at('2026-10-08T09:30:00', 'gm-1'));
    expect(recorded).toMatchObject({ status: 'RECORDED', record: { by: 'gm-1' } });
    expect(finalPenalty(recorded)).toEqual({ kind: 'FINE', amount: '1000.00' });
  });

  it('[DOMAIN 4.5] refuses steps out of order, and steps of the person concerned taken by someone else', () => {
    const reported = opened();
    const refusedAs = (code: string) => expect.objectContaining({ code });
    expect(() => recordViolation(reported, at('2026-09-22T10:00:00', 'gm-1'))).toThrow(
      refusedAs('INVALID_TRANSITION'),
    );
    expect(() =>
      decideViolation(reported, { penalty: 'FINE', reason: 'x' }, at('2026-09-22T10:00:00', 'hr-1')),
    ).toThrow(refusedAs('INVALID_TRANSITION'));
    const notified = notifyViolation(reported, { notice: 'n' }, at('2026-09-22T10:00:00'));
    expect(() => stateCase(notified, { statement: 'not me' }, at('2026-09-23T10:00:00', 'sales-8'))).toThrow(
      refusedAs('FORBIDDEN'),
    );
    // HR waits for the statement until its time has passed, then may decide without it.
    expect(() =>
      decideViolation(notified, { penalty: 'FINE', reason: 'x' }, at('2026-09-28T23:59:59', 'hr-1')),
    ).toThrow(refusedAs('INVALID_TRANSITION'));
    expect(
      decideViolation(notified, { penalty: 'FINE', reason: 'x' }, at('2026-09-29T00:00:00', 'hr-1')).status,
    ).toBe('DECIDED');
    expect(() => reportViolation(reported, { report: 'again' }, at('2026-09-22T10:00:00'))).toThrow(
      refusedAs('INVALID_TRANSITION'),
    );
    const d = decided();
    expect(() => dismissViolation(d, { reason: 'x' }, at('2026-10-08T10:00:00'))).toThrow(
      refusedAs('INVALID_TRANSITION'),
    );
    expect(() => appealViolation(d, { reason: 'x' }, at('2026-10-08T10:00:00', 'sales-8'))).toThrow(
      refusedAs('FORBIDDEN'),
    );
  });

  it('[DOMAIN 4.5] a detected violation waits for the report that names the person; compliance may dismiss it', () => {
    const detected = detectViolation(
      { level: 'SERIOUS', category: 'DISCOUNT_WITHOUT_APPROVAL', summary: 'discount d-1 without approval' },
      { eventType: 'care.loyalty.discount.issued.v1', eventId: 'e-1' },
      { id: 'v-2', actor: 'service:governance', now: cst('2026-09-21T10:00:00') },
    );
    expect(detected).toMatchObject({
      status: 'OPEN',
      source: 'DETECTED',
      personId: null,
      proposedPenalty: { kind: 'FINE', amount: '500.00' },
    });
    expect(() => reportViolation(detected, { report: 'r' }, at('2026-09-22T10:00:00'))).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: expect.objectContaining({ field: 'personId' }),
      }),
    );
    expect(
      reportViolation(detected, { report: 'r', personId: 'sales-7', cases: 3 }, at('2026-09-22T10:00:00')),
    ).toMatchObject({
      status: 'REPORTED',
      personId: 'sales-7',
      proposedPenalty: { kind: 'FINE', amount: '1500.00' },
    });
    expect(
      dismissViolation(detected, { reason: 'approved on paper' }, at('2026-09-22T10:00:00')).status,
    ).toBe('DISMISSED');
  });
});

describe('the appeal', () => {
  it('[DOMAIN 4.5] counts 3 working days from the decision across the National Day holiday', () => {
    // Decided Wed 30 Sep 2026; Oct 1-7 off; Thu 8, Fri 9 and Sat 10 (a make-up working day) count.
    expect(endOfWorkingDays(calendar, cst('2026-09-30T15:00:00'), 3)).toEqual({
      at: cst('2026-10-11T00:00:00'),
      provisional: false,
    });
    expect(decided().decision!.appealDueAt).toEqual(cst('2026-10-11T00:00:00'));
  });

  it('[DOMAIN 4.5] an appeal on the 3rd working day is accepted and is to be decided 5 working days later', () => {
    const appealed = appealViolation(
      decided(),
      { reason: 'I had verbal approval' },
      at('2026-10-10T23:59:00', 'sales-7'),
    );
    // From Sat 10 Oct: Mon 12 .. Fri 16 are working days 1 to 5.
    expect(appealed).toMatchObject({
      status: 'APPEALED',
      appeal: { by: 'sales-7', decisionDueAt: cst('2026-10-17T00:00:00'), outcome: null },
    });
  });

  it('[DOMAIN 4.5] an appeal the day after the 3rd working day, or on the 4th, is refused', () => {
    for (const late of ['2026-10-11T00:00:00', '2026-10-12T09:00:00'])
      expect(() => appealViolation(decided(), { reason: 'late' }, at(late, 'sales-7'))).toThrow(
        expect.objectContaining({
          code: 'INVALID_TRANSITION',
          details: { appealDueAt: '2026-10-10T16:00:00.000Z' },
        }),
      );
  });

  it('[DOMAIN 4.5] an appeal decision past its 5 working days is overdue, found once, and decided late', () => {
    const recorded = recordViolation(decided(), at('2026-10-08T09:00:00', 'gm-1'));
    const appealed = appealViolation(recorded, { reason: 'r' }, at('2026-10-09T11:00:00', 'sales-7'));
    // Appealed Fri 9 Oct: Sat 10 (make-up), Mon 12, Tue 13, Wed 14 and Thu 15 are working days 1 to 5.
    const due = cst('2026-10-16T00:00:00');
    expect(appealed.appeal!.decisionDueAt).toEqual(due);
    expect(appealDecisionOverdue(appealed, cst('2026-10-15T23:59:59'))).toBe(false);
    expect(appealDecisionOverdue(appealed, cst('2026-10-16T00:00:00'))).toBe(true);
    const marked = markAppealOverdue(appealed, cst('2026-10-16T08:00:00'));
    expect(marked.appeal!.overdueAt).toEqual(cst('2026-10-16T08:00:00'));
    expect(markAppealOverdue(marked, due)).toBe(marked);
    const amended = decideAppeal(
      marked,
      { outcome: 'AMENDED', penalty: 'FINE', reason: 'one case only' },
      at('2026-10-16T10:00:00', 'gm-office-1'),
    );
    expect(amended).toMatchObject({ status: 'RESOLVED', appeal: { outcome: 'AMENDED' } });
    expect(appealDecidedLate(amended)).toBe(true);
    expect(appealDecisionOverdue(amended, due)).toBe(false);
    expect(finalPenalty(amended)).toEqual({ kind: 'FINE', amount: '1000.00' });
    const revoked = decideAppeal(
      appealed,
      { outcome: 'REVOKED', reason: 'r' },
      at('2026-10-12T10:00:00', 'gm-1'),
    );
    expect([finalPenalty(revoked), appealDecidedLate(revoked)]).toEqual([null, false]);
    expect(() =>
      decideAppeal(
        appealed,
        { outcome: 'AMENDED', penalty: 'DISMISSAL', reason: 'r' },
        at('2026-10-12T10:00:00', 'gm-1'),
      ),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => appealViolation(amended, { reason: 'again' }, at('2026-10-16T11:00:00', 'sales-7'))).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });
});
