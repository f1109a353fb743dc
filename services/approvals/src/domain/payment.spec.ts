import type { RefusalCode } from '@care/domain-kernel';
import { oneStepRouting } from '../../test/one-step-policy';
import { decide, submit } from './approval-request';
import { checkPayment } from './payment';

const now = new Date('2026-03-02T02:00:00Z');
const ctx = { id: 'p-1', paidBy: 'fin-1', now };
const approved = decide(
  submit(
    { type: 'PURCHASE', title: 'Dye', amount: '25000', orderNumber: 'PO-7' },
    { id: 'r-1', requestedBy: 'buyer-1', now, ...oneStepRouting(now) },
  ),
  'APPROVE',
  { sub: 'vp-1', roles: ['vp'] },
  null,
  now,
);

/** The refusal as the caller sees it: its code, message and details. */
const refused = (code: RefusalCode, message: string, details?: Record<string, unknown>) =>
  expect.objectContaining({ code, message, details });

describe('fund payments', () => {
  it('[DOMAIN 3.8] pays an approved request up to the approved amount, for its order, in its currency', () => {
    expect(checkPayment(approved, '10000', { orderNumber: 'PO-7', amount: '15000' }, ctx)).toMatchObject({
      amount: '15000.00',
      currency: 'CNY',
      orderNumber: 'PO-7',
    });
    expect(() => checkPayment(approved, '10000', { orderNumber: 'PO-7', amount: '15000.01' }, ctx)).toThrow(
      refused('LIMIT_EXCEEDED', 'the payment would exceed the approved amount', {
        approved: '25000.00',
        alreadyPaid: '10000.00',
        remaining: '15000.00',
      }),
    );
    expect(() => checkPayment(approved, '0', { orderNumber: 'PO-8', amount: '1' }, ctx)).toThrow(
      refused('BAD_USER_INPUT', 'the approval is for order PO-7', {
        field: 'orderNumber',
        approvedOrder: 'PO-7',
      }),
    );
    expect(() =>
      checkPayment(approved, '0', { orderNumber: 'PO-7', amount: '1', currency: 'USD' }, ctx),
    ).toThrow(refused('BAD_USER_INPUT', 'the approval is in CNY', { field: 'currency' }));
    expect(() => checkPayment(approved, '0', { orderNumber: 'PO-7', amount: '0' }, ctx)).toThrow(
      refused('BAD_USER_INPUT', 'a payment is a positive amount', { field: 'amount' }),
    );
  });

  it('[DOMAIN 3.8] pays nothing on a request that is not approved', () => {
    const pending = { ...approved, status: 'PENDING' as const };
    expect(() => checkPayment(pending, '0', { orderNumber: 'PO-7', amount: '1' }, ctx)).toThrow(
      refused('INVALID_TRANSITION', 'only an approved request is paid; this one is PENDING'),
    );
  });
});
