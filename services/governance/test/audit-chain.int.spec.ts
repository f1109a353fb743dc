import { randomUUID } from 'node:crypto';
import { complaintReceived, createEvent } from '@care/contracts';
import { createDataSource, migrate } from '@care/service-kit';
import {
  connectTestNats,
  createTestSchema,
  errorCodes,
  expectEventually,
  harnessForFile,
  type TestActor,
} from '@care/testing';
import { GENESIS_HASH, type SealedAuditEntry } from '../src/domain/audit-chain';
import { verifyChainSegment } from '../src/domain/audit-chain-verification';
import { entities, migrations, SqlAuditChain } from '../src/persistence';
import { startGovernance } from './harness';

const h = harnessForFile(() => startGovernance('audit_chain'));
const auditor: TestActor = { sub: 'auditor-1', roles: ['audit'] };

const NOTE = `mutation($input: RecordAuditNoteInput!) { recordAuditNote(input: $input) { id position previousHash hash } }`;
const VERIFY = `query($from: Int, $to: Int, $expected: AuditChainHeadInput) {
  verifyAuditChain(from: $from, to: $to, expectedHead: $expected) {
    from to checked verified findings { position kind detail } head { position hash }
  }
}`;
const HEAD = `{ auditChainHead { position hash updatedAt purgedThrough { position } } }`;

interface Verification {
  from: number;
  to: number;
  checked: number;
  verified: boolean;
  findings: { position: number; kind: string; detail: string }[];
  head: { position: number; hash: string };
}
const verify = async (variables: Record<string, unknown> = {}) =>
  (await h.ok<{ verifyAuditChain: Verification }>(VERIFY, variables, auditor)).verifyAuditChain;
const head = async () =>
  (await h.ok<{ auditChainHead: { position: number; hash: string } }>(HEAD, {}, auditor)).auditChainHead;
const note = (subjectId: string) =>
  h.ok<{ recordAuditNote: { id: string; position: number; previousHash: string; hash: string } }>(
    NOTE,
    { input: { action: 'paper.archived', subjectType: 'Contract', subjectId } },
    auditor,
  );

describe('the tamper-evident audit chain', () => {
  it('[DOMAIN 4.1] chains every entry, from notes and from events of concurrent consumers, without a fork', async () => {
    const nc = await connectTestNats();
    try {
      const events = Array.from({ length: 20 }, (_, i) => {
        const complaintId = randomUUID();
        return createEvent(
          complaintReceived,
          complaintId,
          { ...complaintReceived.example, complaintId, number: `CP-2026-${String(i).padStart(6, '0')}` },
          { actor: { kind: 'user', id: 'cs-1' }, correlationId: `c-${i}` },
        );
      });
      // Events on the complaints stream and notes through the API, all at once.
      await Promise.all([
        ...events.map((e) => nc.publish(`${h.db.namespace}.${complaintReceived.subject}`, JSON.stringify(e))),
        ...Array.from({ length: 20 }, (_, i) => note(`K-${i}`)),
      ]);
      await expectEventually(async () => {
        const [{ n }] = (await h.sql(
          `SELECT count(*)::int AS n FROM audit_entry WHERE source = 'complaints'`,
        )) as [{ n: number }];
        expect(n).toBe(20);
      });
    } finally {
      await nc.close();
    }
    const rows = await h.sql(`SELECT position::int AS p FROM audit_entry ORDER BY position`);
    const positions = rows.map((r) => r.p as number);
    expect(positions).toEqual(Array.from({ length: positions.length }, (_, i) => i + 1));
    const result = await verify();
    expect(result).toMatchObject({ from: 1, verified: true, findings: [] });
    expect(result.checked).toBeGreaterThanOrEqual(40);
    expect(result.head.position).toBe(result.to);
  });

  it('[DOMAIN 4.1] an entry comes back with its position and the hash that links it to the one before', async () => {
    const first = (await note('K-link-1')).recordAuditNote;
    const second = (await note('K-link-2')).recordAuditNote;
    expect(second.position).toBe(first.position + 1);
    expect(second.previousHash).toBe(first.hash);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    const current = await head();
    expect(current).toMatchObject({ position: second.position, hash: second.hash });
  });

  it('[DOMAIN 4.1] records who read the trail, what they asked and which entries they got', async () => {
    const reader: TestActor = { sub: 'ic-7', roles: ['internal_control'] };
    const read = await h.ok<{ auditEntries: { edges: { node: { position: number } }[] } }>(
      `{ auditEntries(filter: { subjectType: "Contract", subjectId: "K-link-1" }) { edges { node { position } } } }`,
      {},
      reader,
    );
    const [trace] = await h.sql(
      `SELECT actor, action, subject_type, subject_id, details FROM audit_entry
        WHERE action = 'audit.trail_read' AND actor = 'ic-7'`,
    );
    expect(trace).toEqual({
      actor: 'ic-7',
      action: 'audit.trail_read',
      subject_type: 'audit_trail',
      subject_id: 'auditEntries',
      details: {
        filter: { subjectType: 'Contract', subjectId: 'K-link-1', actor: null },
        first: 20,
        after: null,
        positions: read.auditEntries.edges.map((e) => e.node.position),
      },
    });
  });

  it('lets audit, internal control and compliance read the head and verify; not HR or an analyst', async () => {
    for (const roles of [['hr'], ['analyst'], ['customer']] as const) {
      const refused = await h.raw(
        `{ auditChainHead { position } verifyAuditChain { verified } }`,
        {},
        { roles: [...roles] },
      );
      expect([roles[0], errorCodes(refused)]).toEqual([roles[0], ['FORBIDDEN', 'FORBIDDEN']]);
    }
    for (const roles of [['internal_control'], ['compliance']] as const)
      expect(await h.ok(`{ auditChainHead { position } }`, {}, { roles: [...roles] })).toEqual({
        auditChainHead: { position: expect.any(Number) },
      });
    const bad = await h.raw(VERIFY, { from: 5, to: 4 }, auditor);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await h.raw(VERIFY, { from: 1, to: 300_000 }, auditor);
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  // Last in the file: it breaks the chain on purpose.
  it('[DOMAIN 4.1] names an entry altered, one removed and one inserted in SQL by position', async () => {
    expect(await verify()).toMatchObject({ verified: true, findings: [] });
    // Exported after that verification (whose own record moved the head); reading the head moves nothing.
    const before = await head();
    const exported = { position: before.position, hash: before.hash };
    const [altered, removed] = [5, 9];
    // As the database superuser, past the trail's append-only trigger.
    await h.sql(`SET session_replication_role = replica;
      UPDATE audit_entry SET actor = 'someone-else' WHERE position = ${altered};
      DELETE FROM audit_entry WHERE position = ${removed};
      INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, source, details,
          retain_until, position, previous_hash, hash)
        SELECT gen_random_uuid(), now(), 'intruder', 'paper.archived', 'Contract', 'K-forged', 'MANUAL', null,
          now() + interval '6 months', position + 1, hash, repeat('ab', 32)
          FROM audit_chain_head;`);
    const result = await verify({ expected: exported });
    expect(result.verified).toBe(false);
    expect(result.findings).toEqual([
      { position: altered, kind: 'ALTERED', detail: 'its content no longer gives its hash' },
      { position: removed, kind: 'REMOVED', detail: 'no entry at this position' },
      {
        position: before.position + 1,
        kind: 'INSERTED',
        detail: `beyond the chain head at position ${before.position}`,
      },
    ]);
    // The trail goes on: the next entry takes the position the forged row sits at, which stays named.
    const again = await verify();
    expect(again.head.position).toBe(before.position + 1);
    expect(again.findings.map((f) => [f.position, f.kind, f.detail])).toEqual([
      [altered, 'ALTERED', 'its content no longer gives its hash'],
      [removed, 'REMOVED', 'no entry at this position'],
      [before.position + 1, 'INSERTED', 'a second entry at this position'],
    ]);
    // The verifications were read of the trail: each recorded, after the head it read.
    const traces = await h.sql(
      `SELECT details->>'verified' AS verified FROM audit_entry
        WHERE action = 'audit.trail_read' AND subject_id = 'verifyAuditChain' AND actor = 'auditor-1'
        ORDER BY position`,
    );
    expect(traces.slice(-3)).toEqual([{ verified: 'true' }, { verified: 'false' }, { verified: 'false' }]);
  });
});

describe('migrating an existing trail forward', () => {
  it('[DOMAIN 4.1] chains the entries kept before the chain existed, oldest first', async () => {
    const db = await createTestSchema('audit_migration');
    const at = (n: number) => new Date(Date.UTC(2026, 0, 5, 2, n));
    const open = (upTo: number) =>
      createDataSource({ url: db.url, schema: db.schema, entities, migrations: migrations.slice(0, upTo) });
    try {
      const before = open(migrations.findIndex((m) => m.name === 'AuditChain1767484800000'));
      await before.initialize();
      try {
        await migrate(before);
        for (const n of [3, 1, 2])
          await before.query(
            `INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, source, details, retain_until)
             VALUES (gen_random_uuid(), $1, 'user:cs-1', 'care.complaints.complaint.received.v1', 'complaint', $2,
                     'complaints', $3, $1::timestamptz + interval '6 months')`,
            [at(n), `c-${n}`, JSON.stringify({ n, nested: { b: 1, a: [1.5, 'x'] } })],
          );
      } finally {
        await before.destroy();
      }
      const after = open(migrations.length);
      await after.initialize();
      try {
        await migrate(after);
        const chain = new SqlAuditChain(after.manager);
        const rows: SealedAuditEntry[] = await chain.segment(0, 10);
        expect(rows.map((r) => [r.position, r.subjectId])).toEqual([
          [1, 'c-1'],
          [2, 'c-2'],
          [3, 'c-3'],
        ]);
        const chainHead = await chain.head();
        expect(chainHead).toMatchObject({ position: 3, hash: rows[2]!.hash });
        expect(
          verifyChainSegment({
            from: 1,
            to: 3,
            rows,
            head: chainHead,
            start: { position: 0, hash: GENESIS_HASH },
          }),
        ).toEqual({ checked: 3, findings: [] });
      } finally {
        await after.destroy();
      }
    } finally {
      await db.drop();
    }
  });
});
