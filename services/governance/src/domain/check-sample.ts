import { createHash } from 'node:crypto';
import { refuse } from '@care/domain-kernel';
import { MONTHLY_SAMPLE_SIZE, type Tier } from './check-policy';

// DOMAIN 4.2: each month internal control checks a random sample of 3 customer files. The draw is
// recorded with its seed and reproducible from it: every file of the population gets the rank
// SHA-256(seed ":" customer id) and the files with the lowest ranks are the sample. The order the
// population is read in does not matter, and the same seed over the same population gives the same files.

export interface CheckSample {
  id: string;
  /** 2026-03 */
  month: string;
  /** 32 hex digits, drawn at random when the sample is taken and kept with it. */
  seed: string;
  /** The customer files registered before the month's end that governance knew of at the draw. */
  populationSize: number;
  /** The highest registration sequence number the population held: it is read again up to it. */
  populationThrough: number;
  /** SHA-256 of the population's ids, sorted, one per line. */
  populationDigest: string;
  /** The sampled files, in rank order. */
  customerIds: string[];
  drawnBy: string;
  drawnAt: Date;
}

export const FINDING_OUTCOMES = ['CONFORMS', 'NONCONFORMITY'] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

/** What internal control found in a sampled file (or in the sample as a whole, without a file). */
export interface SampleFinding {
  id: string;
  sampleId: string;
  customerId: string | null;
  outcome: FindingOutcome;
  note: string;
  /** The rectification item the finding opened (source CHECK), if any. */
  rectificationItemId: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/** What a sampled customer file holds for its month (DOMAIN 4.2). */
export interface SampledFile {
  customerId: string;
  registeredAt: Date | null;
  /** At the month's end. */
  tier: Tier | null;
  purchases: number;
  spend: string;
  interactions: number;
  interactionKinds: string[];
  complaints: number;
}

const SEED = /^[0-9a-f]{32}$/;
const NOTE_MAX = 4_000;

const rank = (seed: string, id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');

/** The `size` files of the population with the lowest ranks under the seed, lowest first. */
export function drawSample(
  seed: string,
  population: readonly string[],
  size = MONTHLY_SAMPLE_SIZE,
): string[] {
  if (!SEED.test(seed)) throw refuse.input('seed', 'a sample seed is 32 hexadecimal digits');
  return [...new Set(population)]
    .map((id) => ({ id, rank: rank(seed, id) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, size)
    .map((r) => r.id);
}

/** The fingerprint of a population: the same files give the same digest, whatever their order. */
export function populationDigest(population: readonly string[]): string {
  return createHash('sha256')
    .update([...new Set(population)].sort().join('\n'))
    .digest('hex');
}

/** DOMAIN 4.2: the month's sample, drawn from its population with the seed. */
export function takeSample(
  month: string,
  population: { ids: readonly string[]; through: number },
  context: { id: string; seed: string; actor: string; now: Date },
): CheckSample {
  return {
    id: context.id,
    month,
    seed: context.seed,
    populationSize: new Set(population.ids).size,
    populationThrough: population.through,
    populationDigest: populationDigest(population.ids),
    customerIds: drawSample(context.seed, population.ids),
    drawnBy: context.actor,
    drawnAt: context.now,
  };
}

/** Whether drawing again from the population read now gives the recorded sample. */
export function reproduces(sample: CheckSample, population: readonly string[]): boolean {
  const again = drawSample(sample.seed, population);
  return (
    populationDigest(population) === sample.populationDigest &&
    again.length === sample.customerIds.length &&
    again.every((id, i) => id === sample.customerIds[i])
  );
}

/**
 * A finding of the month's check: on one of the sampled files, or on the sample as a whole. A
 * rectification item is opened for a nonconformity only.
 */
export function recordFinding(
  sample: CheckSample,
  input: { customerId?: string | null; outcome: FindingOutcome; note: string; rectify: boolean },
  context: { id: string; actor: string; now: Date },
): SampleFinding {
  const customerId = input.customerId ?? null;
  if (customerId !== null && !sample.customerIds.includes(customerId))
    throw refuse.input(
      'customerId',
      `customer ${customerId} is not one of the files sampled for ${sample.month}`,
    );
  if (input.rectify && input.outcome !== 'NONCONFORMITY')
    throw refuse.input('rectification', 'only a nonconformity opens a rectification item');
  const note = input.note.trim();
  if (note.length === 0 || note.length > NOTE_MAX)
    throw refuse.input('note', `note must have 1 to ${NOTE_MAX} characters`);
  return {
    id: context.id,
    sampleId: sample.id,
    customerId,
    outcome: input.outcome,
    note,
    rectificationItemId: null,
    recordedBy: context.actor,
    recordedAt: context.now,
  };
}
