import type { RefusalCode } from '@care/domain-kernel';
import { oneStepRouting } from '../../test/one-step-policy';
import { decide, reviewLateDecision, submit, withdraw, type ApprovalRequest } from './approval-request';

const now = new Date('2026-03-02T02:00:00Z');
const later = new Date('2026-03-03T02:00:00Z');

function request(type: ApprovalRequest['type'], amount: string, requestedBy = 'sales-1'): ApprovalRequest {
  return submit(
    { type, title: 'A matter', amount },
    { id: 'r-1', requestedBy, now, ...oneStepRouting(later) },
  );
}

/** The refusal as the caller sees it: its code, message and details. */
const refused = (code: RefusalCode, message: string, details?: Record<string, unknown>) =>
  expect.objectContaining({ code, message, details });
const NOT_PENDING = (status: string) => refused('INVALID_TRANSITION', `the request is ${status} already`);
const NOT_AUTHORISED = (authority: string) =>
  refused('FORBIDDEN', `only ${authority} or a higher authority may decide this request`);
const OWN_REQUEST = refused('FORBIDDEN', 'nobody decides a request of their own');
const REASON_REQUIRED = refused('BAD_USER_INPUT', 'a rejection must say why', { field: 'reason' });
const NOT_REQUESTER = refused('FORBIDDEN', 'only the person who asked may withdraw a request');
const EXPLANATION_REQUIRED = refused(
  'BAD_USER_INPUT',
  'the request is past its time limit: a late decision needs a written explanation (overdueExplanation)',
  { field: 'overdueExplanation' },
);
const NOT_LATE = refused('INVALID_TRANSITION', 'only a decision taken after the time limit is reviewed');
const REVIEWED_ALREADY = refused('INVALID_TRANSITION', 'this late decision was reviewed already');
const FINDING_REQUIRED = refused('BAD_USER_INPUT', 'the review must say what was found', { field: 'reason' });

describe('submitting a request', () => {
  it.each(['0', '0.00', '-0', '-5', 'lots'])(
    'refuses an amount of %s: a request is for more than 0',
    (amount) => {
      let error: unknown;
      try {
        request('EXPENSE', amount);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'amount' } });
    },
  );

  it('keeps a positive amount as given', () => {
    expect(request('EXPENSE', '0.01').amount).toBe('0.01');
  });
});

describe('deciding a request', () => {
  it('[DOMAIN 3.1] a loyalty supervisor approves a redemption worth 4,999.99 CNY, but one of 5,000 needs the GM', () => {
    const supervisor = { sub: 'sup-1', roles: ['loyalty_supervisor'] };
    const small = decide(request('POINTS_REDEMPTION', '4999.99'), 'APPROVE', supervisor, null, later);
    expect(small).toMatchObject({ status: 'APPROVED', decidedBy: 'sup-1', decidedAt: later });

    const large = request('POINTS_REDEMPTION', '5000');
    expect(large.requiredAuthority).toBe('GM');
    expect(() => decide(large, 'APPROVE', supervisor, null, later)).toThrow(NOT_AUTHORISED('GM'));
    expect(decide(large, 'APPROVE', { sub: 'gm-1', roles: ['gm'] }, null, later).status).toBe('APPROVED');
  });

  it('[DOMAIN 3.1] a higher authority may decide what a lower one could, never the other way round', () => {
    const vpMatter = request('EXPENSE', '50000');
    expect(() => decide(vpMatter, 'APPROVE', { sub: 'h', roles: ['department_head'] }, null, later)).toThrow(
      NOT_AUTHORISED('VP'),
    );
    // Deciding in place of the lower authority is a skip-level decision, with its written reasons (DOMAIN 3.4).
    const skipLevel = { justification: 'The VP is abroad', riskAssessment: 'Low: a budgeted expense' };
    expect(
      decide(vpMatter, 'APPROVE', { sub: 'gm', roles: ['gm'] }, null, later, null, { skipLevel }).status,
    ).toBe('APPROVED');
    const meeting = request('EXPENSE', '100000.01');
    expect(() => decide(meeting, 'APPROVE', { sub: 'gm', roles: ['gm'] }, null, later)).toThrow(
      NOT_AUTHORISED('GM_OFFICE_MEETING'),
    );
    expect(decide(meeting, 'APPROVE', { sub: 'o', roles: ['gm_office'] }, null, later).status).toBe(
      'APPROVED',
    );
  });

  it('refuses a decision on your own request, a rejection without a reason, and a second decision', () => {
    const own = request('EXPENSE', '100', 'head-1');
    expect(() => decide(own, 'APPROVE', { sub: 'head-1', roles: ['department_head'] }, null, later)).toThrow(
      OWN_REQUEST,
    );
    const head = { sub: 'head-2', roles: ['department_head'] };
    expect(() => decide(own, 'REJECT', head, '  ', later)).toThrow(REASON_REQUIRED);
    const rejected = decide(own, 'REJECT', head, ' Over budget ', later);
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Over budget' });
    expect(() => decide(rejected, 'APPROVE', head, null, later)).toThrow(NOT_PENDING('REJECTED'));
    expect(() => withdraw(rejected, { sub: 'head-1', isService: false }, null, later)).toThrow(
      NOT_PENDING('REJECTED'),
    );
  });

  it('lets only the person who asked, or the asking service, withdraw a pending request', () => {
    const pending = request('DISCOUNT', '800', 'sales-1');
    expect(() => withdraw(pending, { sub: 'sales-2', isService: false }, null, later)).toThrow(NOT_REQUESTER);
    expect(withdraw(pending, { sub: 'sales-1', isService: false }, 'Customer left', later)).toMatchObject({
      status: 'WITHDRAWN',
      decisionReason: 'Customer left',
    });
    expect(withdraw(pending, { sub: 'svc-loyalty', isService: true }, null, later).status).toBe('WITHDRAWN');
  });
});

describe('decisions after the time limit', () => {
  const head = { sub: 'head-1', roles: ['department_head'] };
  const pastDue = new Date(later.getTime() + 1);

  it('[DOMAIN 3.7] a decision after the time limit is a supplementary approval that must say why it is late', () => {
    const overdue = request('EXPENSE', '900');
    expect(() => decide(overdue, 'APPROVE', head, null, pastDue, '  ')).toThrow(EXPLANATION_REQUIRED);
    const approved = decide(overdue, 'APPROVE', head, null, pastDue, ' Waiting for the supplier quote ');
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedLate: true,
      overdueExplanation: 'Waiting for the supplier quote',
      lateReview: null,
    });
    // On time (the due instant itself counts as on time) no explanation is asked for or kept.
    const onTime = decide(request('EXPENSE', '900'), 'APPROVE', head, null, later, 'not needed');
    expect(onTime).toMatchObject({ decidedLate: false, overdueExplanation: null });
  });

  it('[DOMAIN 3.7] internal control checks once that a late decision was necessary', () => {
    const late = decide(request('EXPENSE', '900'), 'APPROVE', head, null, pastDue, 'Quote came late');
    const reviewed = reviewLateDecision(
      late,
      { necessary: false, note: ' Could have been decided on time ' },
      { sub: 'ic-1' },
      pastDue,
    );
    expect(reviewed.lateReview).toEqual({
      necessary: false,
      note: 'Could have been decided on time',
      reviewedBy: 'ic-1',
      reviewedAt: pastDue,
    });
    expect(() =>
      reviewLateDecision(reviewed, { necessary: true, note: 'again' }, { sub: 'ic-2' }, pastDue),
    ).toThrow(REVIEWED_ALREADY);
    expect(() => reviewLateDecision(late, { necessary: true, note: ' ' }, { sub: 'ic-1' }, pastDue)).toThrow(
      FINDING_REQUIRED,
    );
    const onTime = decide(request('EXPENSE', '900'), 'APPROVE', head, null, later);
    expect(() =>
      reviewLateDecision(onTime, { necessary: true, note: 'x' }, { sub: 'ic-1' }, pastDue),
    ).toThrow(NOT_LATE);
  });
});
