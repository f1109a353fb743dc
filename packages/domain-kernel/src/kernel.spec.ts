import { DEPARTMENTS, ROLES } from './index';

describe('the shared vocabulary', () => {
  it('names every role and department once (tokens are checked against these lists)', () => {
    expect(new Set(ROLES).size).toBe(ROLES.length);
    expect(new Set(DEPARTMENTS).size).toBe(DEPARTMENTS.length);
  });

  it('spells roles in snake_case and departments in UPPER_SNAKE_CASE, as tokens and the API carry them', () => {
    expect(ROLES.filter((r) => !/^[a-z]+(_[a-z]+)*$/.test(r))).toEqual([]);
    expect(DEPARTMENTS.filter((d) => !/^[A-Z]+(_[A-Z]+)*$/.test(d))).toEqual([]);
  });
});
