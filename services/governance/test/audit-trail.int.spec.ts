import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { complaintReceived, createEvent } from '@care/contracts';
import { subgraphSdlFiles } from '@care/service-kit';
import { jetstream } from '@nats-io/jetstream';
import {
  connectTestNats,
  dataOf,
  errorCodes,
  eventSeen,
  expectEventually,
  expectSubgraphContract,
  tapStream,
  harnessForFile,
  type TestActor,
} from '@care/testing';
import { startGovernance } from './harness';

const h = harnessForFile(() => startGovernance());
const auditor: TestActor = { sub: 'auditor-1', roles: ['audit'] };

const NOTE = `mutation($input: RecordAuditNoteInput!) {
  recordAuditNote(input: $input) { id actor action subjectType subjectId source details occurredAt retainUntil }
}`;

type Note = { id: string; occurredAt: string; retainUntil: string } & Record<string, unknown>;

/** Records a note as the auditor; fails the test on any error. */
const recordNote = async (input: Record<string, unknown>): Promise<Note> =>
  (await h.ok<{ recordAuditNote: Note }>(NOTE, { input }, auditor)).recordAuditNote;

describe('the audit trail', () => {
  it('[DOMAIN 4.1] records a note with who did it and reads it back filtered by subject', async () => {
    const note = await recordNote({
      action: 'paper.archived',
      subjectType: 'Contract',
      subjectId: 'K-2026-7',
      details: { photo: 'scan-7.jpg' },
    });
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
    const note = await recordNote({ action: 'a.b', subjectType: 'X', subjectId: '1' });
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
      const note = await recordNote({
        action: 'sample.checked',
        subjectType: 'CustomerFile',
        subjectId: 'F-3',
      });
      const event = await eventSeen(tap, (e) => e.subject === note.id);
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
    const note = await recordNote({ action: 'contract.checked', subjectType: 'X', subjectId: '2' });
    const entity = await expectSubgraphContract(h.service.app, await h.token(auditor), {
      sdlFiles: subgraphSdlFiles(path.join(__dirname, '..')),
      entity: { __typename: 'AuditEntry', id: note.id },
      fields: 'id action',
    });
    expect(entity).toEqual({ id: note.id, action: 'contract.checked' });
  });
});
