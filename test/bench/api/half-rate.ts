/**
 * The two-subgraph list at half its maximum rate: through the gateway, and each request the gateway
 * makes for it sent straight to its subgraph, all at the same fixed rate (paced.ts), the three taking
 * turns round by round. The gateway's p99 there is held to at most twice the sum of the direct p99s.
 */
import { isDeepStrictEqual } from 'node:util';
import { evenSchedule, roundOrder, summarise, toSum, type Round, type Summary, type ToSum } from './figures';
import type { Target } from './load';
import { paced } from './paced';
import type { Server } from './processes';
import { num, table } from './report';
import { OPERATIONS, graphqlBody, post } from './scenarios';

/** Complaints in the list, as in the throughput comparison. */
export const LIST_SIZE = 50;
/** The gateway's p99 may be at most this many times the sum of the direct p99s. */
export const P99_LIMIT = 2;

const GATEWAY = 'gateway';
const COMPLAINTS = 'complaints subgraph, its part';
const LOYALTY = 'customers-and-loyalty subgraph, its _entities';

export interface HalfRateTargets {
  gateway: Server;
  complaints: Server;
  loyalty: Server;
  token: string;
  /** The gateway's rps for the list under full load (the throughput comparison's median). */
  maxRps: number;
}

export interface HalfRateSettings {
  rounds: number;
  /** Seconds each target is sent requests in a round. */
  seconds: number;
  connections: number;
}

export interface HalfRateFigures extends HalfRateSettings {
  maxRps: number;
  /** Requests a second sent to each target: half of maxRps. */
  rate: number;
  summaries: { label: string; summary: Summary }[];
  /** Gateway p99 against the sum of the direct p99s (medians over the rounds, ms), and the criterion. */
  p99: ToSum & { limit: number; met: boolean };
  /** The same for p50, for context. */
  p50: ToSum;
}

interface ListAnswer {
  complaints: {
    edges: {
      node: { number: string; status: string; customer: { __typename: string; id: string } | null };
    }[];
  };
}

/**
 * The three targets. The customers' representations are those the gateway sends: the keys the complaints
 * subgraph answers, checked here to add up to the gateway's own answer.
 */
async function targets(t: HalfRateTargets): Promise<Target[]> {
  const plan = OPERATIONS.listWithCustomerPlan(LIST_SIZE);
  const list = await post<ListAnswer>(t.complaints.graphql, t.token, plan.complaints);
  const representations = list.complaints.edges.flatMap((e) => (e.node.customer ? [e.node.customer] : []));
  const { _entities: customers } = await post<{ _entities: unknown[] }>(
    t.loyalty.graphql,
    t.token,
    plan.loyalty,
    { representations },
  );
  const gatewayQuery = OPERATIONS.listWithCustomer(LIST_SIZE);
  const viaGateway = await post(t.gateway.graphql, t.token, gatewayQuery);
  let next = 0;
  const composed = {
    complaints: {
      edges: list.complaints.edges.map(({ node: { number, status, customer } }) => ({
        node: { number, status, customer: customer ? customers[next++] : null },
      })),
    },
  };
  if (!isDeepStrictEqual(viaGateway, composed))
    throw new Error(
      `the subgraphs' parts do not add up to the gateway's answer:\n${JSON.stringify(viaGateway).slice(0, 400)}`,
    );
  const to = (label: string, server: Server, body: string): Target => ({
    label,
    url: server.graphql,
    token: t.token,
    body,
  });
  return [
    to(GATEWAY, t.gateway, graphqlBody(gatewayQuery)),
    to(COMPLAINTS, t.complaints, graphqlBody(plan.complaints)),
    to(LOYALTY, t.loyalty, graphqlBody(plan.loyalty, { representations })),
  ];
}

/**
 * Each target at half of `maxRps` for `seconds` a round, after an unrecorded second at that rate; the
 * targets take turns within each round (roundOrder), and the figures are medians over the rounds.
 */
export async function halfRate(t: HalfRateTargets, settings: HalfRateSettings): Promise<HalfRateFigures> {
  if (!(t.maxRps > 0)) throw new Error(`no maximum rate to halve (got ${t.maxRps} requests/s)`);
  const rate = t.maxRps / 2;
  const all = await targets(t);
  const run = (target: Target, seconds: number) =>
    paced(target, { rate, seconds, connections: settings.connections });
  for (const target of all) await run(target, Math.min(1, settings.seconds));
  const rounds = new Map<Target, Round[]>(all.map((target) => [target, []]));
  for (let round = 0; round < settings.rounds; round++) {
    for (const target of roundOrder(all, round))
      rounds.get(target)!.push(await run(target, settings.seconds));
  }
  const [gateway, ...direct] = all.map((target) => rounds.get(target)!);
  const of = (key: 'p50' | 'p99') =>
    toSum(
      gateway!.map((r) => r[key]),
      direct.map((d) => d.map((r) => r[key])),
    );
  const p99 = of('p99');
  return {
    ...settings,
    maxRps: t.maxRps,
    rate,
    summaries: all.map((target) => ({ label: target.label, summary: summarise(rounds.get(target)!) })),
    p99: { ...p99, limit: P99_LIMIT, met: p99.ratio <= P99_LIMIT },
    p50: of('p50'),
  };
}

/** The printed section: what was sent, a row per target, and the criterion. */
export function halfRateReport(title: string, f: HalfRateFigures): string {
  const ms = (n: number) => `${num(n, 1)} ms`;
  const range = (values: number[]) => `${num(Math.min(...values), 1)}-${num(Math.max(...values), 1)}`;
  const rows = f.summaries.map(({ label, summary }) => [
    label,
    num(summary.rps, 1),
    num(summary.p50, 1),
    num(summary.p99, 1),
    range(summary.rounds.map((r) => r.p99)),
    num(summary.failed),
  ]);
  const verdict = (b: ToSum) =>
    `gateway ${ms(b.subject)}; direct ${b.parts.map(ms).join(' + ')} = ${ms(b.sum)}; ` +
    `gateway / sum ${num(b.ratio, 2)}`;
  return [
    `${title} at half its maximum rate: the gateway answered ${num(f.maxRps, 1)} requests/s under full load, so ` +
      `${num(f.rate, 1)} requests/s to each target, evenly spaced, at most ${num(f.connections)} connections, ` +
      `${num(f.seconds, 1)} s (${num(evenSchedule(f.rate, f.seconds).length)} requests) a round; ` +
      `medians of ${num(f.rounds)} rounds, latencies from when each request was due`,
    table(['target', 'rps', 'p50 ms', 'p99 ms', 'p99 range', 'failed'], rows),
    `p99: ${verdict(f.p99)} (median of the per-round ratios) ` +
      `${f.p99.met ? '<=' : '>'} ${num(f.p99.limit)}: criterion ${f.p99.met ? 'met' : 'NOT met'}`,
    `p50: ${verdict(f.p50)}`,
  ].join('\n');
}
