import { requiredAuthority } from './authority-matrix';

describe('the authority matrix', () => {
  it.each([
    ['0', 'DEPARTMENT_HEAD'],
    ['9999.99', 'DEPARTMENT_HEAD'],
    ['10000', 'DEPARTMENT_HEAD'],
    ['10000.01', 'VP'],
    ['100000', 'VP'],
    ['100000.01', 'GM_OFFICE_MEETING'],
    ['2500000', 'GM_OFFICE_MEETING'],
  ])('[DOMAIN 3.1] an expense of %s CNY is decided by %s', (amount, authority) => {
    expect(requiredAuthority('EXPENSE', amount)).toBe(authority);
  });

  it.each([
    ['4999.99', 'LOYALTY_SUPERVISOR'],
    ['5000', 'GM'],
    ['12000', 'GM'],
  ])('[DOMAIN 3.1] a points redemption worth %s CNY is decided by %s', (amount, authority) => {
    expect(requiredAuthority('POINTS_REDEMPTION', amount)).toBe(authority);
  });

  it('refuses a negative amount', () => {
    expect(() => requiredAuthority('EXPENSE', '-1')).toThrow(RangeError);
  });
});
