import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { complaintReceived, createEvent } from '@care/contracts';
import { jetstream } from '@nats-io/jetstream';
import {
  checkSubgraphContract,
  connectTestNats,
  dataOf,
  errorCodes,
  expectEventually,
  tapStream,
  typeShapes,
  fileTypeShapes,
  type TestActor,
} from '@care/testing';
import { startGovernance, type GovernanceHarness } from './harness';

let h: GovernanceHarness;
const auditor: TestActor = { sub: 'auditor-1', roles: ['audit'] };

beforeAll(async () => {
  h = await startGovernance();
});

afterAll(async () => {
  await h?.close();
});

const NOTE = `mutation($input: RecordAuditNoteInput!) {
  recordAuditNote(input: $input) { id actor action subjectType subjectId source details occurredAt retainUntil }
}`;

describe('the audit trail', () => {
  it('[DOMAIN 4.1] records a note with who did it and reads it back filtered by subject', async () => {
    const note = dataOf(
      await h.raw<{
        recordAuditNote: { id: string; occurredAt: string; retainUntil: string } & Record<string, unknown>;
      }>(
        NOTE,
        {
          input: {
            action: 'paper.archived',
            subjectType: 'Contract',
            subjectId: 'K-2026-7',
            details: { photo: 'scan-7.jpg' },
          },
        },
        auditor,
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
    const list = await h.raw<{ auditEntries: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `{ auditEntries(filter: { subjectType: "Contract", subjectId: "K-2026-7" }) { totalCount edges { node { id } } } }`,
      {},
      auditor,
    );
    expect(dataOf(list).auditEntries).toEqual({ totalCount: 1, edges: [{ node: { id: note.id } }] });
  });

  it('[DOMAIN 4.1] refuses to change or delete an entry inside its retention period', async () => {
    const note = dataOf(
      await h.raw<{ recordAuditNote: { id: string } }>(
        NOTE,
        { input: { action: 'a.b', subjectType: 'X', subjectId: '1' } },
        auditor,
      ),
    ).recordAuditNote;
    await expect(
      h.sql(`UPDATE audit_entry SET actor = 'someone-else' WHERE id = $1`, [note.id]),
    ).rejects.toThrow(/append-only/);
    await expect(h.sql(`DELETE FROM audit_entry WHERE id = $1`, [note.id])).rejects.toThrow(
      /must be kept until/,
    );
  });

  it('lets only supervision read the trail', async () => {
    const analyst: TestActor = { roles: ['analyst'] };
    const result = await h.raw(`{ auditEntries { totalCount } }`, {}, analyst);
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
      const subject = `${h.db.namespace}.${complaintReceived.subject}`;
      await js.publish(subject, JSON.stringify(event), { msgID: event.id });
      // The same event again under another message id (a repeat after the duplicate window): still one entry.
      await js.publish(subject, JSON.stringify(event), { msgID: `${event.id}-again` });
    } finally {
      await nc.close();
    }
    const query = `query($id: String!) { auditEntries(filter: { subjectType: "complaint", subjectId: $id }) { totalCount edges { node { id actor action source details } } } }`;
    await expectEventually(async () => {
      const entries = dataOf(
        await h.raw<{ auditEntries: { totalCount: number; edges: { node: unknown }[] } }>(
          query,
          { id: complaintId },
          auditor,
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
    const rows = await h.sql(`SELECT count(*)::int AS n FROM audit_entry WHERE subject_id = $1`, [
      complaintId,
    ]);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('publishes its own notes as events', async () => {
    const tap = await tapStream(h.db.namespace, 'CARE_GOVERNANCE');
    try {
      const note = dataOf(
        await h.raw<{ recordAuditNote: { id: string } }>(
          NOTE,
          { input: { action: 'sample.checked', subjectType: 'CustomerFile', subjectId: 'F-3' } },
          auditor,
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
      await h.raw<{ recordAuditNote: { id: string } }>(
        NOTE,
        { input: { action: 'contract.checked', subjectType: 'X', subjectId: '2' } },
        auditor,
      ),
    ).recordAuditNote;
    const file = path.join(__dirname, '..', 'src', 'graphql', 'schema.graphql');
    const { sdl, entity } = await checkSubgraphContract(h.service.app, await h.token(auditor), {
      sdlFile: file,
      representation: { __typename: 'AuditEntry', id: note.id },
      selection: '... on AuditEntry { id action }',
    });
    expect(typeShapes(sdl)).toEqual(fileTypeShapes(file));
    expect(sdl).toMatch(/type AuditEntry\s+@key\(fields: "id"\)/);
    expect(entity).toEqual({ id: note.id, action: 'contract.checked' });
  });
});
