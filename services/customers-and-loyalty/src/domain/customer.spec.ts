import { Refusal } from '@care/domain-kernel';
import { maskEmail, maskPhone, registerCustomer, tierForAnnualSpend } from './customer';

describe('tiers by annual spend', () => {
  it.each([
    ['0', 'MEMBER'],
    ['49999.99', 'MEMBER'],
    ['50000', 'GOLD'],
    ['199999.99', 'GOLD'],
    ['200000', 'PLATINUM'],
    ['499999.99', 'PLATINUM'],
    ['500000', 'DIAMOND'],
    ['12000000', 'DIAMOND'],
  ])('[DOMAIN 2.1] an annual spend of %s CNY earns %s', (spend, tier) => {
    expect(tierForAnnualSpend(spend)).toBe(tier);
  });

  it('[DOMAIN 2.1] thresholds are policy data: a changed policy changes the tier', () => {
    const policy = { thresholds: [{ tier: 'GOLD' as const, minAnnualSpend: '10000' }] };
    expect(tierForAnnualSpend('10000', policy)).toBe('GOLD');
    expect(tierForAnnualSpend('600000', policy)).toBe('GOLD');
  });
});

describe('masking personal data', () => {
  it('[DOMAIN 2.7] masks a mobile number to its first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('861****5678');
    expect(maskPhone('1234')).toBe('****');
  });

  it('[DOMAIN 2.7] masks an e-mail address to its first letter and domain', () => {
    expect(maskEmail('wang.li@example.com')).toBe('w***@example.com');
    expect(maskEmail('broken')).toBe('***');
  });
});

describe('registering a customer', () => {
  const now = new Date('2026-03-02T02:00:00Z');

  it('normalises the input and starts as an active ordinary member', () => {
    const c = registerCustomer(
      { name: '  Wang Li ', email: 'Wang@Example.com', region: 'cn-gd' },
      'id-1',
      now,
    );
    expect(c).toEqual({
      id: 'id-1',
      name: 'Wang Li',
      email: 'wang@example.com',
      phone: null,
      region: 'CN-GD',
      birthday: null,
      preferredLanguage: null,
      tags: [],
      representative: null,
      tier: 'MEMBER',
      status: 'ACTIVE',
      identity: null,
      points: { balance: 0, locked: 0 },
      registeredAt: now,
      version: 1,
    });
  });

  it.each([
    [{ name: '   ' }, 'name'],
    [{ name: 'A', phone: 'call me' }, 'phone'],
    [{ name: 'A', region: 'Germany' }, 'region'],
    [{ name: 'A', email: 'not-an-email' }, 'email'],
    [{ name: 'A', birthday: '2026-02-30' }, 'birthday'],
    [{ name: 'A', birthday: '2027-01-01' }, 'birthday'],
    [{ name: 'A', tags: ['ok', 'no;semicolons'] }, 'tags'],
  ])('refuses %j naming the field', (input, field) => {
    expect(() => registerCustomer(input, 'id', now)).toThrow(Refusal);
    try {
      registerCustomer(input, 'id', now);
    } catch (e) {
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    }
  });
});
