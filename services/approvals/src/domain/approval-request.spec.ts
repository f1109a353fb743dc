import {
  ApprovalDecisionRefused,
  decide,
  reviewLateDecision,
  submit,
  withdraw,
  type ApprovalRequest,
} from './approval-request';

const now = new Date('2026-03-02T02:00:00Z');
const later = new Date('2026-03-03T02:00:00Z');

function request(type: ApprovalRequest['type'], amount: string, requestedBy = 'sales-1'): ApprovalRequest {
  return submit(
    { type, title: 'A matter', amount },
    { id: 'r-1', requestedBy, now, due: { at: later, provisional: false } },
  );
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApprovalDecisionRefused) return error.reason;
    throw error;
  }
  throw new Error('expected the decision to be refused');
};

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
      expect(error).toMatchObject({ field: 'amount' });
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
    expect(refusal(() => decide(large, 'APPROVE', supervisor, null, later))).toBe('NOT_AUTHORISED');
    expect(decide(large, 'APPROVE', { sub: 'gm-1', roles: ['gm'] }, null, later).status).toBe('APPROVED');
  });

  it('[DOMAIN 3.1] a higher authority may decide what a lower one could, never the other way round', () => {
    const vpMatter = request('EXPENSE', '50000');
    expect(
      refusal(() => decide(vpMatter, 'APPROVE', { sub: 'h', roles: ['department_head'] }, null, later)),
    ).toBe('NOT_AUTHORISED');
    expect(decide(vpMatter, 'APPROVE', { sub: 'gm', roles: ['gm'] }, null, later).status).toBe('APPROVED');
    const meeting = request('EXPENSE', '100000.01');
    expect(refusal(() => decide(meeting, 'APPROVE', { sub: 'gm', roles: ['gm'] }, null, later))).toBe(
      'NOT_AUTHORISED',
    );
    expect(decide(meeting, 'APPROVE', { sub: 'o', roles: ['gm_office'] }, null, later).status).toBe(
      'APPROVED',
    );
  });

  it('refuses a decision on your own request, a rejection without a reason, and a second decision', () => {
    const own = request('EXPENSE', '100', 'head-1');
    expect(
      refusal(() => decide(own, 'APPROVE', { sub: 'head-1', roles: ['department_head'] }, null, later)),
    ).toBe('OWN_REQUEST');
    const head = { sub: 'head-2', roles: ['department_head'] };
    expect(refusal(() => decide(own, 'REJECT', head, '  ', later))).toBe('REASON_REQUIRED');
    const rejected = decide(own, 'REJECT', head, ' Over budget ', later);
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Over budget' });
    expect(refusal(() => decide(rejected, 'APPROVE', head, null, later))).toBe('NOT_PENDING');
    expect(refusal(() => withdraw(rejected, { sub: 'head-1', isService: false }, null, later))).toBe(
      'NOT_PENDING',
    );
  });

  it('lets only the person who asked, or the asking service, withdraw a pending request', () => {
    const pending = request('DISCOUNT', '800', 'sales-1');
    expect(refusal(() => withdraw(pending, { sub: 'sales-2', isService: false }, null, later))).toBe(
      'NOT_AUTHORISED',
    );
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
    expect(refusal(() => decide(overdue, 'APPROVE', head, null, pastDue, '  '))).toBe('EXPLANATION_REQUIRED');
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
    expect(
      refusal(() =>
        reviewLateDecision(reviewed, { necessary: true, note: 'again' }, { sub: 'ic-2' }, pastDue),
      ),
    ).toBe('REVIEWED_ALREADY');
    expect(
      refusal(() => reviewLateDecision(late, { necessary: true, note: ' ' }, { sub: 'ic-1' }, pastDue)),
    ).toBe('REASON_REQUIRED');
    const onTime = decide(request('EXPENSE', '900'), 'APPROVE', head, null, later);
    expect(
      refusal(() => reviewLateDecision(onTime, { necessary: true, note: 'x' }, { sub: 'ic-1' }, pastDue)),
    ).toBe('NOT_LATE');
  });
});
