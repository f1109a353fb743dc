/**
 * Event backbone benchmark (real Postgres and NATS), deployed as in production: this process is the
 * producing service (its writes and its outbox relay), the consumer is another service in a process of
 * its own (consumer-process.ts).
 *  - commit-to-consumer lag at fixed rates (200 and 1,000 events/s by default): each event is committed
 *    in its own transaction through the outbox; the lag runs from that commit to the consumer's handler;
 *    its median in each fifth of the phase shows whether a backlog built up (trend.ts);
 *  - the relay's maximum throughput: a backlog of events published as fast as one relay can;
 *  - the consumer's maximum sustained rate: a fresh durable consumer applying the whole stream.
 *
 * Flags: `--rates 200,1000`, `--seconds 5`, `--warmup 2` (seconds of writes at the highest rate before the
 * measured phases, not counted: the processes of a deployed service have been running).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { enqueue } from '@care/messaging';
import { anEvent as event, benchRelay, startBench } from '../../../packages/messaging/test/harness';
import { percentile } from '../api/figures';
import { loadAverage } from '../api/report';
import type { ConsumerReport } from './consumer-process';
import { cpuShares, eventParts, readCpu } from './process-cpu';
import { backlogGrew, lagByFifth, lateBursts } from './trend';

/** The lag the events should stay within at 1,000 events/s (its 99th percentile); later ones are shown. */
const LAG_TARGET_MS = 25;
/** Late events whose commits are at most this far apart are one burst (one stall). */
const BURST_GAP_MS = 50;

/** A rate counts as reached when the writes kept up with at least this share of it. */
const RATE_REACHED = 0.97;

/** The machine's CPU time so far (Linux /proc/stat, in clock ticks): all of it and the idle part. */
function cpuTimes(): { total: number; idle: number } {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const n = ticks.map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already counted in user).
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
  return { total, idle: n[3]! + n[4]! };
}

/** The share of the machine's CPU time that was busy between two readings. */
const machineBusy = (from: { total: number; idle: number }, to: { total: number; idle: number }) =>
  1 - (to.idle - from.idle) / Math.max(1, to.total - from.total);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function flag(flags: string[], name: string): string | undefined {
  const i = flags.indexOf(name);
  return i === -1 ? undefined : flags[i + 1];
}

/** A consuming service: when each event was applied, by id. */
interface ConsumerProcess {
  pid: number | undefined;
  appliedAt: Map<string, number>;
  stop: () => Promise<void>;
}

async function startConsumer(env: Record<string, string>): Promise<ConsumerProcess> {
  const appliedAt = new Map<string, number>();
  const child: ChildProcess = fork(path.join(__dirname, 'consumer-process.ts'), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the consumer process exited (${code})`)));
    child.on('message', (report: ConsumerReport) => {
      if (report.kind === 'ready') resolve();
      if (report.kind === 'applied') report.ids.forEach((id, i) => appliedAt.set(id, report.at[i]!));
    });
  });
  return {
    pid: child.pid,
    appliedAt,
    stop: async () => {
      child.send('stop');
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await stopped;
      clearTimeout(force);
    },
  };
}

/**
 * When the stream stored each of these events (the server's clock, on this machine), read once the writes
 * are over: the commit-to-stream part of the lag, without a subscriber of its own loading the machine
 * while they run. An ordered consumer reads the stream from its start.
 */
async function storedAt(nc: NatsConnection, stream: string, ids: Set<string>): Promise<Map<string, number>> {
  const at = new Map<string, number>();
  const messages = await (await jetstream(nc).consumers.get(stream)).consume();
  for await (const m of messages) {
    const id = m.headers?.get('Nats-Msg-Id');
    if (id && ids.has(id)) at.set(id, Number(m.timestampNanos / 1_000_000n));
    if (at.size === ids.size || m.info.pending === 0) break;
  }
  await messages.close();
  return at;
}

export async function benchEvents(flags: string[] = []): Promise<void> {
  const rates = (flag(flags, '--rates') ?? '200,1000').split(',').map(Number);
  const seconds = Number(flag(flags, '--seconds') ?? 5);
  const warmup = Number(flag(flags, '--warmup') ?? 2);
  console.log(
    `events: ${os.cpus().length} CPUs, load average ${loadAverage()} (1, 5, 15 min), node ${process.version}`,
  );
  const bench = await startBench('bench');
  const { db, dataSource, nc, topology } = bench;
  const prefix = topology.namespace;
  const consumerEnv = (purpose: string) => ({
    BENCH_DB_URL: db.url,
    BENCH_DB_SCHEMA: db.schema,
    BENCH_TOPOLOGY: prefix,
    BENCH_PURPOSE: purpose,
  });

  const consumer = await startConsumer(consumerEnv('lag'));
  const parts = eventParts(consumer.pid);
  const relay = benchRelay(bench);
  relay.start();
  const committedAt = new Map<string, number>();
  let inStream = 0;
  /** Writes `rate` events a second for `seconds`, each in a transaction of its own through the outbox. */
  const writeAt = async (rate: number, seconds: number) => {
    const total = Math.round(rate * seconds);
    const ids: string[] = [];
    const started = Date.now();
    const writes: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const wait = started + (i * 1_000) / rate - Date.now();
      if (wait > 0) await sleep(wait);
      const e = event();
      ids.push(e.id);
      writes.push(
        dataSource.transaction((tx) => enqueue(tx, e)).then(() => void committedAt.set(e.id, Date.now())),
      );
    }
    await Promise.all(writes);
    inStream += total;
    return { ids, achieved: total / ((Date.now() - started) / 1_000) };
  };
  const applied = async (ids: string[]) => {
    const deadline = Date.now() + 60_000;
    while (ids.some((id) => !consumer.appliedAt.has(id)) && Date.now() < deadline) await sleep(50);
  };

  try {
    if (warmup > 0) {
      // A deployed service has been running: its code is compiled and its connections open.
      const rate = Math.max(...rates);
      const { ids, achieved } = await writeAt(rate, warmup);
      await applied(ids);
      console.log(
        `events: warm-up: ${ids.length} events at ${rate}/s (achieved ${achieved.toFixed(0)}/s), not counted`,
      );
    }
    for (const rate of rates) {
      const total = rate * seconds;
      const cpuAtStart = cpuTimes();
      const byProcessAtStart = readCpu(parts);
      const phaseStarted = Date.now();
      const { ids, achieved } = await writeAt(rate, seconds);
      const busy = machineBusy(cpuAtStart, cpuTimes());
      const byProcess = cpuShares(byProcessAtStart, readCpu(parts), (Date.now() - phaseStarted) / 1_000);
      await applied(ids);
      // Each event that arrived, in write order: its commit and its lag. The producer learns of its commit
      // a moment after the database does: a consumer can be faster.
      const inWriteOrder = (at: Map<string, number>) =>
        ids
          .filter((id) => at.has(id))
          .map((id) => ({
            committedAt: committedAt.get(id)!,
            lag: Math.max(0, at.get(id)! - committedAt.get(id)!),
          }));
      const sorted = (samples: { lag: number }[]) => samples.map((s) => s.lag).sort((a, b) => a - b);
      const arrived = inWriteOrder(consumer.appliedAt);
      const lags = sorted(arrived);
      const fifths = lagByFifth(arrived.map((s) => s.lag));
      const toStream = sorted(
        inWriteOrder(await storedAt(nc, topology.stream('CARE_LOYALTY'), new Set(ids))),
      );
      console.log(
        `events: commit-to-consumer lag at ${rate} events/s (achieved ${achieved.toFixed(0)}/s, ${lags.length}/${total} delivered): ` +
          `p50 ${percentile(lags, 50)} ms, p99 ${percentile(lags, 99)} ms, max ${lags[lags.length - 1]} ms; ` +
          `of which commit-to-stream p50 ${percentile(toStream, 50)} ms, p99 ${percentile(toStream, 99)} ms`,
      );
      console.log(
        `events: lag through the phase, median of each fifth in write order: ${fifths.join(', ')} ms ` +
          (backlogGrew(fifths) ? '(a backlog grew: the consumer side fell behind)' : '(no backlog growth)'),
      );
      const bursts = lateBursts(arrived, LAG_TARGET_MS, BURST_GAP_MS);
      const largest = bursts.reduce<(typeof bursts)[number] | undefined>(
        (a, b) => (a && a.events >= b.events ? a : b),
        undefined,
      );
      console.log(
        `events: over ${LAG_TARGET_MS} ms: ${bursts.reduce((n, b) => n + b.events, 0)} of ${lags.length} events` +
          (largest
            ? `, in ${bursts.length} burst(s) of commits at most ${BURST_GAP_MS} ms apart; the largest: ${largest.events} ` +
              `events from ${(largest.at / 1_000).toFixed(1)} s into the phase, up to ${largest.worst} ms`
            : ''),
      );
      console.log(
        `events: the machine's CPUs were ${(busy * 100).toFixed(0)} % busy while these were written; ` +
          `by process (one core = 100 %): ${byProcess.map(([part, share]) => `${part} ${share} %`).join(', ')}`,
      );
      if (achieved < rate * RATE_REACHED)
        console.log(
          `events: ${rate} events/s was not reached: the writes came to ${achieved.toFixed(0)}/s, so the lag above is ` +
            `not a figure at ${rate}/s (writes of one transaction each, the relay, the consumer, Postgres and NATS ` +
            `share this machine's CPUs)`,
        );
    }

    await relay.stop();
    await consumer.stop();
    const backlog = 20_000;
    for (let i = 0; i < backlog; i += 500) {
      await dataSource.transaction((tx) => enqueue(tx, ...Array.from({ length: 500 }, event)));
    }
    const maxRelay = benchRelay(bench, { batchSize: 500 });
    let started = Date.now();
    let claimed = 0;
    do {
      claimed = await maxRelay.drainOnce();
    } while (claimed > 0);
    let elapsed = (Date.now() - started) / 1_000;
    await maxRelay.stop();
    inStream += backlog;
    const [left] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
    console.log(
      `events: relay maximum throughput: ${backlog} events in ${elapsed.toFixed(2)} s = ${(backlog / elapsed).toFixed(0)} events/s ` +
        `(one relay, batches of 500, ${left.n} left unpublished)`,
    );

    // A new durable consumer starts at the beginning of the stream: the whole stream is its backlog.
    started = Date.now();
    const drain = await startConsumer(consumerEnv('drain'));
    const deadline = Date.now() + 300_000;
    while (drain.appliedAt.size < inStream && Date.now() < deadline) await sleep(20);
    elapsed = (Math.max(...drain.appliedAt.values()) - started) / 1_000;
    await drain.stop();
    console.log(
      `events: consumer maximum sustained rate: ${drain.appliedAt.size}/${inStream} events applied in ${elapsed.toFixed(2)} s = ` +
        `${(drain.appliedAt.size / elapsed).toFixed(0)} events/s (one consumer process, inbox row and commit per batch, from its start)`,
    );
  } finally {
    await bench.close();
  }
}
