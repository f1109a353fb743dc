/** The arithmetic of the API benchmark: percentiles, medians over rounds, ratios of paired rounds. */

/** Nearest-rank percentile of ascending values (p in 0..100); NaN for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One target loaded for one round. */
export interface Round {
  /** Successful responses (2xx without GraphQL errors) per second. */
  rps: number;
  /** Latency percentiles in ms. */
  p50: number;
  p99: number;
  /** Responses that were not 2xx, and errors and timeouts of the connection. */
  failed: number;
}

export interface Summary {
  /** Medians over the rounds. */
  rps: number;
  p50: number;
  p99: number;
  rpsMin: number;
  rpsMax: number;
  failed: number;
  rounds: Round[];
}

export function summarise(rounds: readonly Round[]): Summary {
  const rps = rounds.map((r) => r.rps);
  return {
    rps: median(rps),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    rpsMin: Math.min(...rps),
    rpsMax: Math.max(...rps),
    failed: rounds.reduce((n, r) => n + r.failed, 0),
    rounds: [...rounds],
  };
}

/**
 * The ratio of two targets measured in the same rounds: the median of the per-round ratios. Each pair
 * ran back to back, so a slow spell of the machine (other work, thermal) touches both sides of a pair,
 * and one disturbed round moves a median less than it moves a ratio of means.
 */
export function pairedRatio(subject: readonly number[], reference: readonly number[]): number {
  if (subject.length !== reference.length) throw new Error('paired ratios need as many rounds on each side');
  return median(subject.map((s, i) => s / reference[i]!));
}

/**
 * The order of the targets in round `round`: the first round in the given order, the next reversed,
 * and so on (A B, B A, A B ...), so neither side always runs right after a warm-up or right before a pause.
 * With three targets the order rotates instead (A B C, B C A, C A B).
 */
export function roundOrder<T>(targets: readonly T[], round: number): T[] {
  if (targets.length <= 2) return round % 2 === 0 ? [...targets] : [...targets].reverse();
  const shift = round % targets.length;
  return [...targets.slice(shift), ...targets.slice(0, shift)];
}

/**
 * A target's figure against the sum of others' measured in the same rounds (a gateway's latency against
 * the latencies of the subgraph requests it makes): the median of the per-round ratios, as pairedRatio.
 */
export function pairedRatioToSum(subject: readonly number[], parts: readonly (readonly number[])[]): number {
  if (parts.length === 0) throw new Error('a ratio to a sum needs at least one part');
  if (parts.some((p) => p.length !== subject.length))
    throw new Error('paired ratios need as many rounds on each side');
  return pairedRatio(
    subject,
    subject.map((_, i) => parts.reduce((sum, p) => sum + p[i]!, 0)),
  );
}

/** A subject's figure and the sum of its parts' (all medians over rounds), and their paired ratio. */
export interface ToSum {
  subject: number;
  parts: number[];
  /** The sum of the parts' medians. */
  sum: number;
  /** The median of the per-round ratios subject ÷ sum of the parts (pairedRatioToSum). */
  ratio: number;
}

/** The rounds of a subject and of each of its parts, one figure a round each. */
export function toSum(subject: readonly number[], parts: readonly (readonly number[])[]): ToSum {
  const medians = parts.map((p) => median(p));
  return {
    subject: median(subject),
    parts: medians,
    sum: medians.reduce((sum, m) => sum + m, 0),
    ratio: pairedRatioToSum(subject, parts),
  };
}

/**
 * When each request of a fixed rate is due, in ms from the start: `rate` a second, evenly spaced, over
 * `seconds` (at least one request).
 */
export function evenSchedule(rate: number, seconds: number): number[] {
  if (!(rate > 0) || !(seconds > 0)) throw new Error('a schedule needs a positive rate and duration');
  const count = Math.max(1, Math.round(rate * seconds));
  return Array.from({ length: count }, (_, i) => (i * 1_000) / rate);
}
