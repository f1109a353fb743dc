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
