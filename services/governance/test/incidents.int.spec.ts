import { randomUUID } from 'node:crypto';
import { campaignInteractionRecorded } from '@care/contracts';
import { errorCodes, eventSeen, expectEventually, type TestActor } from '@care/testing';
import { INCIDENT_NOTIFICATIONS_JOB } from '../src/app';
import { expectGovernanceEvent, governanceEvent, governanceWithTapForFile } from './harness';
import { streamEvents } from './stream-events';
import { cst } from './company-time';

// Emergencies (DOMAIN 4.6): incidents, their notifications and the emergency budget, on the company calendar.

const h = governanceWithTapForFile('governance_incidents', '2026-09-30T07:00:00Z', {
  INCIDENT_JOB_INTERVAL_SECONDS: '0',
});
const compliance: TestActor = { sub: 'compliance-1', roles: ['compliance'] };
const gm: TestActor = { sub: 'gm-1', roles: ['gm'] };
const finance: TestActor = { sub: 'finance-1', roles: ['finance'] };
const auditor: TestActor = { sub: 'audit-1', roles: ['audit'] };
const specialist: TestActor = { sub: 'cs-1', roles: ['cs_specialist'] };

const FIELDS = `id kind status detectedAt affectedSystems unfrozenSystems spokesperson version
  freezes { system frozenBy releasedAt }
  notifications { recipient dueAt sentAt late overdue overdueAt }
  spending { amount purpose budgetYear } spentTotal resolvedAt`;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = Record<string, any>;

const mutate = (name: string, input: Record<string, unknown>, actor: TestActor) =>
  h.raw<Data>(
    `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${FIELDS} } }`,
    { input },
    actor,
  );
const step = async (name: string, input: Record<string, unknown>, actor: TestActor): Promise<Data> => {
  const result = await mutate(name, input, actor);
  if (result.errors?.length) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.data![name];
};
const codes = async (name: string, input: Record<string, unknown>, actor: TestActor) =>
  errorCodes(await mutate(name, input, actor));
const runJob = () => h.service.jobs[INCIDENT_NOTIFICATIONS_JOB]!.runNow() as Promise<{ id: string }[]>;
const eventsOf = (id: string, name: string) =>
  h.tap.events.filter((e) => e.subject === id && e.type === `care.governance.incident.${name}.v1`);

describe('an incident', () => {
  it('[DOMAIN 4.6] a data leak: frozen systems, the regulator within 72 hours, the customers within 3 working days, overdue found once', async () => {
    h.clock.set(cst('2026-09-30T15:00:00'));
    const leak = await step(
      'reportIncident',
      {
        kind: 'DATA_LEAK',
        summary: 'A customer list was mailed outside the company',
        detectedAt: cst('2026-09-30T14:00:00').toISOString(),
        affectedSystems: ['crm', 'mail-gateway'],
      },
      compliance,
    );
    // 1-7 October are off, Saturday 10 October a make-up working day: the 3rd working day after Wednesday.
    expect(leak).toMatchObject({ status: 'REPORTED', unfrozenSystems: ['crm', 'mail-gateway'] });
    expect(leak.notifications).toEqual([
      expect.objectContaining({ recipient: 'REGULATOR', dueAt: '2026-10-03T06:00:00.000Z', sentAt: null }),
      expect.objectContaining({ recipient: 'CUSTOMERS', dueAt: '2026-10-10T16:00:00.000Z', sentAt: null }),
    ]);
    const id = leak.id as string;
    expect(await codes('startIncidentResponse', { id }, compliance)).toEqual(['INVALID_TRANSITION']);
    await step('freezeIncidentSystems', { id, systems: ['crm', 'mail-gateway'] }, compliance);
    expect(await step('startIncidentResponse', { id }, compliance)).toMatchObject({ status: 'RESPONDING' });

    h.clock.set(cst('2026-10-02T10:00:00'));
    const told = await step(
      'recordIncidentNotification',
      { id, recipient: 'REGULATOR', reference: 'CAC-77' },
      compliance,
    );
    expect(told.notifications[0]).toMatchObject({ late: false, sentAt: '2026-10-02T02:00:00.000Z' });
    expect(await codes('resolveIncident', { id, resolution: 'r' }, compliance)).toEqual([
      'INVALID_TRANSITION',
    ]);

    h.clock.set(cst('2026-10-10T23:59:00'));
    expect((await runJob()).map((i) => i.id)).not.toContain(id);
    h.clock.set(cst('2026-10-11T00:00:00'));
    expect((await runJob()).map((i) => i.id)).toEqual([id]);
    expect(await runJob()).toEqual([]);
    const overdue = await eventSeen(
      h.tap,
      (e) => e.subject === id && e.type.includes('notification_overdue'),
    );
    expect(overdue).toMatchObject({
      actor: { kind: 'service', id: 'governance' },
      data: { recipient: 'CUSTOMERS', dueAt: '2026-10-10T16:00:00.000Z', status: 'RESPONDING' },
    });

    h.clock.set(cst('2026-10-12T09:00:00'));
    const late = await step('recordIncidentNotification', { id, recipient: 'CUSTOMERS' }, compliance);
    expect(late.notifications[1]).toMatchObject({
      late: true,
      overdue: false,
      overdueAt: '2026-10-10T16:00:00.000Z',
    });
    const resolved = await step('resolveIncident', { id, resolution: 'Passwords reset, list recalled' }, gm);
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolvedAt: '2026-10-12T01:00:00.000Z' });
    expect(resolved.freezes.map((f: Data) => f.releasedAt)).toEqual([
      '2026-10-12T01:00:00.000Z',
      '2026-10-12T01:00:00.000Z',
    ]);

    await governanceEvent(h, id, 'care.governance.incident.resolved.v1');
    for (const [name, count] of [
      ['reported', 1],
      ['systems_frozen', 1],
      ['response_started', 1],
      ['notification_sent', 2],
      ['notification_overdue', 1],
      ['resolved', 1],
    ] as const)
      expect([name, eventsOf(id, name).length]).toEqual([name, count]);
    expect(eventsOf(id, 'resolved')[0]!.data).toMatchObject({ releasedSystems: ['crm', 'mail-gateway'] });
    const traces = await h.sql(
      `SELECT action FROM audit_entry WHERE subject_type = 'incident' AND subject_id = $1 ORDER BY position`,
      [id],
    );
    expect(traces.map((t) => t.action)).toEqual([
      'care.governance.incident.reported.v1',
      'care.governance.incident.systems_frozen.v1',
      'care.governance.incident.response_started.v1',
      'care.governance.incident.notification_sent.v1',
      'care.governance.incident.notification_overdue.v1',
      'care.governance.incident.notification_sent.v1',
      'care.governance.incident.resolved.v1',
    ]);
  });

  it('[DOMAIN 4.6] a public-opinion crisis goes nowhere before the GM names its spokesperson', async () => {
    h.clock.set(cst('2026-11-02T10:00:00'));
    const crisis = await step(
      'reportIncident',
      { kind: 'PUBLIC_OPINION_CRISIS', summary: 'A video of a rude reply is trending' },
      compliance,
    );
    expect(crisis.notifications).toEqual([]);
    const id = crisis.id as string;
    expect(await codes('startIncidentResponse', { id }, compliance)).toEqual(['INVALID_TRANSITION']);
    expect(
      errorCodes(
        await h.raw(
          `mutation($input: RecordEmergencySpendingInput!) { recordEmergencySpending(input: $input) { spending { id } } }`,
          { input: { incidentId: id, amount: '10', purpose: 'PR agency' } },
          finance,
        ),
      ),
    ).toEqual(['INVALID_TRANSITION']);
    expect(await codes('nameIncidentSpokesperson', { id, spokesperson: 'pr-lead-1' }, compliance)).toEqual([
      'FORBIDDEN',
    ]);
    const named = await step('nameIncidentSpokesperson', { id, spokesperson: 'pr-lead-1' }, gm);
    expect(named).toMatchObject({ spokesperson: 'pr-lead-1' });
    expect(
      await step('startIncidentResponse', { id, expectedVersion: named.version }, compliance),
    ).toMatchObject({
      status: 'RESPONDING',
    });
    const event = await eventSeen(h.tap, (e) => e.subject === id && e.type.includes('spokesperson_named'));
    expect(event).toMatchObject({
      actor: { id: 'gm-1' },
      data: { spokesperson: 'pr-lead-1', kind: 'PUBLIC_OPINION_CRISIS' },
    });
  });

  it('[DOMAIN 4.6] incidents are read by supervision, the GM office and finance; written by their roles only', async () => {
    const list = `{ incidents(first: 100) { totalCount edges { node { id } } } emergencyBudget { year } }`;
    for (const reader of [auditor, finance, gm, { sub: 'hr-1', roles: ['hr'] } as TestActor])
      expect(errorCodes(await h.raw(list, {}, reader))).toEqual([]);
    for (const outsider of [
      specialist,
      { sub: 'p', roles: ['partner'] } as TestActor,
      { sub: 'n', roles: [] },
    ])
      expect(errorCodes(await h.raw(list, {}, outsider))).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(
      await codes('reportIncident', { kind: 'DATA_LEAK', summary: 's', affectedSystems: ['x'] }, finance),
    ).toEqual(['FORBIDDEN']);
    expect(await codes('reportIncident', { kind: 'DATA_LEAK', summary: 's' }, compliance)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes('freezeIncidentSystems', { id: randomUUID(), systems: ['x'] }, compliance)).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('the emergency budget', () => {
  it("[DOMAIN 4.6] is 5 % of last year's campaign costs from loyalty's events, each counted once, and refuses spending beyond it", async () => {
    h.clock.set(cst('2026-12-01T10:00:00'));
    const e = streamEvents(h);
    const campaignId = randomUUID();
    const interaction = (cost: string, at: string) =>
      e.publish(campaignInteractionRecorded, {
        ...campaignInteractionRecorded.example,
        campaignId,
        interactionId: randomUUID(),
        customerId: randomUUID(),
        cost,
        at,
      });
    interaction('60000.00', '2025-03-01T02:00:00.000Z');
    interaction('40000.00', '2025-12-31T15:59:59.000Z'); // 23:59:59 on 31 December, company time: 2025
    interaction('7000.00', '2025-12-31T16:00:00.000Z'); // 00:00 on 1 January 2026, company time: not last year
    interaction('3000.00', '2024-06-01T02:00:00.000Z');
    e.redeliverAll();
    const budget = () =>
      h.ok<Data>(
        `{ emergencyBudget { year lastYearActivityTotal percent budget spent remaining } }`,
        {},
        finance,
      );
    await expectEventually(async () =>
      expect((await budget()).emergencyBudget).toMatchObject({
        year: 2026,
        lastYearActivityTotal: '100000.00',
      }),
    );
    await e.settle();
    expect((await budget()).emergencyBudget).toEqual({
      year: 2026,
      lastYearActivityTotal: '100000.00',
      percent: 5,
      budget: '5000.00',
      spent: '0.00',
      remaining: '5000.00',
    });

    const leak = await step(
      'reportIncident',
      { kind: 'DATA_LEAK', summary: 'Laptop with exports lost', affectedSystems: ['crm'] },
      compliance,
    );
    const spend = (amount: string, actor = finance) =>
      h.raw<Data>(
        `mutation($input: RecordEmergencySpendingInput!) { recordEmergencySpending(input: $input) {
           spending { amount budgetYear } budget { spent remaining } incident { id spentTotal } } }`,
        { input: { incidentId: leak.id, amount, purpose: 'Forensics and hotline' } },
        actor,
      );
    expect((await spend('3000')).data!.recordEmergencySpending).toEqual({
      spending: { amount: '3000.00', budgetYear: 2026 },
      budget: { spent: '3000.00', remaining: '2000.00' },
      incident: { id: leak.id, spentTotal: '3000.00' },
    });
    const refused = await spend('2000.01');
    expect(errorCodes(refused)).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await spend('100', compliance))).toEqual(['FORBIDDEN']);
    h.clock.advance(60_000);
    expect(errorCodes(await spend('2000', gm))).toEqual([]);
    expect((await budget()).emergencyBudget).toMatchObject({ spent: '5000.00', remaining: '0.00' });
    const read = await h.ok<Data>(
      `query($id: ID!) { incident(id: $id) { spentTotal spending { amount } } }`,
      { id: leak.id },
      auditor,
    );
    expect(read.incident).toEqual({
      spentTotal: '5000.00',
      spending: [{ amount: '3000.00' }, { amount: '2000.00' }],
    });
    await expectGovernanceEvent(h, leak.id, 'care.governance.incident.spending_recorded.v1', {
      amount: '3000.00',
      budget: '5000.00',
      spentInYear: '3000.00',
      remaining: '2000.00',
    });
  });
});
