import { citations, parseRules } from '@care/infra/dev/rules';

describe('the rule coverage report (pnpm rules)', () => {
  it('reads the numbered items of the numbered sections only', () => {
    const rules = parseRules(
      [
        '## Who uses it',
        '1. not a rule',
        '## 2. Customers and loyalty (seed 001)',
        '1. **Tiers by annual spend** (CNY): Diamond >= 500,000;',
        '   a continuation line',
        '6. **Points anomaly**: when a customer complains',
        '## Working days',
        '3. not a rule either',
      ].join('\n'),
    );
    expect(rules).toEqual([
      { id: '2.1', title: 'Tiers by annual spend' },
      { id: '2.6', title: 'Points anomaly' },
    ]);
  });

  it('finds every rule a test name cites, also several in one name', () => {
    const source = [
      "it('[DOMAIN 2.6] freezes the account', async () => {});",
      'test(`[DOMAIN 1.3, 1.4] routes an urgent complaint`, () => {});',
      "describe('[DOMAIN working days] calendar', () => {});",
      "it('plain test', () => {});",
    ].join('\n');
    expect(citations(source).map((c) => c.id)).toEqual(['2.6', '1.3', '1.4']);
  });
});
