/**
 * Where the machine's CPU went while the events bench wrote: the CPU time of each process that takes part
 * (this producing process, the consumer, Postgres's backends, NATS), read from Linux's /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** The command name and the CPU time (user + system, in clock ticks) of one `/proc/<pid>/stat` line. */
export function cpuOfStat(stat: string): { comm: string; ticks: number } {
  // The command name is in parentheses and may itself hold spaces and parentheses: it ends at the last ')'.
  const end = stat.lastIndexOf(')');
  const comm = stat.slice(stat.indexOf('(') + 1, end);
  const fields = stat.slice(end + 2).split(' ');
  // After the name: state (3rd field of the line) ... utime (14th) and stime (15th).
  return { comm, ticks: Number(fields[11]) + Number(fields[12]) };
}

/** A reading: each process that belongs to a part, with its CPU ticks so far. */
export type CpuReading = Map<number, { part: string; ticks: number }>;

/** Reads the CPU ticks of the processes `parts` names (by pid and command name); the others are left out. */
export function readCpu(parts: (pid: number, comm: string) => string | undefined): CpuReading {
  const reading: CpuReading = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const { comm, ticks } = cpuOfStat(stat);
    const part = parts(Number(entry), comm);
    if (part) reading.set(Number(entry), { part, ticks });
  }
  return reading;
}

/** Clock ticks a second (USER_HZ): 100 on Linux. */
const TICKS_PER_SECOND = 100;

/**
 * Each part's share of one core between two readings, in per cent, largest first. A process that started
 * in between counts all it used; one that ended in between is not seen in the second reading, and counts
 * nothing.
 */
export function cpuShares(before: CpuReading, after: CpuReading, seconds: number): [string, number][] {
  const ticks = new Map<string, number>();
  for (const [pid, { part, ticks: now }] of after) {
    ticks.set(part, (ticks.get(part) ?? 0) + now - (before.get(pid)?.ticks ?? 0));
  }
  return [...ticks.entries()]
    .map(([part, used]): [string, number] => [part, Math.round((used / TICKS_PER_SECOND / seconds) * 100)])
    .sort((a, b) => b[1] - a[1]);
}

/** The bench's parts: this process, the consumer's, Postgres and NATS (none of them on another OS). */
export const eventParts =
  (consumerPid: number | undefined) =>
  (pid: number, comm: string): string | undefined => {
    if (os.platform() !== 'linux') return undefined;
    if (pid === process.pid) return 'producer (writes and relay)';
    if (pid === consumerPid) return 'consumer';
    if (comm === 'postgres') return 'Postgres';
    if (comm === 'nats-server') return 'NATS';
    return undefined;
  };
