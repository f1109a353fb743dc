import type { RefusalCode } from '@care/domain-kernel';
import { oneStepRouting } from '../../test/one-step-policy';
import { decide, submit, type ApprovalRequest } from './approval-request';
import { DEFAULT_POLICY_DOCUMENT, type ApprovalType } from './authority-policy';
import { endDelegation, recordDelegation, type Delegation, type DelegationInput } from './delegation';

const now = new Date('2026-07-01T01:00:00Z');
const day = 24 * 60 * 60 * 1000;
const input = (days: number, overrides: Partial<DelegationInput> = {}): DelegationInput => ({
  delegator: 'vp-1',
  delegate: 'head-1',
  authority: 'VP',
  businessTypes: ['EXPENSE', 'OTHER'],
  maxAmount: '60000',
  startsAt: now,
  endsAt: new Date(now.getTime() + days * day),
  documentReference: 'DEL-2026-07-VP',
  ...overrides,
});
const context = (recorded: Delegation[] = [], id = 'd-1') => ({
  id,
  signedBy: 'gm-1',
  now,
  policy: DEFAULT_POLICY_DOCUMENT,
  recorded,
});
const recorded = (days = 14, overrides: Partial<DelegationInput> = {}) =>
  recordDelegation(input(days, overrides), context());

function request(amount: string, type: ApprovalType = 'EXPENSE', requestedBy = 'staff-1'): ApprovalRequest {
  return submit(
    { type, title: 'A matter', amount },
    { id: 'r-1', requestedBy, now, ...oneStepRouting(new Date(now.getTime() + 2 * day)) },
  );
}

/** The refusal as the caller sees it: its code, message and details. */
const refused = (code: RefusalCode, message: string, details?: Record<string, unknown>) =>
  expect.objectContaining({ code, message, details });
const NOT_AUTHORISED = refused('FORBIDDEN', 'only VP or a higher authority may decide this request');
const OUT_OF_SCOPE = expect.objectContaining({
  code: 'FORBIDDEN',
  message: expect.stringMatching(/^your delegation of VP does not cover/),
});

describe('delegations', () => {
  it('[DOMAIN 3.5] a delegation is written, signed by the GM, and lasts at most 30 days', () => {
    expect(recorded(30)).toMatchObject({
      signedBy: 'gm-1',
      documentReference: 'DEL-2026-07-VP',
      endedAt: null,
      businessTypes: ['EXPENSE', 'OTHER'],
      maxAmount: '60000.00',
      department: null,
    });
    expect(() => recordDelegation(input(30.01), context())).toThrow(
      refused('LIMIT_EXCEEDED', 'a delegation lasts at most 30 days', { field: 'endsAt' }),
    );
    expect(() => recordDelegation(input(5, { documentReference: ' ' }), context())).toThrow(
      refused('BAD_USER_INPUT', 'a delegation is written: give the signed document', {
        field: 'documentReference',
      }),
    );
    expect(() => recordDelegation(input(5, { delegate: 'vp-1' }), context())).toThrow(
      refused('BAD_USER_INPUT', 'nobody delegates to themselves', { field: 'delegate' }),
    );
  });

  it('[DOMAIN 3.5] names business types and an amount within the delegated authority', () => {
    expect(() => recorded(5, { businessTypes: [] })).toThrow(
      refused('BAD_USER_INPUT', 'name the business types the delegate decides', { field: 'businessTypes' }),
    );
    expect(() => recorded(5, { maxAmount: '0' })).toThrow(
      refused('BAD_USER_INPUT', 'the largest amount is more than 0', { field: 'maxAmount' }),
    );
    // The loyalty supervisor decides redemptions below 5,000 CNY, and nothing else.
    const supervisor = {
      authority: 'LOYALTY_SUPERVISOR' as const,
      businessTypes: ['POINTS_REDEMPTION' as const],
    };
    expect(recorded(5, { ...supervisor, maxAmount: '4999.99' }).maxAmount).toBe('4999.99');
    expect(() => recorded(5, { ...supervisor, maxAmount: '5000' })).toThrow(
      refused(
        'LIMIT_EXCEEDED',
        'LOYALTY_SUPERVISOR decides POINTS_REDEMPTION below 5000 CNY: a delegation stays within the delegator’s own authority',
        { field: 'maxAmount', ceiling: '5000', type: 'POINTS_REDEMPTION' },
      ),
    );
    expect(() => recorded(5, { ...supervisor, businessTypes: ['EXPENSE'], maxAmount: '100' })).toThrow(
      refused('BAD_USER_INPUT', 'LOYALTY_SUPERVISOR decides no step of EXPENSE: nothing to delegate', {
        field: 'businessTypes',
      }),
    );
    // A department head's authority is one department's.
    const head = { authority: 'DEPARTMENT_HEAD' as const, delegator: 'head-9', delegate: 'staff-9' };
    expect(() => recorded(5, head)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'department' } }),
    );
    expect(recorded(5, { ...head, department: 'SALES' }).department).toBe('SALES');
    expect(() => recorded(5, { department: 'SALES' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'department' } }),
    );
  });

  it('[DOMAIN 3.5] no overlapping delegation of one delegator for the same scope, and no chains', () => {
    const first = recorded(10);
    const later = { startsAt: new Date(now.getTime() + 5 * day), endsAt: new Date(now.getTime() + 15 * day) };
    expect(() =>
      recordDelegation(input(10, { ...later, delegate: 'head-2' }), context([first], 'd-2')),
    ).toThrow(
      refused('CONFLICT', 'vp-1 has delegated VP for EXPENSE, OTHER over that time already', {
        delegationId: 'd-1',
      }),
    );
    // Another business type, or after the first ends, or once it is handed back: fine.
    const other = { ...later, delegate: 'head-2', businessTypes: ['DISCOUNT' as const] };
    expect(recordDelegation(input(10, other), context([first], 'd-2')).id).toBe('d-2');
    const afterwards = {
      startsAt: first.endsAt,
      endsAt: new Date(first.endsAt.getTime() + day),
      delegate: 'head-2',
    };
    expect(recordDelegation(input(1, afterwards), context([first], 'd-3')).id).toBe('d-3');
    const handedBack = endDelegation(first, { sub: 'head-1', roles: [] }, new Date(now.getTime() + day));
    expect(
      recordDelegation(input(10, { ...later, delegate: 'head-2' }), context([handedBack], 'd-4')).id,
    ).toBe('d-4');
    // The delegate passes nothing on, and nobody receives what they delegated themselves at that time.
    const chains = [
      ['delegator', { delegator: 'head-1', delegate: 'staff-3' }],
      ['delegate', { delegator: 'vp-2', delegate: 'vp-1' }],
    ] as const;
    for (const [field, chain] of chains)
      expect(() => recordDelegation(input(5, chain), context([first]))).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field, delegationId: 'd-1' } }),
      );
  });

  it('[DOMAIN 3.5] the delegate decides as the holder of the delegated authority, and of no other', () => {
    const delegation: Delegation = recorded();
    const by = { sub: 'head-1', roles: ['department_staff'], delegations: [delegation] };
    const vpMatter = decide(request('50000'), 'APPROVE', by, null, now);
    expect(vpMatter).toMatchObject({ status: 'APPROVED', decidedUnderDelegation: 'd-1' });
    // A department head's matter is within a VP's authority too (a skip-level decision, DOMAIN 3.4); the
    // GM office meeting's is not.
    const skipLevel = { justification: 'The head is on leave', riskAssessment: 'Low: samples' };
    expect(decide(request('800'), 'APPROVE', by, null, now, null, { skipLevel }).status).toBe('APPROVED');
    expect(() => decide(request('150000'), 'APPROVE', by, null, now)).toThrow(
      refused('FORBIDDEN', 'only GM_OFFICE_MEETING or a higher authority may decide this request'),
    );
    // Someone else's delegation gives nothing; an own role needs none.
    expect(() => decide(request('50000'), 'APPROVE', { ...by, sub: 'head-2' }, null, now)).toThrow(
      NOT_AUTHORISED,
    );
    expect(
      decide(
        request('50000'),
        'APPROVE',
        { sub: 'vp-2', roles: ['vp'], delegations: [delegation] },
        null,
        now,
      ),
    ).toMatchObject({ decidedUnderDelegation: null });
  });

  it('[DOMAIN 3.5] the delegate decides within the delegated business types and amount only', () => {
    const by = { sub: 'head-1', roles: ['department_staff'], delegations: [recorded()] };
    // Up to and including its amount, for its business types: recorded as decided by delegation.
    expect(decide(request('60000'), 'APPROVE', by, null, now)).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'head-1',
      decidedUnderDelegation: 'd-1',
      steps: [expect.objectContaining({ actingFor: 'd-1', skipLevel: null })],
    });
    expect(decide(request('20000', 'OTHER'), 'APPROVE', by, null, now).decidedUnderDelegation).toBe('d-1');
    // Beyond its amount, or another business type: a crossing of permissions.
    expect(() => decide(request('60000.01'), 'APPROVE', by, null, now)).toThrow(OUT_OF_SCOPE);
    expect(() => decide(request('20000', 'DISCOUNT'), 'APPROVE', by, null, now)).toThrow(OUT_OF_SCOPE);
    // Nor as a skip-level decision outside its scope.
    const skipLevel = { justification: 'The head is on leave', riskAssessment: 'Low: samples' };
    expect(() => decide(request('800', 'DISCOUNT'), 'APPROVE', by, null, now, null, { skipLevel })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it("[DOMAIN 3.5] a department head's delegate decides the head's step of that department only", () => {
    const sales = recordDelegation(
      input(5, {
        delegator: 'head-sales',
        delegate: 'deputy-1',
        authority: 'DEPARTMENT_HEAD',
        department: 'SALES',
        maxAmount: '10000',
      }),
      context(),
    );
    const by = { sub: 'deputy-1', roles: ['department_staff'], delegations: [sales] };
    const of = (department: 'SALES' | 'LOGISTICS') =>
      submit(
        { type: 'EXPENSE', title: 'A matter', amount: '900' },
        {
          id: 'r-2',
          requestedBy: 'staff-1',
          department,
          now,
          policy: { version: 1, document: DEFAULT_POLICY_DOCUMENT },
          addWorkingDays: (from) => ({ value: new Date(from.getTime() + 2 * day), provisional: false }),
        },
      );
    expect(decide(of('SALES'), 'APPROVE', by, null, now).decidedUnderDelegation).toBe(sales.id);
    expect(() => decide(of('LOGISTICS'), 'APPROVE', by, null, now)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('[DOMAIN 3.5] gives nothing before it starts, after it ends, or once handed back', () => {
    const delegation = recorded(14);
    const by = (d: Delegation) => ({ sub: 'head-1', roles: [], delegations: [d] });
    const after = new Date(now.getTime() + 14 * day);
    expect(() => decide(request('50000'), 'APPROVE', by(delegation), null, after)).toThrow(NOT_AUTHORISED);
    const before = new Date(now.getTime() - 1);
    expect(() => decide(request('50000'), 'APPROVE', by(delegation), null, before)).toThrow(NOT_AUTHORISED);
    const handedBack = endDelegation(delegation, { sub: 'head-1', roles: [] }, new Date(now.getTime() + day));
    const later = new Date(now.getTime() + 2 * day);
    expect(() => decide(request('50000'), 'APPROVE', by(handedBack), null, later)).toThrow(NOT_AUTHORISED);
    expect(() => endDelegation(handedBack, { sub: 'head-1', roles: [] }, later)).toThrow(
      refused('INVALID_TRANSITION', 'the delegation has ended already', { field: 'id' }),
    );
    expect(() => endDelegation(delegation, { sub: 'someone', roles: ['vp'] }, later)).toThrow(
      refused('FORBIDDEN', 'only the delegate, the delegator or the GM ends a delegation', { field: 'id' }),
    );
  });
});
