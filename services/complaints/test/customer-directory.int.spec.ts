import { randomUUID } from 'node:crypto';
import { createEvent, customerRegistered } from '@care/contracts';
import { createLogger, parseConfig } from '@care/service-kit';
import {
  connectTestNats,
  createTestSchema,
  expectEventually,
  testServiceEnv,
  type TestSchema,
} from '@care/testing';
import { startService } from '../src/app';
import { configSchema } from '../src/config';
import { codesOf, complaintsHarness, FILE, type C, type ComplaintsService } from './harness';

const h = complaintsHarness('complaints_customers');

const filing = (customerId: string, extra: Record<string, unknown> = {}) => ({
  input: { customerId, channel: 'PHONE', description: 'The parcel never came', ...extra },
});

describe('the customers a complaint may name', () => {
  it('[DOMAIN 1.2] a complaint for a customer the platform does not know is NOT_FOUND and leaves nothing behind', async () => {
    const stranger = randomUUID();
    const refused = await h.attempt(
      h.tokens.specialist,
      FILE,
      filing(stranger, { receivedAt: '2024-05-06T02:00:00Z', idempotencyKey: `k-${stranger}` }),
    );
    expect(codesOf(refused)).toEqual(['NOT_FOUND']);
    expect(refused.errors?.[0]?.message).toContain(stranger);
    expect(
      await h.db.query(`SELECT count(*)::int AS n FROM "${h.db.schema}".complaint WHERE customer_id = $1`, [
        stranger,
      ]),
    ).toEqual([{ n: 0 }]);
    // The refused filing took no number: the first complaint of 2024 is still number 1.
    const known = await h.registerCustomer();
    const filed = (
      await h.call<{ fileComplaint: C }>(
        h.tokens.specialist,
        FILE,
        filing(known, { receivedAt: '2024-05-06T02:00:00Z' }),
      )
    ).fileComplaint;
    expect(filed).toMatchObject({ number: 'CP-2024-000001', customer: { id: known }, status: 'RECEIVED' });
    expect(h.tap.events.filter((e) => e.data.customerId === stranger)).toEqual([]);
  });

  it('[DOMAIN 1.2] a customer is known from the moment loyalty’s customer.registered event is applied', async () => {
    const customerId = randomUUID();
    expect(codesOf(await h.attempt(h.tokens.specialist, FILE, filing(customerId)))).toEqual(['NOT_FOUND']);
    const event = createEvent(
      customerRegistered,
      customerId,
      { customerId, tier: 'MEMBER', region: null, registeredAt: '2026-03-02T01:59:00.000Z' },
      { actor: { kind: 'service', id: 'loyalty' }, correlationId: randomUUID() },
    );
    h.service.nats.publish(`${h.db.namespace}.${customerRegistered.subject}`, JSON.stringify(event));
    const filed = await expectEventually(async () => {
      const r = await h.attempt(h.tokens.specialist, FILE, filing(customerId));
      expect(r.errors).toBeUndefined();
      return (r.data as { fileComplaint: C }).fileComplaint;
    });
    expect(filed).toMatchObject({ customer: { id: customerId }, status: 'RECEIVED' });
    // The same registration delivered twice changes nothing.
    h.service.nats.publish(`${h.db.namespace}.${customerRegistered.subject}`, JSON.stringify(event));
    await h.service.nats.flush();
    expect(
      await h.db.query(`SELECT registered_at FROM "${h.db.schema}".known_customer WHERE customer_id = $1`, [
        customerId,
      ]),
    ).toEqual([{ registered_at: new Date('2026-03-02T01:59:00.000Z') }]);
  });
});

describe('customers registered before the projection existed', () => {
  let db: TestSchema;
  let service: ComplaintsService | undefined;

  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it('are known once its new consumer has read loyalty’s stream from the start', async () => {
    db = await createTestSchema('complaints_replay');
    const config = parseConfig(configSchema, testServiceEnv(db, { SLA_JOB_INTERVAL_SECONDS: '0' }));
    const logger = createLogger('complaints-test', 'silent');
    // A first start creates the streams; then the service is stopped and, as before the projection
    // existed, there is no consumer of customer registrations in complaints.
    const nc = await connectTestNats();
    try {
      const first = await startService(config, logger);
      const directory = first.consumers.find((c) => c.name === 'complaints.customer-directory');
      const durables = directory!.durables().filter((d) => !d.durable.endsWith('_redrive'));
      expect(durables).toHaveLength(1);
      // Stopped once every consumer is pulling (a consumer stopped while still attaching never stops).
      for (const d of first.consumers.flatMap((c) => c.durables()))
        await expectEventually(async () => {
          const info = await nc.request(`$JS.API.CONSUMER.INFO.${d.stream}.${d.durable}`, '');
          expect(info.json<{ num_waiting?: number }>().num_waiting).toBeGreaterThan(0);
        });
      await first.close();
      const { stream, durable } = durables[0]!;
      const deleted = await nc.request(`$JS.API.CONSUMER.DELETE.${stream}.${durable}`, '');
      expect(deleted.json()).toMatchObject({ success: true });
      // Loyalty registers customers meanwhile.
      const earlier = [randomUUID(), randomUUID()];
      for (const customerId of earlier) {
        const event = createEvent(
          customerRegistered,
          customerId,
          { customerId, tier: 'GOLD', region: 'CN-SH', registeredAt: '2025-06-01T02:00:00.000Z' },
          { actor: { kind: 'service', id: 'loyalty' }, correlationId: randomUUID() },
        );
        nc.publish(`${db.namespace}.${customerRegistered.subject}`, JSON.stringify(event));
      }
      await nc.flush();
      service = await startService(config, logger);
      await expectEventually(async () =>
        expect(
          (
            await service!.dataSource.query(
              `SELECT customer_id FROM known_customer WHERE customer_id = ANY($1::uuid[]) ORDER BY customer_id`,
              [earlier],
            )
          ).map((r: { customer_id: string }) => r.customer_id),
        ).toEqual([...earlier].sort()),
      );
    } finally {
      await nc.close();
    }
  });
});
