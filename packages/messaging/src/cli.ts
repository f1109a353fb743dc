/**
 * `pnpm events <command>`: operations on the event backbone.
 *
 *   streams                                   create or update every stream (idempotent)
 *   dead-letters <service> <purpose>          list a consumer's dead letters with their reasons
 *   redrive <service> <purpose>               send them back to that consumer (after a fix)
 *   replay <stream> <durable> --from-time <ISO> | --from-seq <n>
 *                                             replay a durable consumer (effects stay exactly-once)
 *   parked <database-url> <schema>            list outbox events parked after repeated publish failures
 *   unpark <database-url> <schema>            make parked events due again
 *
 * NATS_URL (default nats://127.0.0.1:4222) and EVENTS_NAMESPACE (default none) select the server;
 * STREAM_REPLICAS (default 1) is the services' setting: `streams` keeps a cluster's streams replicated.
 */
import { parseArgs } from 'node:util';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { listDeadLetters, redriveDeadLetters, replayConsumer } from './admin';
import { natsServers } from './nats-url';
import { DEFAULT_STREAM_SETTINGS, ensureStreams } from './streams';
import { Topology } from './topology';
import { NOTIFY_OUTBOX_SQL } from './wake';

const out = (line: string) => process.stdout.write(`${line}\n`);

async function withNats<T>(
  fn: (nc: Awaited<ReturnType<typeof connect>>, topology: Topology) => Promise<T>,
): Promise<T> {
  const nc = await connect({
    ...natsServers(process.env.NATS_URL ?? 'nats://127.0.0.1:4222'),
    name: 'care-events-cli',
  });
  try {
    return await fn(nc, new Topology(process.env.EVENTS_NAMESPACE ?? ''));
  } finally {
    await nc.close();
  }
}

async function withOutbox<T>(url: string, schema: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    allowPositionals: true,
    options: { 'from-time': { type: 'string' }, 'from-seq': { type: 'string' } },
  });
  const [command, a, b] = positionals;
  switch (command) {
    case 'streams':
      await withNats(async (nc, topology) => {
        await ensureStreams(await jetstreamManager(nc), topology, {
          ...DEFAULT_STREAM_SETTINGS,
          replicas: Number(process.env.STREAM_REPLICAS ?? 1),
        });
        for (const s of topology.streams()) out(`${s.name}\t${s.subjects.join(',')}`);
      });
      return 0;
    case 'dead-letters':
      if (!a || !b) break;
      await withNats(async (nc, topology) => {
        const letters = await listDeadLetters(nc, topology, a, b);
        if (letters.length === 0) out(`no dead letters for ${a}.${b}`);
        for (const l of letters) out(`#${l.sequence}\t${l.originalSubject}\t${l.reason}`);
      });
      return 0;
    case 'redrive':
      if (!a || !b) break;
      await withNats(async (nc, topology) =>
        out(`re-drove ${await redriveDeadLetters(nc, topology, a, b)} dead letter(s) to ${a}.${b}`),
      );
      return 0;
    case 'replay': {
      if (!a || !b || (!values['from-time'] && !values['from-seq'])) break;
      const time = new Date(values['from-time'] ?? Number.NaN);
      const sequence = Number(values['from-seq']);
      const from = !Number.isNaN(time.getTime())
        ? { time }
        : Number.isInteger(sequence) && sequence > 0
          ? { sequence }
          : undefined;
      if (!from) break;
      await withNats(async (nc, topology) => {
        await replayConsumer(nc, topology.stream(a), b, from);
        out(
          `${b} on ${topology.stream(a)} replays from ${values['from-time'] ? time.toISOString() : `sequence ${sequence}`}`,
        );
      });
      return 0;
    }
    case 'parked':
      if (!a || !b) break;
      await withOutbox(a, b, async (c) => {
        const { rows } = await c.query(
          `SELECT id, type, attempts, last_error FROM outbox WHERE parked_at IS NOT NULL ORDER BY seq`,
        );
        if (rows.length === 0) out('no parked events');
        for (const r of rows) out(`${r.id}\t${r.type}\tattempts=${r.attempts}\t${r.last_error}`);
      });
      return 0;
    case 'unpark':
      if (!a || !b) break;
      await withOutbox(a, b, async (c) => {
        const { rowCount } = await c.query(
          `UPDATE outbox SET parked_at = NULL, attempts = 0, next_attempt_at = now() WHERE parked_at IS NOT NULL`,
        );
        if (rowCount) await c.query(NOTIFY_OUTBOX_SQL); // the service's relay publishes them now
        out(`${rowCount ?? 0} event(s) due again`);
      });
      return 0;
  }
  process.stderr.write(
    'usage: events streams | dead-letters <service> <purpose> | redrive <service> <purpose> | ' +
      'replay <stream> <durable> --from-time <ISO>|--from-seq <n> | parked <database-url> <schema> | unpark <database-url> <schema>\n',
  );
  return 2;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
