import { randomUUID } from 'node:crypto';
import { createEvent, customerRegistered, tierChanged, type Envelope } from '@care/contracts';
import { expectEventually } from '@care/testing';
import type { EventConsumer } from '../src/consumer';
import { enqueue } from '../src/outbox';
import { onEvent, onEveryEvent, subscription, subscriptionConsumer } from '../src/reactions';
import { anEvent, benchRelay, quiet, startBench, type Bench } from './harness';

let bench: Bench;
let relay: ReturnType<typeof benchRelay>;
const consumers: EventConsumer[] = [];
const seen: { purpose: string; type: string; data: unknown }[] = [];

const context = { actor: { kind: 'service' as const, id: 'test' }, correlationId: randomUUID() };
const tierEvent = (customerId: string) =>
  createEvent(
    tierChanged,
    customerId,
    {
      customerId,
      from: 'MEMBER',
      to: 'GOLD',
      reason: 'OVERRIDE',
      evaluationYear: null,
      annualSpend: null,
      effectiveAt: new Date().toISOString(),
    },
    context,
  );

const consumerOf = (...args: Parameters<typeof subscription>) =>
  subscriptionConsumer(
    {
      nats: bench.nc,
      dataSource: bench.dataSource,
      topology: bench.topology,
      service: 'test',
      logger: quiet,
      retryDelayMs: () => 100,
    },
    subscription(...args),
  );

beforeAll(async () => {
  bench = await startBench('reactions');
  relay = benchRelay(bench);
  relay.start();
});

afterAll(async () => {
  for (const c of consumers) await c.stop();
  await relay?.stop();
  await bench?.close();
});

const publish = (...events: Envelope[]) => bench.dataSource.transaction((tx) => enqueue(tx, ...events));

describe('onEvent and subscriptions', () => {
  it('takes from each stream only the subjects its reactions name, one durable per subject', () => {
    const consumer = consumerOf(
      'two-subjects',
      onEvent(customerRegistered, async () => undefined),
      onEvent(tierChanged, async () => undefined),
    );
    const base = consumer.durables().filter((d) => !d.durable.endsWith('_redrive'));
    expect(base.map((d) => d.subjects)).toEqual([
      [bench.topology.subject(customerRegistered.subject)],
      [bench.topology.subject(tierChanged.subject)],
    ]);
    expect(new Set(base.map((d) => d.stream))).toEqual(new Set([bench.topology.stream('CARE_LOYALTY')]));
  });

  it('a reaction to every event of a stream takes the whole stream, with no subject filter', () => {
    const consumer = consumerOf(
      'everything',
      onEvent(tierChanged, async () => undefined),
      onEveryEvent(['CARE_LOYALTY', 'CARE_COMPLAINTS'], async () => undefined),
    );
    const base = consumer.durables().filter((d) => !d.durable.endsWith('_redrive'));
    expect(base.map((d) => [d.stream, d.subjects])).toEqual([
      [bench.topology.stream('CARE_LOYALTY'), []],
      [bench.topology.stream('CARE_COMPLAINTS'), []],
    ]);
  });

  it('hands each reaction the payload parsed by its contract, and nothing of another type', async () => {
    const tiers = consumerOf(
      'tiers',
      onEvent(tierChanged, async (data, event, tx) => {
        seen.push({ purpose: 'tiers', type: event.type, data });
        await tx.query(`INSERT INTO effect (event_id) VALUES ($1)`, [event.id]);
      }),
    );
    const all = consumerOf(
      'all-loyalty',
      onEveryEvent(['CARE_LOYALTY'], async (event) => {
        seen.push({ purpose: 'all-loyalty', type: event.type, data: event.data });
      }),
    );
    consumers.push(tiers, all);
    await tiers.start();
    await all.start();
    const customerId = randomUUID();
    const registered = anEvent();
    const changed = tierEvent(customerId);
    await publish(registered, changed);
    await expectEventually(() => {
      expect(
        seen
          .filter((s) => s.purpose === 'all-loyalty')
          .map((s) => s.type)
          .sort(),
      ).toEqual([registered.type, changed.type].sort());
      expect(seen.filter((s) => s.purpose === 'tiers')).toEqual([
        { purpose: 'tiers', type: tierChanged.type, data: tierChanged.data.parse(changed.data) },
      ]);
    });
    // The reaction's effect committed with the inbox row, once.
    const rows = await bench.dataSource.query(`SELECT event_id FROM effect`);
    expect(rows).toEqual([{ event_id: changed.id }]);
  });
});
