import { ComplaintRuleViolation, complaintNumber, intake, yearIn } from './complaint';

const now = new Date('2026-03-02T02:00:00Z');

describe('complaint intake', () => {
  it('[DOMAIN 1.2] records the customer, order, product, what happened and the expected resolution', () => {
    const c = intake(
      {
        customerId: 'c-1',
        channel: 'PHONE',
        orderNumber: ' SO-1 ',
        productModel: 'TX-200',
        description: ' Torn fabric ',
        expectedResolution: 'Replacement',
      },
      { id: 'id-1', number: 'CP-2026-000001' },
      now,
    );
    expect(c).toEqual({
      id: 'id-1',
      number: 'CP-2026-000001',
      kind: 'COMPLAINT',
      channel: 'PHONE',
      status: 'RECEIVED',
      customerId: 'c-1',
      orderNumber: 'SO-1',
      productModel: 'TX-200',
      description: 'Torn fabric',
      expectedResolution: 'Replacement',
      receivedAt: now,
      createdAt: now,
      version: 1,
    });
  });

  it('refuses an empty description and a receipt time in the future', () => {
    expect(() =>
      intake({ customerId: 'c', channel: 'EMAIL', description: '  ' }, { id: 'i', number: 'n' }, now),
    ).toThrow(ComplaintRuleViolation);
    const future = new Date(now.getTime() + 10 * 60_000);
    expect(() =>
      intake(
        { customerId: 'c', channel: 'EMAIL', description: 'x', receivedAt: future },
        { id: 'i', number: 'n' },
        now,
      ),
    ).toThrow('future');
  });
});

describe('complaint numbers', () => {
  it('formats CP-year-serial with six digits', () => {
    expect(complaintNumber(2026, 123)).toBe('CP-2026-000123');
    expect(() => complaintNumber(2026, 0)).toThrow(RangeError);
    expect(() => complaintNumber(2026, 1_000_000)).toThrow(RangeError);
  });

  it('takes the year in the company time zone, not in UTC', () => {
    const newYearInShanghai = new Date('2026-12-31T17:30:00Z');
    expect(yearIn('Asia/Shanghai', newYearInShanghai)).toBe(2027);
    expect(yearIn('UTC', newYearInShanghai)).toBe(2026);
  });
});
