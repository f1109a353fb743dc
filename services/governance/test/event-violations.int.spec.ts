import { randomUUID } from 'node:crypto';
import {
  accountFrozen,
  customerChangeResponseOverdue,
  customerChangeReviewed,
  emergencyRatificationOverdue,
} from '@care/contracts';
import { eventSeen, expectEventually, type TestActor } from '@care/testing';
import { governanceWithTapForFile } from './harness';
import { streamEvents } from './stream-events';

// Violations opened from the other services' events as they arrive (DOMAIN 4.5), each once.

const h = governanceWithTapForFile('governance_event_violations', '2026-03-04T02:10:00Z');
const compliance: TestActor = { sub: 'compliance-1', roles: ['compliance'] };

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = Record<string, any>;

const violationsOf = (subjectId: string) =>
  h.sql(
    `SELECT id, level, category, person_id, status, document->'proposedPenalty' AS proposed
       FROM violation WHERE subject_id = $1`,
    [subjectId],
  );
const opened = (violationId: string) =>
  h.tap.events.filter((e) => e.type === 'care.governance.violation.opened.v1' && e.subject === violationId);

describe('violations from events', () => {
  it('[DOMAIN 4.5] an emergency never ratified opens a serious violation and a rectification item, once however often delivered', async () => {
    const e = streamEvents(h);
    const requestId = randomUUID();
    const overdue = (id: string) =>
      e.publish(
        emergencyRatificationOverdue,
        {
          ...emergencyRatificationOverdue.example,
          requestId: id,
          requestedBy: 'cs-director-1',
          currentStep: null,
          status: 'RETURNED',
        },
        'approvals',
      );
    const cause = overdue(requestId);
    e.redeliverAll();
    // A later one on the same subject: once it is applied, so are the repeats before it.
    const later = randomUUID();
    overdue(later);
    await expectEventually(async () => expect(await violationsOf(later)).toHaveLength(1));

    const [violation] = (await violationsOf(requestId)) as [Data];
    expect(await violationsOf(requestId)).toHaveLength(1);
    expect(violation).toMatchObject({
      level: 'SERIOUS',
      category: 'EMERGENCY_NOT_RATIFIED',
      person_id: 'cs-director-1',
      status: 'OPEN',
      proposed: { kind: 'FINE', amount: '500.00' },
    });
    const items = await h.ok<Data>(
      `query($id: String!) { rectificationItems(filter: { source: VIOLATION, sourceId: $id }) {
         totalCount edges { node { severity status ownerDepartment deadline openedBy } } } }`,
      { id: violation.id },
      compliance,
    );
    // Wednesday 4 March 2026, 10:10 + 7 working days: Friday 13 March, 10:10.
    expect(items.rectificationItems).toMatchObject({
      totalCount: 1,
      edges: [
        {
          node: {
            severity: 'ORDINARY',
            status: 'OPEN',
            ownerDepartment: 'CUSTOMER_SERVICE',
            deadline: '2026-03-13T02:10:00.000Z',
            openedBy: 'governance',
          },
        },
      ],
    });
    const event = await eventSeen(
      h.tap,
      (ev) => ev.subject === violation.id && ev.type.endsWith('violation.opened.v1'),
    );
    expect(event).toMatchObject({
      causationId: cause.id,
      actor: { kind: 'service', id: 'governance' },
      data: {
        source: 'DETECTED',
        detectedFrom: { eventType: 'care.approvals.emergency.ratification_overdue.v1', eventId: cause.id },
        subject: { type: 'approval_request', id: requestId },
      },
    });
    expect(opened(violation.id)).toHaveLength(1);
    const traces = await h.sql(
      `SELECT action FROM audit_entry WHERE subject_id = $1 AND source = 'governance' ORDER BY position`,
      [violation.id],
    );
    expect(traces.map((t) => t.action)).toEqual(['care.governance.violation.opened.v1']);
  });

  it('[DOMAIN 4.5] a points freeze later than its deadline and a change request answered late open ordinary violations; in time, none', async () => {
    const e = streamEvents(h);
    const freeze = (onTime: boolean) => {
      const freezeId = randomUUID();
      e.publish(
        accountFrozen,
        {
          ...accountFrozen.example,
          freezeId,
          customerId: randomUUID(),
          frozenAt: onTime ? '2026-03-02T03:00:00.000Z' : '2026-03-02T05:00:00.000Z',
          frozenOnTime: onTime,
        },
        'sales-3',
      );
      return freezeId;
    };
    const review = (onTime: boolean) => {
      const changeId = randomUUID();
      e.publish(
        customerChangeReviewed,
        { ...customerChangeReviewed.example, changeId, customerId: randomUUID(), onTime },
        'reviewer-1',
      );
      return changeId;
    };
    const lateFreeze = freeze(false);
    const timelyFreeze = freeze(true);
    const lateChange = review(false);
    const timelyChange = review(true);
    e.redeliverAll();
    const lastFreeze = freeze(false);
    const lastChange = review(false);
    await expectEventually(async () => {
      expect(await violationsOf(lastFreeze)).toHaveLength(1);
      expect(await violationsOf(lastChange)).toHaveLength(1);
    });
    expect(await violationsOf(lateFreeze)).toEqual([
      expect.objectContaining({
        level: 'ORDINARY',
        category: 'LATE_POINTS_FREEZE',
        person_id: 'sales-3',
        proposed: { kind: 'WARNING', amount: null },
      }),
    ]);
    expect(await violationsOf(lateChange)).toEqual([
      expect.objectContaining({
        level: 'ORDINARY',
        category: 'LATE_CHANGE_RESPONSE',
        person_id: 'reviewer-1',
      }),
    ]);
    expect(await violationsOf(timelyFreeze)).toEqual([]);
    expect(await violationsOf(timelyChange)).toEqual([]);
  });

  it('[DOMAIN 2.5] a change request still unanswered past its 2 hours opens one late-response violation, once however often delivered; its late answer opens no second', async () => {
    const e = streamEvents(h);
    const changeId = randomUUID();
    const customerId = randomUUID();
    e.publish(
      customerChangeResponseOverdue,
      { ...customerChangeResponseOverdue.example, changeId, customerId },
      'loyalty',
    );
    e.redeliverAll();
    // Answered late afterwards: its lateness is the violation already open.
    const answer = e.publish(
      customerChangeReviewed,
      {
        ...customerChangeReviewed.example,
        changeId,
        customerId,
        onTime: false,
        answeredAt: '2026-03-02T06:00:00.000Z',
        overdueAt: customerChangeResponseOverdue.example.overdueAt,
      },
      'reviewer-2',
    );
    // A later request answered late with no announcement before opens its own, of the reviewer.
    const lastChange = randomUUID();
    e.publish(
      customerChangeReviewed,
      { ...customerChangeReviewed.example, changeId: lastChange, onTime: false, overdueAt: null },
      'reviewer-2',
    );
    await expectEventually(async () => expect(await violationsOf(lastChange)).toHaveLength(1));
    await expectEventually(async () =>
      expect(
        await h.sql(`SELECT 1 FROM inbox WHERE event_id = $1 AND consumer = 'governance.violation-intake'`, [
          answer.id,
        ]),
      ).toHaveLength(1),
    );
    const [violation] = (await violationsOf(changeId)) as [Data];
    expect(await violationsOf(changeId)).toEqual([
      expect.objectContaining({
        level: 'ORDINARY',
        category: 'LATE_CHANGE_RESPONSE',
        person_id: null,
        status: 'OPEN',
        proposed: { kind: 'WARNING', amount: null },
      }),
    ]);
    expect(opened(violation.id)).toHaveLength(1);
    expect(await violationsOf(lastChange)).toEqual([
      expect.objectContaining({ category: 'LATE_CHANGE_RESPONSE', person_id: 'reviewer-2' }),
    ]);
  });
});
