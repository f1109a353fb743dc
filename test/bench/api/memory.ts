/**
 * The gateway's resident memory under a long run of mixed reads: its RSS (its own process) sampled after
 * every tenth of the requests, so a leak shows as growth that goes on, not as the first tenth's warm-up.
 * Issue 11 asks the RSS after 100,000 requests to be within 10 % of the RSS after the first 10,000.
 */
import { randomInt } from 'node:crypto';
import { load, type Target } from './load';
import { rssMiB, type Server } from './processes';
import { num } from './report';
import { OPERATIONS, graphqlBody, type Callers } from './scenarios';

/** Issue 11's bound on the RSS's growth after the first tenth of the requests, in percent. */
export const RSS_GROWTH_LIMIT_PERCENT = 10;

/** The RSS after the first tenth of the requests against the RSS after the last. */
export interface RssGrowth {
  /** Requests answered at the first sample (a tenth of those requested), and the RSS in MiB then. */
  first: [number, number];
  /** Requests answered at the end, and the RSS in MiB then. */
  last: [number, number];
  /** (last - first) / first, in percent. */
  percent: number;
  /** Within RSS_GROWTH_LIMIT_PERCENT, and measured over every request asked for (not stopped by the cap). */
  withinLimit: boolean;
}

export interface MemoryFigures {
  /** RSS in MiB before the first request of the phase. */
  before: number;
  /** [requests answered so far, RSS in MiB then], after every tenth of the requests and at the end. */
  samples: [number, number][];
  requested: number;
  /** Requests answered. */
  sent: number;
  seconds: number;
  /** True when the time cap (`capSeconds`) ended the phase before all requests were answered. */
  capped: boolean;
  capSeconds: number;
  failed: number;
  /** Undefined when the phase ended before its first tenth. */
  growth: RssGrowth | undefined;
}

/**
 * The mix: reads of one and two subgraphs and of the gateway alone, with varying ids. Each connection
 * goes through the mix in turn, so the slowest request sets the pace: mostly reads by key, one page of
 * the complaint list (which counts every complaint) in eight, and no analyst query.
 */
export function gatewayMix(
  gateway: Server,
  who: Callers,
  complaintIds: string[],
  customerIds: string[],
): Target[] {
  const staff = (label: string, body: Target['body']): Target => ({
    label,
    url: gateway.graphql,
    token: who.staff,
    body,
  });
  const byId = () => graphqlBody(OPERATIONS.byId, { id: complaintIds[randomInt(complaintIds.length)] });
  const customer = () => graphqlBody(OPERATIONS.customer, { id: customerIds[randomInt(customerIds.length)] });
  return [
    staff('typename', graphqlBody(OPERATIONS.typename)),
    staff('complaint by id', byId),
    staff('customer with complaints', customer),
    staff('complaint by id', byId),
    staff('list', graphqlBody(OPERATIONS.list(20))),
    staff('customer with complaints', customer),
    staff('complaint by id', byId),
    staff('typename', graphqlBody(OPERATIONS.typename)),
  ];
}

export async function gatewayMemory(
  gateway: Server,
  mix: Target[],
  settings: { requests: number; seconds: number; connections: number },
): Promise<MemoryFigures> {
  // Sampled after fixed numbers of requests (reading /proc takes microseconds), so that the first sample
  // is the criterion's "after the first 10,000" whatever the rate; the last one follows the last answer.
  const tenth = Math.max(1, Math.floor(settings.requests / 10));
  const samples: [number, number][] = [];
  let answered = 0;
  const counted = mix.map((t) => ({
    ...t,
    onBody: () => {
      if (++answered % tenth === 0) samples.push([answered, rssMiB(gateway.pid)]);
    },
  }));
  const before = rssMiB(gateway.pid);
  const started = Date.now();
  const { failed } = await load(counted, {
    connections: settings.connections,
    amount: settings.requests,
    maxSeconds: settings.seconds,
  });
  if (answered > 0 && samples.at(-1)?.[0] !== answered) samples.push([answered, rssMiB(gateway.pid)]);
  const capped = answered < settings.requests;
  const figures = {
    before,
    samples,
    requested: settings.requests,
    sent: answered,
    seconds: (Date.now() - started) / 1_000,
    capped,
    capSeconds: settings.seconds,
    failed,
    growth: rssGrowth(samples, tenth, capped),
  };
  console.log(`\n${rssGrowthLine(figures)}`);
  return figures;
}

/** The growth from the first tenth's sample to the last sample; undefined without a first tenth. */
export function rssGrowth(
  samples: [number, number][],
  tenth: number,
  capped: boolean,
): RssGrowth | undefined {
  const first = samples.find(([n]) => n >= tenth);
  const last = samples.at(-1);
  if (!first || !last) return undefined;
  const percent = ((last[1] - first[1]) / first[1]) * 100;
  return { first, last, percent, withinLimit: !capped && Math.abs(percent) <= RSS_GROWTH_LIMIT_PERCENT };
}

/** Issue 11's figure: the RSS after the first tenth against the RSS after the last request, in percent. */
export function rssGrowthLine(m: MemoryFigures): string {
  const g = m.growth;
  if (!g) return `Gateway RSS growth: not measured (${num(m.sent)} requests answered, fewer than a tenth)`;
  const sign = g.percent >= 0 ? '+' : '';
  const verdict = m.capped
    ? `not established: the ${num(m.capSeconds)} s cap stopped the phase before ${num(m.requested)}`
    : `within ${RSS_GROWTH_LIMIT_PERCENT} %: ${g.withinLimit ? 'yes' : 'NO'}`;
  return (
    `Gateway RSS after the first ${num(g.first[0])} mixed reads: ${num(g.first[1])} MiB; after ` +
    `${num(g.last[0])}: ${num(g.last[1])} MiB, ${sign}${num(g.percent, 1)} % (${verdict})`
  );
}
