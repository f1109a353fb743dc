import {
  DEPARTMENTS,
  isRefusal,
  NON_STAFF_ROLES,
  Refusal,
  REFUSAL_CODES,
  refuse,
  ROLES,
  STAFF_ROLES,
} from './index';

describe('the shared vocabulary', () => {
  it('names every role and department once (tokens are checked against these lists)', () => {
    expect(new Set(ROLES).size).toBe(ROLES.length);
    expect(new Set(DEPARTMENTS).size).toBe(DEPARTMENTS.length);
  });

  it('spells roles in snake_case and departments in UPPER_SNAKE_CASE, as tokens and the API carry them', () => {
    expect(ROLES.filter((r) => !/^[a-z]+(_[a-z]+)*$/.test(r))).toEqual([]);
    expect(DEPARTMENTS.filter((d) => !/^[A-Z]+(_[A-Z]+)*$/.test(d))).toEqual([]);
  });

  it('counts every role as staff but outsiders and service accounts', () => {
    expect([...STAFF_ROLES, ...NON_STAFF_ROLES].sort()).toEqual([...ROLES].sort());
    expect(STAFF_ROLES).toContain('cs_specialist');
    expect(STAFF_ROLES).not.toContain('customer');
    expect(STAFF_ROLES).not.toContain('service');
  });
});

describe('refusals', () => {
  it('carry a code from the closed set, a message for the caller and details', () => {
    const refusal = refuse.input('points', 'points must be positive', { min: 1 });
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'points must be positive',
      details: { field: 'points', min: 1 },
    });
    expect(refuse.notFound('Complaint', 'c-1')).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Complaint c-1 was not found',
      details: { id: 'c-1' },
    });
    expect(REFUSAL_CODES).not.toContain('INTERNAL_SERVER_ERROR');
    expect(isRefusal(refuse.transition('no'))).toBe(true);
    expect(isRefusal(new Error('no'))).toBe(false);
  });
});
