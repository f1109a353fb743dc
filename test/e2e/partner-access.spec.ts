import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEvent, complaintReceived } from '@care/contracts';
import { subscribeAsPartner } from '@care/examples/partner-subscriber';
import { ensureStreams, Topology } from '@care/messaging';
import { expectEventually, freePort } from '@care/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

/**
 * A NATS server of our own, started with the real infra/nats/auth.conf (the shared test server has no
 * users), to prove what the partner user may and may not do.
 */
const AUTH_CONF = path.resolve(__dirname, '..', '..', 'infra', 'nats', 'auth.conf');
const CARE = 'care-test-password';
const PARTNER = 'partner-test-password';

let server: ChildProcess;
let dir: string;
let port: number;
let care: NatsConnection;
let partner: NatsConnection;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'care-nats-'));
  port = await freePort();
  copyFileSync(AUTH_CONF, path.join(dir, 'auth.conf'));
  writeFileSync(
    path.join(dir, 'nats.conf'),
    `port: ${port}\nhost: 127.0.0.1\njetstream { store_dir: "${dir}/js" }\ninclude ./auth.conf\n`,
  );
  const bin = spawnSync('sh', ['-c', 'command -v nats-server || echo /usr/sbin/nats-server'], {
    encoding: 'utf8',
  }).stdout.trim();
  server = spawn(bin, ['-c', path.join(dir, 'nats.conf')], {
    env: { ...process.env, NATS_CARE_PASSWORD: CARE, NATS_PARTNER_PASSWORD: PARTNER },
    stdio: 'ignore',
  });
  care = await expectEventually(
    () => connect({ servers: `nats://127.0.0.1:${port}`, user: 'care', pass: CARE }),
    { timeoutMs: 10_000, intervalMs: 100 },
  );
  await ensureStreams(await jetstreamManager(care), new Topology(), {
    maxAgeDays: 1,
    maxBytes: 8 * 1024 ** 2,
    duplicateWindowMs: 60_000,
  });
  const event = createEvent(
    complaintReceived,
    complaintReceived.example.complaintId,
    complaintReceived.example,
    {
      actor: { kind: 'user', id: 'cs-1' },
      correlationId: 'c-1',
    },
  );
  const js = jetstream(care);
  await js.publish(complaintReceived.subject, JSON.stringify(event), { msgID: event.id });
  await js.publish('care.dlq.governance.audit-trail', JSON.stringify(event), { msgID: `dlq-${event.id}` });
  partner = await connect({ servers: `nats://127.0.0.1:${port}`, user: 'partner', pass: PARTNER });
});

afterAll(async () => {
  await partner?.close();
  await care?.close();
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('partner access to the event streams', () => {
  it('lets a partner read a public stream through its own durable consumer (the documented example)', async () => {
    const seen: string[] = [];
    const subscription = await subscribeAsPartner({
      nc: partner,
      name: 'acme',
      streams: ['CARE_COMPLAINTS'],
      onEvent: (e) => void seen.push(e.type),
    });
    try {
      await expectEventually(() => expect(seen).toEqual(['care.complaints.complaint.received.v1']));
    } finally {
      await subscription.stop();
    }
    const info = await (await jetstreamManager(care)).consumers.info('CARE_COMPLAINTS', 'partner_acme');
    expect(info.num_ack_pending).toBe(0);
  });

  it('refuses a partner that publishes an event', async () => {
    await expect(
      jetstream(partner).publish('care.complaints.complaint.received', '{}', { timeout: 2_000 }),
    ).rejects.toThrow(/permission/i);
    expect(partner.isClosed()).toBe(false);
  });

  it('refuses a partner that subscribes to dead letters or internal subjects', async () => {
    for (const subject of ['care.dlq.>', 'care.internal.redrive.governance.audit-trail']) {
      const sub = partner.subscribe(subject);
      const closed = await sub.closed;
      expect(String(closed)).toMatch(/permission/i);
    }
  });

  it('refuses a partner that reads the dead-letter stream through the JetStream API', async () => {
    const jsm = await jetstreamManager(partner);
    await expect(jsm.consumers.add('CARE_DLQ', { durable_name: 'sneaky' })).rejects.toThrow(/permission/i);
    await expect(jsm.streams.getMessage('CARE_DLQ', { seq: 1 })).rejects.toThrow(/permission/i);
  });
});
