/**
 * Requests at a fixed rate, evenly spaced whatever the answers (an open loop), over a few keep-alive
 * connections. A latency counts from the time its request was due, so a request that waited for a free
 * connection, or behind a slow answer, counts its wait.
 *
 * autocannon's own rate limit (`overallRate`) does not fit a latency at a given rate: each connection
 * sends its share of a second back to back as the second starts, every connection at once, then idles
 * until the next second, so half the maximum rate is full load for half of every second. Its correction
 * for coordinated omission then records, for each answer, values a millisecond apart below its latency.
 */
import http from 'node:http';
import { evenSchedule, percentile, type Round } from './figures';
import { headersOf, succeeded, type Target } from './load';

export interface PacedSettings {
  /** Requests a second. */
  rate: number;
  seconds: number;
  /** The most connections open at once: a request due while all are busy waits for one. */
  connections: number;
  /** A request not answered in this long fails. */
  timeoutMs?: number;
}

/** Sends one request; resolves with whether it succeeded (never rejects). */
function send(agent: http.Agent, target: Target, timeoutMs: number): Promise<boolean> {
  const url = new URL(target.url);
  const body = typeof target.body === 'function' ? target.body() : target.body;
  return new Promise((resolve) => {
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: target.method ?? 'POST',
        headers: headersOf(target),
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', () => resolve(false));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          target.onBody?.(text);
          resolve(succeeded(response.statusCode ?? 0, text));
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    request.on('error', () => resolve(false));
    request.end(body);
  });
}

/** One run at `rate` requests a second for `seconds`: successes a second, p50 and p99 of successes. */
export async function paced(target: Target, settings: PacedSettings): Promise<Round> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: settings.connections });
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const schedule = evenSchedule(settings.rate, settings.seconds);
  const latencies: number[] = [];
  let failed = 0;
  const runs: Promise<void>[] = [];
  const start = performance.now();
  let lastAt = start;
  const due = (i: number) => start + schedule[i]!;
  try {
    await new Promise<void>((sent) => {
      let next = 0;
      // Timers fire late at times: whatever has come due since is sent at once, each counted from its due time.
      const tick = () => {
        for (const now = performance.now(); next < schedule.length && due(next) <= now; next++) {
          const dueAt = due(next);
          runs.push(
            send(agent, target, timeoutMs).then((ok) => {
              lastAt = performance.now();
              if (ok) latencies.push(lastAt - dueAt);
              else failed++;
            }),
          );
        }
        if (next < schedule.length) setTimeout(tick, Math.max(0, due(next) - performance.now()));
        else sent();
      };
      tick();
    });
    await Promise.all(runs);
  } finally {
    agent.destroy();
  }
  latencies.sort((a, b) => a - b);
  return {
    rps: lastAt > start ? latencies.length / ((lastAt - start) / 1_000) : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failed,
  };
}
