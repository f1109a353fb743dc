import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { complaintReceived, createEvent } from '@care/contracts';
import { jetstream } from '@nats-io/jetstream';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  checkSubgraphContract,
  connectTestNats,
  createTestSchema,
  dataOf,
  errorCodes,
  expectEventually,
  gql,
  tapStream,
  testServiceEnv,
  testToken,
  typeShapes,
  fileTypeShapes,
  type TestSchema,
} from '@care/testing';
import { startService } from '../src/app';
import { configSchema } from '../src/config';

let db: TestSchema;
let service: SubgraphHandle;
let auditor: string;

beforeAll(async () => {
  db = await createTestSchema('governance');
  service = await startService(
    parseConfig(configSchema, testServiceEnv(db)),
    createLogger('governance-test', 'silent'),
  );
  auditor = await testToken({ sub: 'auditor-1', roles: ['audit'] });
});

afterAll(async () => {
  await service?.close();
  await db?.drop();
});

const NOTE = `mutation($input: RecordAuditNoteInput!) {
  recordAuditNote(input: $input) { id actor action subjectType subjectId source details occurredAt retainUntil }
}`;

describe('the audit trail', () => {
  it('[DOMAIN 4.1] records a note with who did it and reads it back filtered by subject', async () => {
    const note = dataOf(
      await gql<{
        recordAuditNote: { id: string; occurredAt: string; retainUntil: string } & Record<string, unknown>;
      }>(
        service.app,
        NOTE,
        {
          input: {
            action: 'paper.archived',
            subjectType: 'Contract',
            subjectId: 'K-2026-7',
            details: { photo: 'scan-7.jpg' },
          },
        },
        { token: auditor },
      ),
    ).recordAuditNote;
    expect(note).toMatchObject({
      actor: 'auditor-1',
      action: 'paper.archived',
      source: 'MANUAL',
      details: { photo: 'scan-7.jpg' },
    });
    const months =
      (new Date(note.retainUntil).getTime() - new Date(note.occurredAt).getTime()) / (30 * 86_400_000);
    expect(months).toBeGreaterThanOrEqual(6);
    const list = await gql<{ auditEntries: { totalCount: number; edges: { node: { id: string } }[] } }>(
      service.app,
      `{ auditEntries(filter: { subjectType: "Contract", subjectId: "K-2026-7" }) { totalCount edges { node { id } } } }`,
      {},
      { token: auditor },
    );
    expect(dataOf(list).auditEntries).toEqual({ totalCount: 1, edges: [{ node: { id: note.id } }] });
  });

  it('[DOMAIN 4.1] refuses to change or delete an entry inside its retention period', async () => {
    const note = dataOf(
      await gql<{ recordAuditNote: { id: string } }>(
        service.app,
        NOTE,
        { input: { action: 'a.b', subjectType: 'X', subjectId: '1' } },
        { token: auditor },
      ),
    ).recordAuditNote;
    await expect(
      db.query(`UPDATE "${db.schema}".audit_entry SET actor = 'someone-else' WHERE id = $1`, [note.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM "${db.schema}".audit_entry WHERE id = $1`, [note.id])).rejects.toThrow(
      /must be kept until/,
    );
  });

  it('lets only supervision read the trail', async () => {
    const analyst = await testToken({ roles: ['analyst'] });
    const result = await gql(service.app, `{ auditEntries { totalCount } }`, {}, { token: analyst });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });
});

describe("tracing other services' events", () => {
  it('[DOMAIN 4.1] records every event of the other services in the audit trail, once', async () => {
    const complaintId = randomUUID();
    const event = createEvent(
      complaintReceived,
      complaintId,
      { ...complaintReceived.example, complaintId, number: 'CP-2026-000777' },
      { actor: { kind: 'user', id: 'cs-1' }, correlationId: 'corr-1' },
    );
    const nc = await connectTestNats();
    try {
      const js = jetstream(nc);
      const subject = `${db.namespace}.${complaintReceived.subject}`;
      await js.publish(subject, JSON.stringify(event), { msgID: event.id });
      // The same event again under another message id (a repeat after the duplicate window): still one entry.
      await js.publish(subject, JSON.stringify(event), { msgID: `${event.id}-again` });
    } finally {
      await nc.close();
    }
    const query = `query($id: String!) { auditEntries(filter: { subjectType: "complaint", subjectId: $id }) { totalCount edges { node { id actor action source details } } } }`;
    await expectEventually(async () => {
      const entries = dataOf(
        await gql<{ auditEntries: { totalCount: number; edges: { node: unknown }[] } }>(
          service.app,
          query,
          { id: complaintId },
          { token: auditor },
        ),
      ).auditEntries;
      expect(entries.totalCount).toBe(1);
      expect(entries.edges[0]!.node).toEqual({
        id: event.id,
        actor: 'user:cs-1',
        action: 'care.complaints.complaint.received.v1',
        source: 'complaints',
        details: expect.objectContaining({ number: 'CP-2026-000777', complaintId }),
      });
    });
    await new Promise((r) => setTimeout(r, 300));
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM "${db.schema}".audit_entry WHERE subject_id = $1`,
      [complaintId],
    );
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('publishes its own notes as events', async () => {
    const tap = await tapStream(db.namespace, 'CARE_GOVERNANCE');
    try {
      const note = dataOf(
        await gql<{ recordAuditNote: { id: string } }>(
          service.app,
          NOTE,
          { input: { action: 'sample.checked', subjectType: 'CustomerFile', subjectId: 'F-3' } },
          { token: auditor },
        ),
      ).recordAuditNote;
      const event = await expectEventually(() => {
        const found = tap.events.find((e) => e.subject === note.id);
        expect(found).toBeDefined();
        return found!;
      });
      expect(event).toMatchObject({
        type: 'care.governance.audit.note_recorded.v1',
        data: { entryId: note.id, action: 'sample.checked', subjectType: 'CustomerFile', subjectId: 'F-3' },
      });
    } finally {
      await tap.stop();
    }
  });
});

describe('federation contract', () => {
  it('answers _service { sdl } with its schema file and resolves AuditEntry entities by id', async () => {
    const note = dataOf(
      await gql<{ recordAuditNote: { id: string } }>(
        service.app,
        NOTE,
        { input: { action: 'contract.checked', subjectType: 'X', subjectId: '2' } },
        { token: auditor },
      ),
    ).recordAuditNote;
    const file = path.join(__dirname, '..', 'src', 'graphql', 'schema.graphql');
    const { sdl, entity } = await checkSubgraphContract(service.app, auditor, {
      sdlFile: file,
      representation: { __typename: 'AuditEntry', id: note.id },
      selection: '... on AuditEntry { id action }',
    });
    expect(typeShapes(sdl)).toEqual(fileTypeShapes(file));
    expect(sdl).toMatch(/type AuditEntry\s+@key\(fields: "id"\)/);
    expect(entity).toEqual({ id: note.id, action: 'contract.checked' });
  });
});
