import { randomUUID } from 'node:crypto';
import { approvalRequestDecided, approvalRequestSubmitted } from '@care/contracts';
import { errorCodes, expectEventually, type TestActor } from '@care/testing';
import {
  expectGovernanceEvent,
  governanceEvent,
  governanceWithTapForFile,
  typhoonException,
} from './harness';
import { streamEvents } from './stream-events';

// Exception applications (DOMAIN 4.6): to approvals as a request, back by its decision event.

const h = governanceWithTapForFile('governance_exceptions', '2026-03-02T02:00:00Z');
const head: TestActor = { sub: 'head-lg-1', roles: ['department_head'], department: 'LOGISTICS' };
const auditor: TestActor = { sub: 'audit-1', roles: ['audit'] };

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = Record<string, any>;
const FIELDS = `id kind status title amount applicant approvalRequestId decidedAt decisionReason version
  riskAssessment { level risks mitigation }`;

const submit = (actor: TestActor, over: Record<string, unknown> = {}) =>
  h.raw<Data>(
    `mutation($input: SubmitExceptionApplicationInput!) { submitExceptionApplication(input: $input) { ${FIELDS} } }`,
    { input: typhoonException(over) },
    actor,
  );
const read = (id: string, actor = auditor) =>
  h.ok<Data>(`query($id: ID!) { exceptionApplication(id: $id) { ${FIELDS} } }`, { id }, actor);

describe('an exception application', () => {
  it('[DOMAIN 4.6] needs its risk assessment and a role that applies', async () => {
    const missing = await submit(head, {
      riskAssessment: { level: 'HIGH', risks: 'Fines', mitigation: '   ' },
    });
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submit({ sub: 'cs-1', roles: ['cs_specialist'] }))).toEqual(['FORBIDDEN']);
    const list = `{ exceptionApplications { totalCount } }`;
    expect(errorCodes(await h.raw(list, {}, { sub: 'cs-1', roles: ['cs_specialist'] }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await h.raw(list, {}, auditor))).toEqual([]);
  });

  it('[DOMAIN 4.6] goes to approvals as a request and is approved or rejected by its decision event, once', async () => {
    const approved = (await submit(head)).data!.submitExceptionApplication as Data;
    const rejected = (
      await submit(head, { kind: 'NEW_GOVERNMENT_RULE', title: 'New export rule', amount: '25000' })
    ).data!.submitExceptionApplication as Data;
    expect(approved).toMatchObject({ status: 'SUBMITTED', amount: '0.00', applicant: 'head-lg-1' });
    await expectGovernanceEvent(h, rejected.id, 'care.governance.exception.submitted.v1', {
      kind: 'NEW_GOVERNMENT_RULE',
      riskLevel: 'MEDIUM',
      amount: '25000.00',
      currency: 'CNY',
      reference: { service: 'governance', aggregate: 'exception_application', id: rejected.id },
    });

    const e = streamEvents(h);
    const reference = (id: string) => ({
      service: 'governance' as const,
      aggregate: 'exception_application',
      id,
    });
    const requestA = randomUUID();
    const requestB = randomUUID();
    e.publish(approvalRequestSubmitted, {
      ...approvalRequestSubmitted.example,
      requestId: requestA,
      type: 'OTHER',
      reference: reference(approved.id),
    });
    await expectEventually(async () =>
      expect((await read(approved.id)).exceptionApplication).toMatchObject({
        status: 'SUBMITTED',
        approvalRequestId: requestA,
      }),
    );
    const decided = (
      requestId: string,
      id: string,
      outcome: 'APPROVED' | 'REJECTED',
      reason: string | null,
    ) =>
      e.publish(
        approvalRequestDecided,
        {
          requestId,
          type: 'OTHER',
          reference: reference(id),
          outcome,
          amount: '0.00',
          currency: 'CNY',
          decidedAt: '2026-03-03T06:00:00.000Z',
          reason,
        },
        'head-2',
      );
    decided(requestA, approved.id, 'APPROVED', null);
    decided(requestB, rejected.id, 'REJECTED', 'Ask legal first');
    // Another service's decision names a record of its own, never an application.
    e.publish(approvalRequestDecided, { ...approvalRequestDecided.example, requestId: randomUUID() });
    e.redeliverAll();
    // A last decision behind the repeats on the same subject: once it is applied, so are they.
    const marker = (await submit(head, { title: 'Marker' })).data!.submitExceptionApplication as Data;
    decided(randomUUID(), marker.id, 'APPROVED', null);
    await expectEventually(async () =>
      expect((await read(marker.id)).exceptionApplication).toMatchObject({ status: 'APPROVED' }),
    );
    await governanceEvent(h, marker.id, 'care.governance.exception.decided.v1');
    await expectEventually(async () => {
      expect((await read(approved.id)).exceptionApplication).toMatchObject({
        status: 'APPROVED',
        decidedAt: '2026-03-03T06:00:00.000Z',
        version: 3,
      });
      expect((await read(rejected.id)).exceptionApplication).toMatchObject({
        status: 'REJECTED',
        approvalRequestId: requestB,
        decisionReason: 'Ask legal first',
      });
    });
    const outcomes = h.tap.events
      .filter((ev) => ev.type === 'care.governance.exception.decided.v1' && ev.subject !== marker.id)
      .map((ev) => [ev.subject, ev.data.outcome, ev.data.approvalRequestId]);
    expect(outcomes.sort()).toEqual(
      [
        [approved.id, 'APPROVED', requestA],
        [rejected.id, 'REJECTED', requestB],
      ].sort(),
    );
    const traces = await h.sql(
      `SELECT action FROM audit_entry WHERE subject_type = 'exception' AND subject_id = $1 ORDER BY position`,
      [approved.id],
    );
    expect(traces.map((t) => t.action)).toEqual([
      'care.governance.exception.submitted.v1',
      'exception.approval_request_linked',
      'care.governance.exception.decided.v1',
    ]);
  });
});
