import { randomUUID } from 'node:crypto';
import { approvalRequestSubmitted, complaintStepRecorded } from '@care/contracts';
import { errorCodes, expectEventually, type TestActor } from '@care/testing';
import { RECTIFICATION_OVERDUE_JOB } from '../src/app';
import { auditFinding, governanceWithTapForFile, rectificationSteps, type Answer as Data } from './harness';
import { streamEvents } from './stream-events';

// DOMAIN 4.1 for governance's own work: every change of a rectification item (by a person, by the overdue
// job, from another service's event) and an exception application's link to its approval request is an
// entry of the audit chain, written in the transaction of the change.

/** Mon 2 March 2026 10:00 in Shanghai. */
const MONDAY_10 = '2026-03-02T02:00:00Z';

const h = governanceWithTapForFile('governance_own_trail', MONDAY_10, {
  RECTIFICATION_JOB_INTERVAL_SECONDS: '0',
});

const auditor: TestActor = { sub: 'auditor-1', roles: ['audit'] };
const salesStaff: TestActor = { sub: 'sales-1', roles: ['department_staff'], department: 'SALES' };
const salesHead: TestActor = { sub: 'sales-head', roles: ['department_head'], department: 'SALES' };
const head: TestActor = { sub: 'head-lg-1', roles: ['department_head'], department: 'LOGISTICS' };

const { M, act } = rectificationSteps(h, `{ id status version }`);

/** The chain's entries about a subject, in chain order. */
const entriesOf = (subjectType: string, subjectId: string) =>
  h.sql(
    `SELECT id, action, source, details FROM audit_entry WHERE subject_type = $1 AND subject_id = $2 ORDER BY position`,
    [subjectType, subjectId],
  );
const short = (action: string) => action.replace(/^care\.governance\./, '').replace(/\.v1$/, '');

const verifyChain = async () =>
  (await h.ok<Data>(`{ verifyAuditChain { verified checked findings { position kind } } }`, {}, auditor))
    .verifyAuditChain;

describe("governance's own actions in the audit chain", () => {
  beforeEach(() => h.clock.set(MONDAY_10));

  it('[DOMAIN 4.1] opening, working on, completing and verifying a rectification item leaves one entry per step, each the step’s event, and the chain verifies', async () => {
    const item = await act(
      auditor,
      M.open,
      auditFinding({ sourceId: 'AR-TRAIL-1', description: 'Tier tags differ from real spend' }),
    );
    await act(salesStaff, M.progress, { id: item.id, note: 'Re-checking', expectedVersion: 1 });
    // Refused changes leave nothing: a stale version (CONFLICT) and a foreign department (FORBIDDEN).
    const stale = await h.raw(
      M.progress,
      { input: { id: item.id, note: 'x', expectedVersion: 1 } },
      salesStaff,
    );
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    await act(salesHead, M.complete, { id: item.id, summary: 'Tags corrected' });
    expect(
      errorCodes(await h.raw(M.verify, { input: { id: item.id, outcome: 'PASSED', note: 'ok' } }, salesHead)),
    ).toEqual(['FORBIDDEN']);
    await act(auditor, M.verify, { id: item.id, outcome: 'PASSED', note: 'Three files checked' });

    const entries = await entriesOf('rectification', item.id);
    expect(entries.map((e) => [short(e.action as string), e.source])).toEqual([
      ['rectification.opened', 'governance'],
      ['rectification.progress_reported', 'governance'],
      ['rectification.completed', 'governance'],
      ['rectification.verified', 'governance'],
    ]);
    // Each entry is the event the change published (the same id), not a copy written later.
    const published = await expectEventually(() => {
      const seen = h.tap.events.filter((e) => e.subject === item.id);
      expect(seen).toHaveLength(4);
      return seen;
    });
    expect(entries.map((e) => e.id)).toEqual(published.map((e) => e.id));
    expect(entries[3]!.details).toMatchObject({ itemId: item.id, outcome: 'PASSED', status: 'VERIFIED' });

    const verification = await verifyChain();
    expect(verification).toMatchObject({ verified: true, findings: [] });
    expect(verification.checked).toBeGreaterThanOrEqual(4);
  });

  it("[DOMAIN 4.1] an item opened from a complaint's improvement action, and its overdue mark by the job, are entries too", async () => {
    const complaintId = randomUUID();
    streamEvents(h).publish(
      complaintStepRecorded,
      {
        complaintId,
        number: 'CP-2026-000777',
        status: 'CLOSED',
        satisfaction: null,
        recordedAt: MONDAY_10,
        step: 'IMPROVEMENT_ACTION_ADDED',
        department: 'QUALITY_CONTROL',
      } as never,
      'cs-manager-1',
    );
    const itemId = await expectEventually(async () => {
      const [row] = await h.sql(`SELECT id FROM rectification_item WHERE source_id = $1`, [complaintId]);
      expect(row).toBeDefined();
      return row!.id as string;
    });
    h.clock.set('2026-03-20T02:00:00Z'); // past its 7 working days
    expect(await h.service.jobs[RECTIFICATION_OVERDUE_JOB]!.runNow()).toContain(itemId);
    const entries = await entriesOf('rectification', itemId);
    expect(entries.map((e) => short(e.action as string))).toEqual([
      'rectification.opened',
      'rectification.overdue',
    ]);
    expect(entries[0]!.details).toMatchObject({
      source: 'COMPLAINT_IMPROVEMENT_ACTION',
      sourceId: complaintId,
    });
    expect((await verifyChain()).verified).toBe(true);
  });

  it("[DOMAIN 4.1] an exception application's link to the approval request that decides it is an entry", async () => {
    const application = (
      await h.ok<Data>(
        `mutation($input: SubmitExceptionApplicationInput!) { submitExceptionApplication(input: $input) { id } }`,
        {
          input: {
            kind: 'NATURAL_DISASTER',
            title: 'Typhoon: extend delivery limits by a week',
            exceptionTo: 'Logistics complaint resolution limits',
            justification: 'The Ningbo warehouse is closed',
            riskAssessment: { level: 'LOW', risks: 'Customers wait longer', mitigation: 'Told at once' },
          },
        },
        head,
      )
    ).submitExceptionApplication;
    const requestId = randomUUID();
    streamEvents(h).publish(approvalRequestSubmitted, {
      ...approvalRequestSubmitted.example,
      requestId,
      type: 'OTHER',
      reference: { service: 'governance', aggregate: 'exception_application', id: application.id },
    });
    const entries = await expectEventually(async () => {
      const found = await entriesOf('exception', application.id);
      expect(found).toHaveLength(2);
      return found;
    });
    expect(entries.map((e) => [short(e.action as string), e.source, e.details])).toEqual([
      ['exception.submitted', 'governance', expect.objectContaining({ applicationId: application.id })],
      ['exception.approval_request_linked', 'governance', { approvalRequestId: requestId }],
    ]);
  });
});
