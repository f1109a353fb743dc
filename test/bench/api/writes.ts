/**
 * `fileComplaint` under load, through the gateway and straight to the complaints subgraph, with a plain
 * NATS subscriber counting the `complaint.received` events the outbox relay publishes for the filings:
 * a write counts once its event is out, not when the HTTP answer is.
 */
import { randomInt } from 'node:crypto';
import { complaintReceived } from '@care/contracts';
import { Topology } from '@care/messaging';
import { connectTestNats } from '@care/testing';
import { percentile } from './figures';
import { compare, type ComparisonResult, type Target } from './load';
import { OPERATIONS, graphqlBody } from './scenarios';

export interface WriteFigures {
  result: ComparisonResult;
  /** Filings answered with a complaint id. */
  filed: number;
  /** Complaints whose event was seen on NATS (waited for up to 30 s after the last round). */
  events: number;
  /** Events seen per second of the write phase (warm-ups and rounds, both targets: the relay's pace). */
  eventsPerSecond: number;
  /** From the HTTP answer to the event on NATS, in ms. */
  lagP50: number;
  lagP99: number;
}

export async function benchWrites(options: {
  namespace: string;
  gatewayUrl: string;
  directUrl: string;
  token: string;
  customerIds: string[];
  settings: { rounds: number; duration: number; connections: number };
}): Promise<WriteFigures> {
  const answeredAt = new Map<string, number>();
  const lags: number[] = [];
  // Distinct complaints: a relay may publish an event twice (at least once); the stream drops the copy
  // but a plain subscriber sees both.
  const seen = new Set<string>();
  const nc = await connectTestNats();
  const subscription = nc.subscribe(new Topology(options.namespace).subject(complaintReceived.subject));
  void (async () => {
    for await (const m of subscription) {
      const id = (m.json() as { data?: { complaintId?: string } }).data?.complaintId;
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const at = answeredAt.get(id);
      // Only filings whose answer arrived (a round ends with answers in flight); an event can beat its
      // answer to this process, and its lag is then 0.
      if (at !== undefined) lags.push(Math.max(0, Date.now() - at));
    }
  })();
  const body = () =>
    graphqlBody(OPERATIONS.file, {
      input: {
        customerId: options.customerIds[randomInt(options.customerIds.length)],
        channel: 'PHONE',
        description: 'The parcel arrived two weeks late and the box was crushed.',
      },
    });
  const onBody = (text: string) => {
    const id = /"fileComplaint":\{"id":"([0-9a-f-]{36})"/.exec(text)?.[1];
    if (id) answeredAt.set(id, Date.now());
  };
  const target = (label: string, url: string): Target => ({ label, url, token: options.token, body, onBody });
  try {
    const started = Date.now();
    const result = await compare(
      {
        title: 'fileComplaint',
        targets: [target('gateway', options.gatewayUrl), target('complaints subgraph', options.directUrl)],
      },
      options.settings,
    );
    const seconds = (Date.now() - started) / 1_000;
    const inRounds = seen.size;
    const missing = () => [...answeredAt.keys()].some((id) => !seen.has(id));
    const deadline = Date.now() + 30_000;
    while (missing() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const sorted = [...lags].sort((a, b) => a - b);
    return {
      result,
      filed: answeredAt.size,
      events: [...answeredAt.keys()].filter((id) => seen.has(id)).length,
      eventsPerSecond: inRounds / seconds,
      lagP50: percentile(sorted, 50),
      lagP99: percentile(sorted, 99),
    };
  } finally {
    subscription.unsubscribe();
    await nc.close();
  }
}
