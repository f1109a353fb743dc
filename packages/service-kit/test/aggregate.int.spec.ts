import { randomUUID } from 'node:crypto';
import { createEvent, customerUpdated, type Envelope, type Outbox } from '@care/contracts';
import { Refusal, refuse } from '@care/domain-kernel';
import { messagingMigrations, outboxOf } from '@care/messaging';
import { createTestSchema, type TestSchema } from '@care/testing';
import type { DataSource, EntityManager } from 'typeorm';
import { changeAggregate, type UnitOfWork } from '../src/aggregate';
import { createDataSource, unitOfWorkOn } from '../src/database';

interface Thing {
  id: string;
  version: number;
  name: string;
}
interface Tx {
  manager: EntityManager;
  outbox: Outbox;
}

let db: TestSchema;
let dataSource: DataSource;
let unitOfWork: UnitOfWork<Tx>;

beforeAll(async () => {
  db = await createTestSchema('aggregate');
  dataSource = createDataSource({
    url: db.url,
    schema: db.schema,
    entities: [],
    migrations: messagingMigrations,
    poolSize: 4,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.query(
    `CREATE TABLE thing (id uuid PRIMARY KEY, version int NOT NULL, name text NOT NULL)`,
  );
  unitOfWork = unitOfWorkOn(dataSource, (manager) => ({ manager, outbox: outboxOf(manager) }));
});

afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

const load = async (tx: Tx, id: string): Promise<Thing | null> =>
  (
    (await tx.manager.query(`SELECT id, version, name FROM thing WHERE id = $1 FOR UPDATE`, [id])) as Thing[]
  )[0] ?? null;
const save = async (tx: Tx, next: Thing, version: number): Promise<Thing> => {
  const [rows] = (await tx.manager.query(
    `UPDATE thing SET name = $2, version = version + 1 WHERE id = $1 AND version = $3 RETURNING id, version, name`,
    [next.id, next.name, version],
  )) as [Thing[], number];
  if (!rows[0]) throw refuse.conflict('changed meanwhile');
  return rows[0];
};
const renamedEvent = (thing: Thing): Envelope =>
  createEvent(customerUpdated, thing.id, customerUpdated.example as never, {
    actor: { kind: 'user', id: 'tester' },
    correlationId: randomUUID(),
  });
const rename = (id: string, name: string, expectedVersion?: number | null) =>
  changeAggregate(unitOfWork, {
    what: 'Thing',
    id,
    expectedVersion,
    load: (tx) => load(tx, id),
    apply: (current) => {
      if (!name.trim()) throw refuse.input('name', 'a thing needs a name');
      return { next: { ...current, name } };
    },
    save,
    events: (_before, after) => [renamedEvent(after)],
  });

async function aThing(): Promise<string> {
  const id = randomUUID();
  await dataSource.query(`INSERT INTO thing VALUES ($1, 1, 'first')`, [id]);
  return id;
}
const outboxRows = async (id: string) =>
  (await dataSource.query(`SELECT id FROM outbox WHERE payload->>'subject' = $1`, [id])) as unknown[];

describe('changeAggregate', () => {
  it('saves the new state and its event in one transaction', async () => {
    const id = await aThing();
    await expect(rename(id, 'second', 1)).resolves.toEqual({ id, version: 2, name: 'second' });
    expect(await outboxRows(id)).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const id = randomUUID();
    await expect(rename(id, 'x')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `Thing ${id} was not found`,
    });
  });

  it('answers CONFLICT with the current version when the caller saw an older one, and writes nothing', async () => {
    const id = await aThing();
    await rename(id, 'second');
    await expect(rename(id, 'third', 1)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { id, version: 2 },
    });
    expect((await dataSource.query(`SELECT name FROM thing WHERE id = $1`, [id]))[0].name).toBe('second');
    expect(await outboxRows(id)).toHaveLength(1);
  });

  it('passes the rule’s refusal on as it is, with no state and no event written', async () => {
    const id = await aThing();
    const refused = await rename(id, '  ').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'name' } });
    expect((await dataSource.query(`SELECT version FROM thing WHERE id = $1`, [id]))[0].version).toBe(1);
    expect(await outboxRows(id)).toHaveLength(0);
  });

  it('serialises concurrent changes: each of ten writers applies once, on the state the previous left', async () => {
    const id = await aThing();
    await Promise.all(Array.from({ length: 10 }, (_, i) => rename(id, `writer-${i}`)));
    const [row] = await dataSource.query(`SELECT version FROM thing WHERE id = $1`, [id]);
    expect(row.version).toBe(11);
    expect(await outboxRows(id)).toHaveLength(10);
  });
});
