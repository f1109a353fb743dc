/** The events benchmark's backlog verdict (no servers). */
import { backlogGrew, lagByFifth, lateBursts } from './trend';

describe('events bench: lag through a phase', () => {
  it('takes the median lag of each fifth of the events in write order', () => {
    const lags = [1, 2, 3, 10, 20, 30, 100, 200, 300, 5, 5, 5, 7, 8, 9];
    expect(lagByFifth(lags)).toEqual([2, 20, 200, 5, 8]);
  });

  it('calls a lag that climbs through the phase a growing backlog, and a flat or noisy one not', () => {
    const climbing = Array.from({ length: 1_000 }, (_, i) => 5 + i / 4);
    expect(lagByFifth(climbing)).toEqual([29.75, 79.75, 129.75, 179.75, 229.75]);
    expect(backlogGrew(lagByFifth(climbing))).toBe(true);
    expect(backlogGrew([4, 5, 4, 6, 5])).toBe(false);
    // Doubling from 3 to 9 ms is noise, not a backlog; 40 to 70 ms is a rise but not twice the start.
    expect(backlogGrew([3, 4, 8, 5, 9])).toBe(false);
    expect(backlogGrew([40, 50, 60, 65, 70])).toBe(false);
    expect(backlogGrew([10, 20, 30, 40, 36])).toBe(true);
  });

  it('groups the late events into bursts of commits close together', () => {
    const at = (committedAt: number, lag: number) => ({ committedAt, lag });
    const samples = [
      at(1000, 3),
      at(1001, 30),
      at(1002, 40),
      at(1040, 26),
      at(1200, 5),
      at(1300, 70),
      at(1301, 25),
    ];
    expect(lateBursts(samples, 25)).toEqual([
      { at: 1, events: 3, worst: 40 },
      { at: 300, events: 1, worst: 70 },
    ]);
    expect(lateBursts(samples, 25, 10)).toHaveLength(3);
    expect(lateBursts(samples, 100)).toEqual([]);
    expect(lateBursts([], 25)).toEqual([]);
  });
});
