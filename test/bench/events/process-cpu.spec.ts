/** The events benchmark's CPU shares by process (no servers). */
import { cpuOfStat, cpuShares, type CpuReading } from './process-cpu';

describe('events bench: CPU by process', () => {
  it('reads the command name and user + system ticks of a /proc stat line, whatever the name holds', () => {
    const line = (comm: string) =>
      `4242 (${comm}) S 1 4242 4242 0 -1 4194560 1234 0 0 0 731 269 0 0 20 0 11 0 1000 123456789 2048 ...`;
    expect(cpuOfStat(line('postgres'))).toEqual({ comm: 'postgres', ticks: 1_000 });
    expect(cpuOfStat(line('node (worker) x'))).toEqual({ comm: 'node (worker) x', ticks: 1_000 });
  });

  it('sums the ticks each part used between two readings as a share of one core, largest first', () => {
    const reading = (entries: [number, string, number][]): CpuReading =>
      new Map(entries.map(([pid, part, ticks]) => [pid, { part, ticks }]));
    const before = reading([
      [1, 'Postgres', 1_000],
      [2, 'Postgres', 500],
      [3, 'NATS', 200],
      [4, 'Postgres', 50], // ends before the second reading
    ]);
    const after = reading([
      [1, 'Postgres', 1_600],
      [2, 'Postgres', 800],
      [3, 'NATS', 400],
      [5, 'Postgres', 100], // started in between: all of it counts
    ]);
    // 10 s: Postgres 600 + 300 + 100 ticks = 10 s of CPU = 100 % of a core; NATS 200 ticks = 20 %.
    expect(cpuShares(before, after, 10)).toEqual([
      ['Postgres', 100],
      ['NATS', 20],
    ]);
  });
});
