import { randomUUID } from 'node:crypto';
import { Refusal } from '@care/domain-kernel';
import { drawSample, populationDigest, recordFinding, reproduces, takeSample } from './check-sample';

const population = Array.from({ length: 50 }, () => randomUUID());
const SEED = '0123456789abcdef0123456789abcdef';
const sample = takeSample(
  '2026-03',
  { ids: population, through: 50 },
  {
    id: randomUUID(),
    seed: SEED,
    actor: 'ic-1',
    now: new Date('2026-04-01T02:00:00Z'),
  },
);

describe('the monthly sample of customer files', () => {
  it('[DOMAIN 4.2] draws 3 files; the same seed draws the same 3 whatever the order of the population', () => {
    expect(sample.customerIds).toHaveLength(3);
    expect(new Set(sample.customerIds).size).toBe(3);
    expect(drawSample(SEED, [...population].reverse())).toEqual(sample.customerIds);
    expect(reproduces(sample, [...population].sort())).toBe(true);
  });

  it('[DOMAIN 4.2] another seed draws other files; a changed population does not reproduce the sample', () => {
    expect(drawSample('fedcba9876543210fedcba9876543210', population)).not.toEqual(sample.customerIds);
    expect(reproduces(sample, population.slice(1))).toBe(false);
    expect(populationDigest(population)).toBe(sample.populationDigest);
  });

  it('takes every file of a population smaller than 3, and refuses a malformed seed', () => {
    expect(drawSample(SEED, population.slice(0, 2)).sort()).toEqual(population.slice(0, 2).sort());
    expect(() => drawSample('xyz', population)).toThrow(Refusal);
  });

  it('records findings on sampled files only, a rectification for a nonconformity only', () => {
    const context = { id: randomUUID(), actor: 'ic-1', now: new Date() };
    const f = recordFinding(
      sample,
      { customerId: sample.customerIds[0], outcome: 'NONCONFORMITY', note: ' no contact ', rectify: true },
      context,
    );
    expect(f).toMatchObject({ customerId: sample.customerIds[0], note: 'no contact', sampleId: sample.id });
    const other = population.find((id) => !sample.customerIds.includes(id))!;
    expect(() =>
      recordFinding(sample, { customerId: other, outcome: 'CONFORMS', note: 'ok', rectify: false }, context),
    ).toThrow('not one of the files sampled');
    expect(() => recordFinding(sample, { outcome: 'CONFORMS', note: 'ok', rectify: true }, context)).toThrow(
      'only a nonconformity',
    );
  });
});
