import {
  DEFAULT_POLICY_DOCUMENT,
  publishPolicy,
  validatePolicyDocument,
  type AuthorityPolicyDocument,
  type PolicyRule,
} from './authority-policy';
import { routeOf } from './route';

/** The chain of a request, as the authorities of its steps in order. */
const chain = (type: PolicyRule['type'], amount: string, department: 'CUSTOMER_SERVICE' | null = null) =>
  routeOf(DEFAULT_POLICY_DOCUMENT, type, amount, department).steps.map((s) => s.authority);

const REGULAR = ['DEPARTMENT_HEAD', 'INTERNAL_CONTROL', 'FINANCE', 'VP'];
const EDGES = ['9999.99', '10000', '10000.01', '100000', '100000.01'] as const;

/** Every business type (and customer service's own rule) at the amount edges of the matrix. */
const EXPECTED: Record<string, string[][]> = {
  EXPENSE: [['DEPARTMENT_HEAD'], ['DEPARTMENT_HEAD'], REGULAR, REGULAR, [...REGULAR, 'GM_OFFICE_MEETING']],
  OTHER: [['DEPARTMENT_HEAD'], ['DEPARTMENT_HEAD'], REGULAR, REGULAR, [...REGULAR, 'GM_OFFICE_MEETING']],
  COMPENSATION: [
    ['DEPARTMENT_HEAD'],
    ['DEPARTMENT_HEAD'],
    REGULAR,
    REGULAR,
    [...REGULAR, 'GM_OFFICE_MEETING'],
  ],
  PURCHASE: [
    ['DEPARTMENT_HEAD', 'FINANCE', 'GM'],
    ['DEPARTMENT_HEAD', 'FINANCE', 'GM'],
    ['DEPARTMENT_HEAD', 'FINANCE', 'GM'],
    ['DEPARTMENT_HEAD', 'FINANCE', 'GM'],
    ['DEPARTMENT_HEAD', 'FINANCE', 'GM', 'GM_OFFICE_MEETING'],
  ],
  POINTS_REDEMPTION: [['GM'], ['GM'], ['GM'], ['GM'], ['GM']],
  DISCOUNT: [
    ['DEPARTMENT_HEAD'],
    ['DEPARTMENT_HEAD'],
    ['DEPARTMENT_HEAD', 'VP'],
    ['DEPARTMENT_HEAD', 'VP'],
    ['DEPARTMENT_HEAD', 'VP', 'GM_OFFICE_MEETING'],
  ],
  CAMPAIGN: [
    ['INTERNAL_CONTROL', 'DEPARTMENT_HEAD'],
    ['INTERNAL_CONTROL', 'DEPARTMENT_HEAD'],
    ['INTERNAL_CONTROL', 'VP'],
    ['INTERNAL_CONTROL', 'VP'],
    ['INTERNAL_CONTROL', 'GM_OFFICE_MEETING'],
  ],
};

describe('the authority policy, version 1', () => {
  it.each(
    Object.entries(EXPECTED).flatMap(([type, chains]) =>
      EDGES.map((amount, i) => [type, amount, chains[i]!.join(' -> ')] as const),
    ),
  )('[DOMAIN 3.1] routes a %s of %s CNY through %s', (type, amount, expected) => {
    expect(chain(type as PolicyRule['type'], amount).join(' -> ')).toBe(expected);
  });

  it.each([
    ['4999.99', 'LOYALTY_SUPERVISOR'],
    ['5000', 'GM'],
    ['5000.01', 'GM'],
  ])('[DOMAIN 3.1] routes a points redemption worth %s CNY to %s', (amount, authority) => {
    expect(chain('POINTS_REDEMPTION', amount)).toEqual([authority]);
  });

  it.each([
    ['1000', ['CS_SPECIALIST']],
    ['1000.01', ['CS_MANAGER']],
    ['5000', ['CS_MANAGER']],
    ['5000.01', ['CS_DIRECTOR']],
    ['9999.99', ['CS_DIRECTOR']],
    ['10000', ['CS_DIRECTOR']],
    ['10000.01', ['CS_DIRECTOR', 'INTERNAL_CONTROL', 'FINANCE', 'VP']],
    ['100000', ['CS_DIRECTOR', 'INTERNAL_CONTROL', 'FINANCE', 'VP']],
    ['100000.01', ['CS_DIRECTOR', 'INTERNAL_CONTROL', 'FINANCE', 'VP', 'GM_OFFICE_MEETING']],
  ])(
    "[DOMAIN 3.1] routes customer service's own compensation of %s CNY specialist / manager / director by weight",
    (amount, expected) => {
      expect(chain('COMPENSATION', amount, 'CUSTOMER_SERVICE')).toEqual(expected);
    },
  );

  it("[DOMAIN 3.2] the regular route starts with the head of the applicant's department, the other steps with any holder", () => {
    const route = routeOf(DEFAULT_POLICY_DOCUMENT, 'EXPENSE', '30000', 'SALES');
    expect(route.steps).toEqual([
      { position: 1, authority: 'DEPARTMENT_HEAD', department: 'SALES' },
      { position: 2, authority: 'INTERNAL_CONTROL', department: null },
      { position: 3, authority: 'FINANCE', department: null },
      { position: 4, authority: 'VP', department: null },
    ]);
    expect(route).toMatchObject({ workingDays: 2, requiredAuthority: 'VP' });
    expect(routeOf(DEFAULT_POLICY_DOCUMENT, 'CAMPAIGN', '80000', null)).toMatchObject({
      workingDays: 1,
      requiredAuthority: 'VP',
    });
  });
});

describe('checking a policy before it is published', () => {
  const copy = (): AuthorityPolicyDocument => structuredClone(DEFAULT_POLICY_DOCUMENT);
  const field = (document: AuthorityPolicyDocument) => {
    try {
      validatePolicyDocument(document);
    } catch (e) {
      return e as { code: string; message: string; details: { field: string } };
    }
    throw new Error('the policy was accepted');
  };
  const expense = (doc: AuthorityPolicyDocument) => doc.rules.find((r) => r.type === 'EXPENSE')!;

  it('[DOMAIN 3.1] accepts version 1 as it is', () => {
    expect(validatePolicyDocument(DEFAULT_POLICY_DOCUMENT)).toEqual(DEFAULT_POLICY_DOCUMENT);
  });

  it('[DOMAIN 3.1] refuses a policy that leaves a business type without its rule', () => {
    const doc = copy();
    doc.rules = doc.rules.filter((r) => r.type !== 'PURCHASE');
    expect(field(doc)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'every business type needs its rule; missing: PURCHASE',
      details: { field: 'document.rules', missing: ['PURCHASE'] },
    });
    const twice = copy();
    twice.rules.push(expense(copy()));
    expect(field(twice).message).toBe('two rules for EXPENSE');
  });

  it('[DOMAIN 3.1] refuses bands out of order, without an open top band, or open in the middle', () => {
    const descending = copy();
    expense(descending).bands[1]!.upTo = '5000';
    expect(field(descending)).toMatchObject({
      message: 'bands are in ascending order of amount',
      details: { field: 'document.rules[0].bands[1]' },
    });
    const closed = copy();
    expense(closed).bands[2]!.upTo = '1000000';
    expect(field(closed).message).toBe('the last band is open at the top: no upTo or below');
    const openEarly = copy();
    expense(openEarly).bands[0]!.upTo = null;
    expect(field(openEarly).message).toBe('only the last band is open at the top');
    const both = copy();
    expense(both).bands[0]!.below = '10000';
    expect(field(both).message).toBe('a band ends either up to an amount or below it, not both');
    const nothing = copy();
    expense(nothing).bands[0]!.upTo = '0';
    expect(field(nothing)).toMatchObject({ details: { field: 'document.rules[0].bands[0].upTo' } });
  });

  it('[DOMAIN 3.1] refuses unknown authorities, empty or repeating chains and a time limit out of range', () => {
    const unknown = copy();
    expense(unknown).bands[0]!.steps = [{ authority: 'JANITOR' as never }];
    expect(field(unknown)).toMatchObject({
      message: 'an unknown authority',
      details: { field: 'document.rules[0].bands[0].steps[0].authority' },
    });
    const empty = copy();
    expense(empty).bands[0]!.steps = [];
    expect(field(empty).message).toBe('a chain has 1 to 10 steps');
    const twice = copy();
    expense(twice).bands[1]!.steps.push({ authority: 'FINANCE' });
    expect(field(twice).message).toBe('one authority decides one step of a chain, not two');
    const department = copy();
    expense(department).bands[0]!.steps = [{ authority: 'VP', applicantDepartment: true }];
    expect(field(department).message).toBe("only a department head's step is the applicant's department's");
    const timeless = copy();
    expense(timeless).workingDays = 0;
    expect(field(timeless).details.field).toBe('document.rules[0].workingDays');
  });

  it('[DOMAIN 3.1] takes a new version into force now or later, never in the past', () => {
    const now = new Date('2026-03-06T02:00:00Z');
    const context = { version: 2, publishedBy: 'gm-1', now };
    expect(publishPolicy({ document: copy() }, context)).toMatchObject({
      version: 2,
      effectiveFrom: now,
      publishedBy: 'gm-1',
      publishedAt: now,
    });
    expect(() =>
      publishPolicy({ document: copy(), effectiveFrom: new Date(now.getTime() - 1) }, context),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'effectiveFrom' } }));
  });
});
