/**
 * The gateway's resident memory under a long run of mixed reads: its RSS (its own process) sampled ten
 * times along the way, so a leak shows as growth that goes on, not as the first samples' warm-up.
 */
import { randomInt } from 'node:crypto';
import { load, type Target } from './load';
import { rssMiB, type Server } from './processes';
import { OPERATIONS, graphqlBody, type Callers } from './scenarios';

export interface MemoryFigures {
  /** RSS in MiB before the first request of the phase. */
  before: number;
  /** [requests answered so far, RSS in MiB then], about every tenth of the time cap and at the end. */
  samples: [number, number][];
  requested: number;
  /** Requests answered. */
  sent: number;
  seconds: number;
  /** True when the time cap (`capSeconds`) ended the phase before all requests were answered. */
  capped: boolean;
  capSeconds: number;
  failed: number;
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
  let answered = 0;
  const counted = mix.map((t) => ({ ...t, onBody: () => answered++ }));
  const samples: [number, number][] = [];
  const before = rssMiB(gateway.pid);
  // Sampled on a timer rather than after fixed numbers of requests: the phase may end at its time cap.
  const timer = setInterval(
    () => samples.push([answered, rssMiB(gateway.pid)]),
    (settings.seconds * 1_000) / 10,
  );
  const started = Date.now();
  let failed: number;
  try {
    ({ failed } = await load(counted, {
      connections: settings.connections,
      amount: settings.requests,
      maxSeconds: settings.seconds,
    }));
  } finally {
    clearInterval(timer);
  }
  samples.push([answered, rssMiB(gateway.pid)]);
  return {
    before,
    samples: samples.filter(([n], i) => n > 0 && n !== samples[i - 1]?.[0]),
    requested: settings.requests,
    sent: answered,
    seconds: (Date.now() - started) / 1_000,
    capped: answered < settings.requests,
    capSeconds: settings.seconds,
    failed,
  };
}
