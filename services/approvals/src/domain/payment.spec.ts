import { decide, submit } from './approval-request';
import { checkPayment, PaymentRefused } from './payment';

const now = new Date('2026-03-02T02:00:00Z');
const ctx = { id: 'p-1', paidBy: 'fin-1', now };
const approved = decide(
  submit(
    { type: 'PURCHASE', title: 'Dye', amount: '25000', orderNumber: 'PO-7' },
    { id: 'r-1', requestedBy: 'buyer-1', now, due: { at: now, provisional: false } },
  ),
  'APPROVE',
  { sub: 'vp-1', roles: ['vp'] },
  null,
  now,
);

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PaymentRefused) return error.reason;
    throw error;
  }
  throw new Error('expected the payment to be refused');
};

describe('fund payments', () => {
  it('[DOMAIN 3.8] pays an approved request up to the approved amount, for its order, in its currency', () => {
    expect(checkPayment(approved, '10000', { orderNumber: 'PO-7', amount: '15000' }, ctx)).toMatchObject({
      amount: '15000',
      currency: 'CNY',
      orderNumber: 'PO-7',
    });
    expect(
      reason(() => checkPayment(approved, '10000', { orderNumber: 'PO-7', amount: '15000.01' }, ctx)),
    ).toBe('OVER_APPROVED');
    expect(reason(() => checkPayment(approved, '0', { orderNumber: 'PO-8', amount: '1' }, ctx))).toBe(
      'WRONG_ORDER',
    );
    expect(
      reason(() => checkPayment(approved, '0', { orderNumber: 'PO-7', amount: '1', currency: 'USD' }, ctx)),
    ).toBe('WRONG_CURRENCY');
    expect(reason(() => checkPayment(approved, '0', { orderNumber: 'PO-7', amount: '0' }, ctx))).toBe(
      'BAD_AMOUNT',
    );
  });

  it('[DOMAIN 3.8] pays nothing on a request that is not approved', () => {
    const pending = { ...approved, status: 'PENDING' as const };
    expect(reason(() => checkPayment(pending, '0', { orderNumber: 'PO-7', amount: '1' }, ctx))).toBe(
      'NOT_APPROVED',
    );
  });
});
