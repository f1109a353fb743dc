import {
  entities as approvalsEntities,
  migrations as approvalsMigrations,
} from '@care/approvals/src/persistence';
import { configSchema as complaintsConfig } from '@care/complaints/src/config';
import { entities, migrations } from '@care/complaints/src/persistence';
import { DEFAULT_STREAM_SETTINGS, ensureStreams, Topology } from '@care/messaging';
import { createDataSource, migrate, parseConfig } from '@care/service-kit';
import { connectTestNats, createTestSchema, deleteTestStreams, type TestSchema } from '@care/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

/**
 * infra/k8s runs several replicas of every subgraph: each one migrates its schema at start-up and
 * ensures its streams. These are the guarantees that makes safe, against the real Postgres and NATS.
 */
describe('several replicas of one service', () => {
  let db: TestSchema;
  beforeEach(async () => {
    db = await createTestSchema('scale_out');
  });
  afterEach(async () => {
    await db.drop();
  });

  it.each([
    ['complaints', entities, migrations],
    ['approvals', approvalsEntities, approvalsMigrations],
  ] as const)(
    'starting together on a fresh %s schema, every replica migrates without error and each migration runs once',
    async (_name, serviceEntities, serviceMigrations) => {
      const replicas = [1, 2, 3].map((n) =>
        createDataSource({
          url: db.url,
          schema: db.schema,
          entities: [...serviceEntities],
          migrations: [...serviceMigrations],
          applicationName: `replica-${n}`,
        }),
      );
      try {
        await Promise.all(replicas.map((r) => r.initialize()));
        const results = await Promise.allSettled(replicas.map((r) => migrate(r)));
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
        const applied = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
        // Every migration applied by exactly one replica; the others found nothing pending.
        expect([...applied].sort()).toEqual(serviceMigrations.map((m) => m.name).sort());
        const rows = await db.query<{ name: string }>(`SELECT name FROM "${db.schema}".migrations`);
        expect(rows.map((r) => r.name).sort()).toEqual(serviceMigrations.map((m) => m.name).sort());
      } finally {
        await Promise.all(replicas.map((r) => (r.isInitialized ? r.destroy() : undefined)));
      }
    },
  );
});

describe('STREAM_REPLICAS', () => {
  let nats: NatsConnection;
  const namespace = `replicas_${Date.now().toString(36)}`;
  beforeAll(async () => {
    nats = await connectTestNats();
  });
  afterAll(async () => {
    await nats.close();
    await deleteTestStreams(namespace);
  });

  it('defaults to 1 and takes the odd sizes JetStream supports (1, 3, 5)', () => {
    const env = { DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 'x'.repeat(16) };
    expect(parseConfig(complaintsConfig, env)).toMatchObject({ STREAM_REPLICAS: 1 });
    expect(parseConfig(complaintsConfig, { ...env, STREAM_REPLICAS: '3' })).toMatchObject({
      STREAM_REPLICAS: 3,
    });
    for (const bad of ['0', '2', '7', 'three']) {
      expect(() => parseConfig(complaintsConfig, { ...env, STREAM_REPLICAS: bad })).toThrow(
        /STREAM_REPLICAS/,
      );
    }
  });

  it('is the replica count every stream is created and updated with', async () => {
    const jsm = await jetstreamManager(nats);
    const topology = new Topology(namespace);
    const add = jest.spyOn(jsm.streams, 'add');
    const update = jest.spyOn(jsm.streams, 'update');
    await ensureStreams(jsm, topology, { ...DEFAULT_STREAM_SETTINGS, replicas: 1 });
    expect(add.mock.calls.map(([config]) => config.num_replicas)).toEqual(topology.streams().map(() => 1));
    for (const stream of topology.streams()) {
      expect((await jsm.streams.info(stream.name)).config.num_replicas).toBe(1);
    }
    // Re-run with 3: every existing stream is updated to three copies (a single server like the one
    // here keeps one; a JetStream cluster places three).
    await ensureStreams(jsm, topology, { ...DEFAULT_STREAM_SETTINGS, replicas: 3 });
    expect(update.mock.calls.map(([, config]) => config?.num_replicas)).toEqual(
      topology.streams().map(() => 3),
    );
  });
});
