import { randomUUID } from 'node:crypto';
import {
  accountFrozen,
  approvalRequestSubmitted,
  complaintReceived,
  complaintStepRecorded,
  createEvent,
  customerRegistered,
  type Envelope,
  type EventDefinition,
  purchaseRecorded,
} from '@care/contracts';
import { jetstream } from '@nats-io/jetstream';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  connectTestNats,
  expectEventually,
  gql,
  startTcpProxy,
  TEST_NATS_URL,
  testServiceEnv,
  type TcpProxy,
  type TestActor,
} from '@care/testing';
import { Client } from 'pg';
import request from 'supertest';
import type { z } from 'zod';
import { startService } from '../src/app';
import type { Deps } from '../src/application/ports';
import { configSchema } from '../src/config';
import { type GovernanceHarness, startGovernance } from './harness';

// Governance keeps up (issue 13): its consumers apply each event once when the service is stopped in the
// middle of a burst and started again. The first instance applies a third of the burst, then loses its
// broker connection while its transactions of the second third are still open: they commit, but their
// acknowledgements never reach NATS, so the stream delivers those events again to the second instance,
// which must recognise them and apply nothing twice; the last third arrives while governance is down.

const KINDS = 6;
const PER_KIND = 50;
const TOTAL = KINDS * PER_KIND; // 300
const auditor: TestActor = { sub: 'auditor-restart', roles: ['audit'] };

let proxy: TcpProxy;
let h: GovernanceHarness;
let restarted: SubgraphHandle<Deps> | undefined;
let publisher: Awaited<ReturnType<typeof connectTestNats>>;

beforeAll(async () => {
  const nats = new URL(TEST_NATS_URL);
  proxy = await startTcpProxy({ host: nats.hostname, port: Number(nats.port || 4222) });
  // The first instance reaches NATS through the proxy, so the test can take its broker away.
  h = await startGovernance('governance_restart', new Date(), {
    NATS_URL: `nats://127.0.0.1:${proxy.port}`,
    RECTIFICATION_JOB_INTERVAL_SECONDS: '0',
  });
  publisher = await connectTestNats();
}, 60_000);

afterAll(async () => {
  await publisher?.close();
  await restarted?.close();
  await h?.close();
  await proxy?.close();
});

/** One event of each kind per index, interleaved, over the loyalty, complaints and approvals streams. */
function burst(): Envelope[] {
  const now = new Date().toISOString();
  const build = <S extends z.ZodObject>(definition: EventDefinition<S>, subject: string, data: z.input<S>) =>
    createEvent(definition, subject, data, {
      actor: { kind: 'user', id: 'staff-restart' },
      correlationId: randomUUID(),
    });
  return Array.from({ length: PER_KIND }, (_, i) => {
    const customerId = randomUUID();
    const complaintId = randomUUID();
    const purchaseId = randomUUID();
    const freezeId = randomUUID();
    const requestId = randomUUID();
    const number = `CP-2026-${String(900_000 + i)}`;
    return [
      build(customerRegistered, customerId, { customerId, tier: 'MEMBER', region: null, registeredAt: now }),
      build(purchaseRecorded, purchaseId, {
        ...purchaseRecorded.example,
        purchaseId,
        customerId,
        orderNumber: `SO-R-${i}`,
        purchasedAt: now,
      }),
      build(complaintReceived, complaintId, {
        ...complaintReceived.example,
        complaintId,
        customerId,
        number,
        receivedAt: now,
      }),
      build(complaintStepRecorded, complaintId, {
        complaintId,
        number,
        status: 'CLOSED',
        satisfaction: null,
        recordedAt: now,
        step: 'IMPROVEMENT_ACTION_ADDED',
        department: 'QUALITY_CONTROL',
      } as never),
      build(accountFrozen, freezeId, {
        ...accountFrozen.example,
        freezeId,
        customerId,
        frozenOnTime: false,
      }),
      build(approvalRequestSubmitted, requestId, { ...approvalRequestSubmitted.example, requestId }),
    ];
  }).flat();
}

/** Publishes as the owning services' relays do: to JetStream, the event id as `Nats-Msg-Id`. */
async function publish(events: Envelope[]): Promise<void> {
  const js = jetstream(publisher);
  for (const event of events) {
    const [, service, aggregate, name] = event.type.split('.');
    await js.publish(`${h.db.namespace}.care.${service}.${aggregate}.${name}`, JSON.stringify(event), {
      msgID: event.id,
    });
  }
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await h.sql(`SELECT count(*)::int AS n FROM (${sql}) AS q`, params))[0]!.n);

/** How many events a consumer of the restarted instance handled, by outcome (its Prometheus counter). */
async function handled(consumer: string, outcome: 'applied' | 'duplicate'): Promise<number> {
  const text = (await request(restarted!.app).get('/metrics')).text;
  const line = text
    .split('\n')
    .find(
      (l) =>
        l.startsWith('consumer_events_total{') &&
        l.includes(`consumer="governance.${consumer}"`) &&
        l.includes(`outcome="${outcome}"`),
    );
  return line ? Number(line.split(' ').pop()) : 0;
}

/** The sessions waiting, directly or behind another waiter, for a lock the session `pid` holds. */
async function waitingOn(client: Client, pid: number): Promise<number> {
  const { rows } = await client.query(
    `WITH RECURSIVE waiting(pid) AS (
       SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))
       UNION SELECT a.pid FROM pg_stat_activity a JOIN waiting w ON w.pid = ANY(pg_blocking_pids(a.pid)))
     SELECT count(*)::int AS n FROM waiting`,
    [pid],
  );
  return Number(rows[0].n);
}

describe('governance restarted in the middle of a burst of events', () => {
  it('applies each of 300 events exactly once across the two instances', async () => {
    const events = burst();
    const ids = events.map((e) => e.id);
    const traced = () => count(`SELECT 1 FROM audit_entry WHERE id = ANY($1::uuid[])`, [ids]);

    const third = TOTAL / 3;
    // The first third is applied by the first instance.
    await publish(events.slice(0, third));
    await expectEventually(async () => expect(await traced()).toBe(third), { timeoutMs: 30_000 });

    // The test holds the head of the audit chain, so every consumer that appends to it stops inside its
    // transaction (its inbox rows written, its entries waiting), and the second third arrives.
    const holder = new Client({ connectionString: h.db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT * FROM "${h.db.schema}".audit_chain_head FOR UPDATE`);
      const holderPid = Number((await holder.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
      await publish(events.slice(third, 2 * third));
      // Three audit-trail durables (one per stream), rectification intake and violation intake.
      await expectEventually(
        async () => expect(await waitingOn(holder, holderPid)).toBeGreaterThanOrEqual(5),
        {
          timeoutMs: 30_000,
        },
      );
      const beforeCut = await traced();
      // The broker goes away; then the open transactions commit: their acknowledgements are lost.
      proxy.cut();
      await holder.query('COMMIT');
      await expectEventually(async () => expect(await waitingOn(holder, holderPid)).toBe(0));
      await h.service.nats.close();
      await h.service.close();
      const appliedByFirst = await traced();
      const committedUnacknowledged = appliedByFirst - beforeCut;
      expect(committedUnacknowledged).toBeGreaterThan(0);
      // The last third arrives while governance is down.
      await publish(events.slice(2 * third));

      // The second instance, on the same schema and durable consumers, straight to NATS.
      restarted = await startService(
        parseConfig(configSchema, testServiceEnv(h.db, { RECTIFICATION_JOB_INTERVAL_SECONDS: '0' })),
        createLogger('governance-test', 'silent'),
        { clock: h.clock },
      );
      // Unacknowledged events come back once their acknowledgement wait (30 s) has passed.
      await expectEventually(
        async () => {
          expect(await traced()).toBe(TOTAL);
          expect(await handled('audit-trail', 'duplicate')).toBeGreaterThanOrEqual(committedUnacknowledged);
        },
        { timeoutMs: 120_000, intervalMs: 500 },
      );
      // Every event was applied by one instance or the other, never by both.
      expect(await handled('audit-trail', 'applied')).toBe(TOTAL - appliedByFirst);
    } finally {
      await holder.end();
    }

    // Exactly what 300 events make, nothing twice.
    const perEvent = await h.sql(
      `SELECT count(*)::int AS n FROM audit_entry WHERE id = ANY($1::uuid[]) GROUP BY id HAVING count(*) <> 1`,
      [ids],
    );
    expect(perEvent).toEqual([]);
    const inbox = await h.sql(
      `SELECT consumer, count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[]) GROUP BY consumer ORDER BY consumer`,
      [ids],
    );
    expect(inbox).toEqual([
      { consumer: 'governance.audit-trail', n: TOTAL },
      { consumer: 'governance.check-projections', n: TOTAL },
      { consumer: 'governance.exception-decisions', n: PER_KIND },
      { consumer: 'governance.rectification-intake', n: PER_KIND },
      { consumer: 'governance.violation-intake', n: PER_KIND },
    ]);
    expect(
      await count(`SELECT 1 FROM rectification_item WHERE source = 'COMPLAINT_IMPROVEMENT_ACTION'`),
    ).toBe(PER_KIND);
    expect(await count(`SELECT 1 FROM violation WHERE category = 'LATE_POINTS_FREEZE'`)).toBe(PER_KIND);
    // Governance's own events (an item opened, a violation opened) traced once each, with them.
    expect(
      await h.sql(
        `SELECT action, count(*)::int AS n FROM audit_entry WHERE source = 'governance' GROUP BY action ORDER BY action`,
      ),
    ).toEqual([
      { action: 'care.governance.rectification.opened.v1', n: PER_KIND },
      { action: 'care.governance.violation.opened.v1', n: PER_KIND },
    ]);
    expect(await count(`SELECT 1 FROM seen_customer`)).toBe(PER_KIND);
    expect(await count(`SELECT 1 FROM seen_purchase`)).toBe(PER_KIND);
    expect(await count(`SELECT 1 FROM seen_complaint`)).toBe(PER_KIND);
    expect(await count(`SELECT 1 FROM seen_approval`)).toBe(PER_KIND);
    expect(await count(`SELECT 1 FROM seen_interaction WHERE kind = 'COMPLAINT_INTAKE'`)).toBe(PER_KIND);

    const verification = await gql<{ verifyAuditChain: { verified: boolean; checked: number } }>(
      restarted!.app,
      `{ verifyAuditChain { verified checked } }`,
      {},
      { token: await h.token(auditor) },
    );
    expect(verification.data?.verifyAuditChain).toEqual({ verified: true, checked: TOTAL + 2 * PER_KIND });
  }, 240_000);
});
