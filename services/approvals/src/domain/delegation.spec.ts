import type { RefusalCode } from '@care/domain-kernel';
import { oneStepRouting } from '../../test/one-step-policy';
import { decide, submit, type ApprovalRequest } from './approval-request';
import { endDelegation, recordDelegation, type Delegation, type DelegationInput } from './delegation';

const now = new Date('2026-07-01T01:00:00Z');
const day = 24 * 60 * 60 * 1000;
const input = (days: number, overrides: Partial<DelegationInput> = {}): DelegationInput => ({
  delegator: 'vp-1',
  delegate: 'head-1',
  authority: 'VP',
  startsAt: now,
  endsAt: new Date(now.getTime() + days * day),
  documentReference: 'DEL-2026-07-VP',
  ...overrides,
});
const recorded = (days = 14) => recordDelegation(input(days), { id: 'd-1', signedBy: 'gm-1', now });

function request(amount: string, requestedBy = 'staff-1'): ApprovalRequest {
  return submit(
    { type: 'EXPENSE', title: 'A matter', amount },
    { id: 'r-1', requestedBy, now, ...oneStepRouting(new Date(now.getTime() + 2 * day)) },
  );
}

/** The refusal as the caller sees it: its code, message and details. */
const refused = (code: RefusalCode, message: string, details?: Record<string, unknown>) =>
  expect.objectContaining({ code, message, details });
const NOT_AUTHORISED = refused('FORBIDDEN', 'only VP or a higher authority may decide this request');

describe('delegations', () => {
  it('[DOMAIN 3.5] a delegation is written, signed by the GM, and lasts at most 30 days', () => {
    expect(recorded(30)).toMatchObject({
      signedBy: 'gm-1',
      documentReference: 'DEL-2026-07-VP',
      endedAt: null,
    });
    expect(() => recordDelegation(input(30.01), { id: 'd', signedBy: 'gm-1', now })).toThrow(
      refused('LIMIT_EXCEEDED', 'a delegation lasts at most 30 days', { field: 'endsAt' }),
    );
    expect(() =>
      recordDelegation(input(5, { documentReference: ' ' }), { id: 'd', signedBy: 'gm-1', now }),
    ).toThrow(
      refused('BAD_USER_INPUT', 'a delegation is written: give the signed document', {
        field: 'documentReference',
      }),
    );
    expect(() =>
      recordDelegation(input(5, { delegate: 'vp-1' }), { id: 'd', signedBy: 'gm-1', now }),
    ).toThrow(refused('BAD_USER_INPUT', 'nobody delegates to themselves', { field: 'delegate' }));
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
