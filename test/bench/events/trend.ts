/** Whether a backlog built up during a phase of the events benchmark, from the lags in write order. */
import { percentile } from '../api/figures';

/** The lag's median in each fifth of a phase (by the order the events were written), in ms. */
export function lagByFifth(lagsInWriteOrder: readonly number[]): number[] {
  const fifths: number[] = [];
  for (let part = 0; part < 5; part++) {
    const from = Math.floor((part * lagsInWriteOrder.length) / 5);
    const to = Math.floor(((part + 1) * lagsInWriteOrder.length) / 5);
    fifths.push(
      percentile(
        [...lagsInWriteOrder.slice(from, to)].sort((a, b) => a - b),
        50,
      ),
    );
  }
  return fifths;
}

/**
 * A backlog grew when the last fifth's median lag is both twice the first's and 25 ms above it: a
 * consumer that keeps up keeps its lag flat through the phase, one that falls behind adds the same
 * delay to every later event. The 25 ms floor keeps a few milliseconds of noise on a small lag from
 * counting as growth.
 */
export function backlogGrew(fifths: readonly number[]): boolean {
  const first = fifths[0]!;
  const last = fifths[fifths.length - 1]!;
  return last > 2 * first && last - first > 25;
}

/** Late events close together: a stall somewhere on the machine, not a queue that keeps growing. */
export interface Burst {
  /** When the first of them was committed, in ms from the phase's first commit. */
  at: number;
  events: number;
  /** The largest lag among them, in ms. */
  worst: number;
}

/**
 * The events whose lag exceeded `limitMs`, grouped into bursts: a late event committed at most `gapMs`
 * after the previous late one joins its burst. A few bursts mean the tail comes from short stalls (a
 * collection pause, a busy core), a steady stream of late events means a queue.
 */
export function lateBursts(
  samples: readonly { committedAt: number; lag: number }[],
  limitMs: number,
  gapMs = 50,
): Burst[] {
  const start = samples[0]?.committedAt ?? 0;
  const bursts: Burst[] = [];
  let lastAt = -Infinity;
  for (const { committedAt, lag } of samples) {
    if (lag <= limitMs) continue;
    const current = bursts[bursts.length - 1];
    if (current && committedAt - lastAt <= gapMs) {
      current.events += 1;
      current.worst = Math.max(current.worst, lag);
    } else bursts.push({ at: committedAt - start, events: 1, worst: lag });
    lastAt = committedAt;
  }
  return bursts;
}
