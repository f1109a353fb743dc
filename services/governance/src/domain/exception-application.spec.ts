import { decideException, submitException } from './exception-application';

const context = { id: 'e-1', actor: 'head-1', now: new Date('2026-03-02T02:00:00Z') };
const input = {
  kind: 'NATURAL_DISASTER' as const,
  title: 'Typhoon',
  exceptionTo: 'DOMAIN 1.4 resolution limits',
  justification: 'Warehouses closed',
  riskAssessment: { level: 'MEDIUM' as const, risks: 'Late answers', mitigation: 'Tell every customer' },
};

describe('an exception application (DOMAIN 4.6)', () => {
  it('[DOMAIN 4.6] needs its whole risk assessment', () => {
    expect(submitException(input, context)).toMatchObject({ status: 'SUBMITTED', amount: '0.00' });
    for (const riskAssessment of [
      null,
      { ...input.riskAssessment, level: null },
      { ...input.riskAssessment, mitigation: ' ' },
    ])
      expect(() => submitException({ ...input, riskAssessment }, context)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
  });

  it('takes the approval decision once', () => {
    const a = submitException(input, context);
    const decision = { outcome: 'APPROVED' as const, requestId: 'r-1', decidedAt: new Date(), reason: null };
    const approved = decideException(a, decision)!;
    expect(approved).toMatchObject({ status: 'APPROVED', approvalRequestId: 'r-1' });
    expect(decideException(approved, { ...decision, outcome: 'REJECTED' })).toBeNull();
  });
});
