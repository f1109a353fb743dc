import { randomBytes } from 'node:crypto';
import { connect, type ConnectionOptions, type NatsConnection } from '@nats-io/transport-node';
import { expectEventually } from './eventually';

export const TEST_NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

/** A prefix no other test run uses, for stream and subject names. */
export function uniquePrefix(label = 'test'): string {
  return `${label}_${randomBytes(4).toString('hex')}`;
}

/** A connection to the test server; `options` as a service sets them (e.g. `NATS_CLIENT_OPTIONS`). */
export async function connectTestNats(options: ConnectionOptions = {}): Promise<NatsConnection> {
  return connect({ servers: TEST_NATS_URL, name: 'care-graph-test', ...options });
}

/** Deletes every stream of a test namespace (streams are named `<NAMESPACE>_...`). */
export async function deleteTestStreams(namespace: string): Promise<void> {
  const { jetstreamManager } = await import('@nats-io/jetstream');
  const nc = await connectTestNats();
  try {
    const jsm = await jetstreamManager(nc);
    const prefix = `${namespace.toUpperCase()}_`;
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(prefix)) await jsm.streams.delete(name).catch(() => undefined);
    }
  } finally {
    await nc.close();
  }
}

export interface EventTap {
  /** Every event seen so far, in stream order. */
  events: {
    natsSubject: string;
    id: string;
    subject: string;
    type: string;
    data: Record<string, unknown>;
    [key: string]: unknown;
  }[];
  stop: () => Promise<void>;
}

/**
 * Reads a stream of a test namespace from its start, as a partner would: an ordered consumer on a real
 * connection, collecting the envelopes.
 */
export async function tapStream(namespace: string, baseStream: string): Promise<EventTap> {
  const { jetstream, jetstreamManager } = await import('@nats-io/jetstream');
  const nc = await connectTestNats();
  const stream = namespace ? `${namespace.toUpperCase()}_${baseStream}` : baseStream;
  const jsm = await jetstreamManager(nc);
  // The service under test creates its streams on start; wait for it.
  for (let i = 0; ; i++) {
    const found = await jsm.streams.info(stream).then(
      () => true,
      () => false,
    );
    if (found) break;
    if (i > 100) throw new Error(`stream ${stream} does not exist`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const consumer = await jetstream(nc).consumers.get(stream);
  const messages = await consumer.consume();
  const tap: EventTap = {
    events: [],
    stop: async () => {
      await messages.close();
      await nc.close();
    },
  };
  void (async () => {
    for await (const m of messages)
      tap.events.push({ ...(m.json() as EventTap['events'][number]), natsSubject: m.subject });
  })();
  return tap;
}

/** The first event the tap has seen that matches, once it has seen one. */
export function eventSeen(
  tap: EventTap,
  matches: (event: EventTap['events'][number]) => boolean,
): Promise<EventTap['events'][number]> {
  return expectEventually(() => {
    const found = tap.events.find(matches);
    expect(found).toBeDefined();
    return found!;
  });
}

/** The first event of `type` about `subject` (an aggregate's id) the tap has seen, once it has seen one. */
export function eventAbout(
  tap: EventTap,
  type: string,
  subject: string,
): Promise<EventTap['events'][number]> {
  return eventSeen(tap, (event) => event.type === type && event.subject === subject);
}
