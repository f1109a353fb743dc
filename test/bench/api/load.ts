/** The load generator (autocannon) and the alternating rounds the comparisons run in. */
import autocannon from 'autocannon';
import { roundOrder, summarise, type Round, type Summary } from './figures';

export interface Target {
  label: string;
  url: string;
  method?: 'GET' | 'POST';
  token?: string;
  /** A fixed GraphQL request body, or one made afresh for each request (ids, new complaints). */
  body?: string | (() => string);
  /** Called with each response body (e.g. to note a filed complaint's id). */
  onBody?: (body: string) => void;
}

/** The request headers of a target: JSON unless it is a GET, and its bearer token if it has one. */
export function headersOf(t: Target): Record<string, string> {
  return {
    ...(t.method === 'GET' ? {} : { 'content-type': 'application/json' }),
    ...(t.token ? { authorization: `Bearer ${t.token}` } : {}),
  };
}

/** A successful answer: 2xx, and no GraphQL errors in the body (a GraphQL error still answers 200). */
export const succeeded = (status: number, body: string) =>
  status >= 200 && status < 300 && !body.includes('"errors":');

export interface LoadSettings {
  connections: number;
  /** Seconds to send for; ignored when `amount` is given. */
  duration?: number;
  /** A number of requests to send instead of a duration. */
  amount?: number;
  /** Stop after this many seconds whatever is left to send. */
  maxSeconds?: number;
}

export interface Run extends Round {
  /** Responses received, whatever their status. */
  completed: number;
}

/** One run of autocannon against one target (or a cycle of targets on the same server). */
export async function load(target: Target | Target[], settings: LoadSettings): Promise<Run> {
  const targets = Array.isArray(target) ? target : [target];
  let graphqlErrors = 0;
  // Successes and time are counted here: autocannon closes a run on its next sampling tick, so its own
  // duration (and a rate from it) is rounded up to a tick.
  let successes = 0;
  const startedAt = performance.now();
  let lastAt = startedAt;
  // Without a callback autocannon's instance is also a promise of the result (the types show one side).
  const instance = autocannon({
    url: targets[0]!.url,
    connections: settings.connections,
    sampleInt: 100,
    ...(settings.amount ? { amount: settings.amount } : { duration: settings.duration ?? 1 }),
    requests: targets.map((t) => ({
      method: t.method ?? 'POST',
      path: new URL(t.url).pathname,
      headers: headersOf(t),
      ...(typeof t.body === 'string' ? { body: t.body } : {}),
      ...(typeof t.body === 'function'
        ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: (t.body as () => string)() }) }
        : {}),
      // autocannon counts 2xx answers as successes: those with GraphQL errors are failures here.
      onResponse: (status: number, body: string) => {
        lastAt = performance.now();
        if (succeeded(status, body)) successes++;
        else if (status >= 200 && status < 300) graphqlErrors++;
        t.onBody?.(body);
      },
    })),
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  const timer = settings.maxSeconds
    ? setTimeout(() => instance.stop(), settings.maxSeconds * 1_000)
    : undefined;
  const result = await instance;
  clearTimeout(timer);
  return {
    rps: lastAt > startedAt ? successes / ((lastAt - startedAt) / 1_000) : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + graphqlErrors,
    completed: result['2xx'] + result.non2xx,
  };
}

export interface Comparison {
  title: string;
  targets: Target[];
}

export interface ComparisonResult {
  title: string;
  summaries: { label: string; summary: Summary }[];
}

/**
 * Each target for `rounds` rounds, the targets taking turns within each round (roundOrder), after an
 * unrecorded warm-up (JIT, connection pools, plan caches). A round sends as many requests as the target
 * answered in `duration` seconds of its warm-up, and at least two per connection: a fixed time would
 * count nothing for a target whose answers take about that long (a busy machine), and would cut every
 * round's last answers off.
 */
export async function compare(
  comparison: Comparison,
  settings: { rounds: number; duration: number; connections: number },
): Promise<ComparisonResult> {
  const minimum = 2 * settings.connections;
  const amounts = new Map<Target, number>();
  for (const target of comparison.targets) {
    let warm = await load(target, { connections: settings.connections, duration: settings.duration });
    if (warm.completed < minimum)
      warm = await load(target, { connections: settings.connections, amount: minimum });
    amounts.set(target, Math.max(minimum, Math.round(warm.rps * settings.duration)));
  }
  const rounds = new Map<Target, Round[]>(comparison.targets.map((t) => [t, []]));
  for (let round = 0; round < settings.rounds; round++) {
    for (const target of roundOrder(comparison.targets, round)) {
      const { completed: _completed, ...figures } = await load(target, {
        connections: settings.connections,
        amount: amounts.get(target)!,
      });
      rounds.get(target)!.push(figures);
    }
  }
  return {
    title: comparison.title,
    summaries: comparison.targets.map((t) => ({ label: t.label, summary: summarise(rounds.get(t)!) })),
  };
}
