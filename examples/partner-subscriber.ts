/**
 * A partner system subscribing to Care Graph's events.
 *
 *   NATS_URL=nats://partner:<password>@nats.example.com:4222 pnpm --filter @care/examples partner -- \
 *     --name acme --streams CARE_COMPLAINTS,CARE_LOYALTY
 *
 * It creates (or reuses) its own durable pull consumer on each stream, so it resumes where it stopped
 * after a restart, prints every event and acknowledges it. Events can arrive more than once (after a
 * crash before the ack): de-duplicate on the envelope's `id`.
 */
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { parseArgs } from 'node:util';

export interface PartnerOptions {
  nc: NatsConnection;
  /** The partner's name: its durable consumers are `partner_<name>`. */
  name: string;
  streams: string[];
  /** Only events whose subject matches, e.g. `care.complaints.complaint.*` (default: the whole stream). */
  filterSubject?: string;
  onEvent: (
    event: { id: string; type: string; subject: string; data: unknown },
    natsSubject: string,
  ) => void | Promise<void>;
}

/** Creates the durable consumers if missing and processes events until `stop()`. */
export async function subscribeAsPartner(options: PartnerOptions): Promise<{ stop: () => Promise<void> }> {
  const jsm = await jetstreamManager(options.nc);
  const js = jetstream(options.nc);
  const durable = `partner_${options.name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const running: { close: () => Promise<void | Error> }[] = [];
  const loops: Promise<void>[] = [];
  for (const stream of options.streams) {
    const exists = await jsm.consumers.info(stream, durable).catch(() => undefined);
    if (!exists) {
      await jsm.consumers.add(stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ...(options.filterSubject ? { filter_subject: options.filterSubject } : {}),
      });
    }
    const consumer = await js.consumers.get(stream, durable);
    const messages = await consumer.consume();
    running.push(messages);
    loops.push(
      (async () => {
        for await (const m of messages) {
          await options.onEvent(m.json(), m.subject);
          m.ack();
        }
      })(),
    );
  }
  return {
    stop: async () => {
      await Promise.all(running.map((m) => m.close()));
      await Promise.all(loops);
    },
  };
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      name: { type: 'string', default: 'example' },
      streams: { type: 'string', default: 'CARE_COMPLAINTS,CARE_LOYALTY,CARE_APPROVALS,CARE_GOVERNANCE' },
      filter: { type: 'string' },
    },
  });
  // The client does not read a user and password from the URL: they go in the options.
  const url = new URL(process.env.NATS_URL ?? 'nats://127.0.0.1:4222');
  const credentials = url.username
    ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
    : {};
  const nc = await connect({
    servers: `${url.protocol}//${url.host}`,
    ...credentials,
    name: `partner-${values.name}`,
  });
  const subscription = await subscribeAsPartner({
    nc,
    name: values.name!,
    streams: values.streams!.split(','),
    filterSubject: values.filter,
    onEvent: (event, subject) => {
      process.stdout.write(`${subject} ${event.type} ${event.id} ${JSON.stringify(event.data)}\n`);
    },
  });
  process.stdout.write(`subscribed as ${values.name}; Ctrl-C to stop\n`);
  const stop = async () => {
    await subscription.stop();
    await nc.drain();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
