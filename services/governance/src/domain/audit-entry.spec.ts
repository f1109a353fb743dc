import { auditEntryFromEvent, auditNote, retentionEnd } from './audit-entry';

describe('audit retention', () => {
  it('[DOMAIN 4.1] keeps every trace at least 6 months', () => {
    expect(retentionEnd(new Date('2026-03-15T10:00:00Z')).toISOString()).toBe('2026-09-15T10:00:00.000Z');
    expect(retentionEnd(new Date('2026-08-31T23:00:00Z')).toISOString()).toBe('2027-02-28T23:00:00.000Z');
    expect(retentionEnd(new Date('2027-08-31T00:00:00Z')).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('[DOMAIN 4.1] a manual note records who, what, on which subject and until when it is kept', () => {
    const now = new Date('2026-05-04T01:00:00Z');
    expect(
      auditNote(
        { action: 'paper.archived', subjectType: 'Contract', subjectId: ' K-1 ' },
        { id: 'a', actor: 'u-1', now },
      ),
    ).toEqual({
      id: 'a',
      occurredAt: now,
      actor: 'u-1',
      action: 'paper.archived',
      subjectType: 'Contract',
      subjectId: 'K-1',
      source: 'MANUAL',
      details: null,
      retainUntil: new Date('2026-11-04T01:00:00Z'),
    });
    expect(() =>
      auditNote({ action: 'drop table', subjectType: 'X', subjectId: '1' }, { id: 'a', actor: 'u', now }),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: 'action must be a short identifier such as complaint.reviewed',
        details: { field: 'action' },
      }),
    );
  });
});

describe('tracing events', () => {
  it("[DOMAIN 4.1] turns another service's event into an audit entry kept 6 months", () => {
    const entry = auditEntryFromEvent({
      id: '0b9f4c1a-3d2e-4f5a-8b7c-6d5e4f3a2b1c',
      type: 'care.complaints.complaint.received.v1',
      source: '/care/complaints',
      subject: 'c-42',
      time: '2026-03-02T02:00:00.000Z',
      actor: { kind: 'user', id: 'u-7' },
      data: { number: 'CP-2026-000001' },
    });
    expect(entry).toEqual({
      id: '0b9f4c1a-3d2e-4f5a-8b7c-6d5e4f3a2b1c',
      occurredAt: new Date('2026-03-02T02:00:00.000Z'),
      actor: 'user:u-7',
      action: 'care.complaints.complaint.received.v1',
      subjectType: 'complaint',
      subjectId: 'c-42',
      source: 'complaints',
      details: { number: 'CP-2026-000001' },
      retainUntil: new Date('2026-09-02T02:00:00.000Z'),
    });
  });
});
