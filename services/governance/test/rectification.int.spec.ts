import { randomUUID } from 'node:crypto';
import { complaintStepRecorded, createEvent } from '@care/contracts';
import { dataOf, errorCodes, expectEventually, type EventTap, type TestActor } from '@care/testing';
import { RECTIFICATION_OVERDUE_JOB } from '../src/app';
import { auditFinding, governanceWithTapForFile, rectificationSteps, type Answer as Item } from './harness';

// Rectification items (DOMAIN 4.3-4.4) through the governance subgraph, on the company calendar.

/** Mon 2 March 2026 10:00 in Shanghai. */
const MONDAY_10 = '2026-03-02T02:00:00Z';

const h = governanceWithTapForFile('governance_rectification', MONDAY_10, {
  RECTIFICATION_JOB_INTERVAL_SECONDS: '0',
});

const auditor: TestActor = { sub: 'auditor-1', roles: ['audit'] };
const verifier: TestActor = { sub: 'ic-1', roles: ['internal_control'] };
const gmOffice: TestActor = { sub: 'gm-office-1', roles: ['gm_office'] };
const salesStaff: TestActor = { sub: 'sales-1', roles: ['department_staff'], department: 'SALES' };
const salesHead: TestActor = { sub: 'sales-head', roles: ['department_head'], department: 'SALES' };
const logisticsHead: TestActor = { sub: 'lg-head', roles: ['department_head'], department: 'LOGISTICS' };

const FIELDS = `id source sourceId description severity status ownerDepartment owner ownerNamedBy deadline
  openedBy openedAt progress { by note } completedBy completedLate verifiedBy failedVerifications overdueAt version`;

/** Each step runs as the actor, fails the test on any error and answers the item. */
const { M, act } = rectificationSteps(h, `{ ${FIELDS} }`);
const GET = `query($id: ID!) { rectificationItem(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: RectificationItemFilter, $first: Int, $after: String) {
  rectificationItems(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id ownerDepartment } } pageInfo { hasNextPage endCursor } } }`;

const openAudit = (changes: Record<string, unknown> = {}) => act(auditor, M.open, auditFinding(changes));

const eventsOf = (tap: EventTap, id: string, name?: string) =>
  tap.events.filter(
    (e) => e.subject === id && (!name || e.type === `care.governance.rectification.${name}.v1`),
  );

const overdueJob = () => h.service.jobs[RECTIFICATION_OVERDUE_JOB]!.runNow() as Promise<string[]>;

describe('rectification items', () => {
  beforeEach(() => h.clock.set(MONDAY_10));

  it('[DOMAIN 4.4] an ordinary audit finding goes to its department, due in 7 working days, and is verified by supervision', async () => {
    const item = await openAudit();
    expect(item).toMatchObject({
      ...auditFinding(),
      status: 'OPEN',
      openedBy: 'auditor-1',
      openedAt: '2026-03-02T02:00:00.000Z',
      deadline: '2026-03-11T02:00:00.000Z', // Wed 11 March 10:00: 7 working days
      version: 1,
    });
    h.clock.set('2026-03-03T02:00:00Z');
    const foreign = await h.raw(M.progress, { input: { id: item.id, note: 'Not ours' } }, logisticsHead);
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    const going = await act(salesStaff, M.progress, {
      id: item.id,
      note: 'Re-checking the 3 files',
      expectedVersion: 1,
    });
    expect(going).toMatchObject({
      status: 'IN_PROGRESS',
      progress: [{ by: 'sales-1', note: 'Re-checking the 3 files' }],
    });
    expect(errorCodes(await h.raw(M.complete, { input: { id: item.id, summary: 'x' } }, salesStaff))).toEqual(
      ['FORBIDDEN'],
    );
    h.clock.set('2026-03-10T02:00:00Z');
    const done = await act(salesHead, M.complete, { id: item.id, summary: 'Tags corrected' });
    expect(done).toMatchObject({ status: 'DONE', completedBy: 'sales-head', completedLate: false });
    expect(
      errorCodes(await h.raw(M.verify, { input: { id: item.id, outcome: 'PASSED', note: 'ok' } }, salesHead)),
    ).toEqual(['FORBIDDEN']);
    const verified = await act(auditor, M.verify, {
      id: item.id,
      outcome: 'PASSED',
      note: 'Three files checked',
    });
    expect(verified).toMatchObject({ status: 'VERIFIED', verifiedBy: 'auditor-1', version: 4 });
    await expectEventually(() =>
      expect(eventsOf(h.tap, item.id).map((e) => e.type.split('.')[3])).toEqual([
        'opened',
        'progress_reported',
        'completed',
        'verified',
      ]),
    );
    // The opened event tells what the item holds as opened, its description aside.
    const { id: itemId, source, sourceId, severity, status, ownerDepartment, deadline, openedAt } = item;
    expect(eventsOf(h.tap, item.id, 'opened')[0]!.data).toEqual({
      itemId,
      source,
      sourceId,
      severity,
      status,
      ownerDepartment,
      deadline,
      openedAt,
    });
  });

  it('[DOMAIN 4.4] a major item is escalated: the GM office meeting names its owner, and only then its deadline runs', async () => {
    const major = await act(verifier, M.open, {
      source: 'CHECK',
      sourceId: 'CHK-2026-03',
      description: 'Interaction records missing for a whole campaign',
      severity: 'MAJOR',
    });
    expect(major).toMatchObject({
      status: 'AWAITING_OWNER',
      owner: null,
      ownerDepartment: null,
      deadline: null,
    });
    const input = { id: major.id, owner: 'vp-sales', ownerDepartment: 'SALES' };
    expect(errorCodes(await h.raw(M.name, { input }, auditor))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await h.raw(M.progress, { input: { id: major.id, note: 'x' } }, salesHead))).toEqual([
      'FORBIDDEN',
    ]);
    h.clock.set('2026-03-04T02:00:00Z'); // the meeting on Wednesday
    const named = await act(gmOffice, M.name, input);
    expect(named).toMatchObject({
      status: 'OPEN',
      owner: 'vp-sales',
      ownerNamedBy: 'gm-office-1',
      deadline: '2026-03-13T02:00:00.000Z',
    });
    expect(errorCodes(await h.raw(M.name, { input }, gmOffice))).toEqual(['INVALID_TRANSITION']);
    const vp: TestActor = { sub: 'vp-sales', roles: ['vp'] };
    expect((await h.ok<{ rectificationItem: Item }>(GET, { id: major.id }, vp)).rectificationItem.owner).toBe(
      'vp-sales',
    );
    const done = await act(vp, M.complete, {
      id: major.id,
      summary: 'Records restored from the mail archive',
    });
    expect(done.status).toBe('DONE');
    const failed = await act(verifier, M.verify, {
      id: major.id,
      outcome: 'FAILED',
      note: 'Two customers still missing',
    });
    expect(failed).toMatchObject({ status: 'IN_PROGRESS', failedVerifications: 1 });
    await expectEventually(() =>
      expect(eventsOf(h.tap, major.id, 'owner_named')[0]?.data).toMatchObject({
        owner: 'vp-sales',
        deadline: '2026-03-13T02:00:00.000Z',
      }),
    );
  });

  it('[DOMAIN 4.4] the overdue job marks each item past its deadline and emits rectification.overdue exactly once per item', async () => {
    const late = await openAudit({ sourceId: 'AR-OVERDUE-1' });
    const fixed = await openAudit({ sourceId: 'AR-OVERDUE-2' });
    const major = await openAudit({ sourceId: 'AR-OVERDUE-3', severity: 'MAJOR', ownerDepartment: null });
    await act(salesHead, M.complete, { id: fixed.id, summary: 'Done in time' });
    h.clock.set('2026-03-11T01:59:00Z');
    expect(await overdueJob()).not.toContain(late.id);
    h.clock.set('2026-03-11T02:01:00Z');
    const marked = await overdueJob();
    expect(marked).toContain(late.id);
    expect(marked).not.toContain(fixed.id);
    expect(marked).not.toContain(major.id);
    h.clock.set('2026-03-20T02:00:00Z');
    expect(await overdueJob()).not.toContain(late.id);
    const now = (await h.ok<{ rectificationItem: Item }>(GET, { id: late.id }, auditor)).rectificationItem;
    expect(now).toMatchObject({ status: 'OPEN', overdueAt: '2026-03-11T02:01:00.000Z' });
    const listed = await h.ok<{ rectificationItems: { edges: { node: Item }[] } }>(
      LIST,
      { filter: { overdue: true, sourceId: 'AR-OVERDUE-1' } },
      auditor,
    );
    expect(listed.rectificationItems.edges.map((e) => e.node.id)).toEqual([late.id]);
    await expectEventually(() =>
      expect(eventsOf(h.tap, late.id, 'overdue').map((e) => e.data)).toEqual([
        {
          itemId: late.id,
          source: 'AUDIT',
          sourceId: 'AR-OVERDUE-1',
          severity: 'ORDINARY',
          ownerDepartment: 'SALES',
          deadline: '2026-03-11T02:00:00.000Z',
          detectedAt: '2026-03-11T02:01:00.000Z',
        },
      ]),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(eventsOf(h.tap, late.id, 'overdue')).toHaveLength(1);
    expect(eventsOf(h.tap, fixed.id, 'overdue')).toHaveLength(0);
    // Completing late keeps the fact.
    expect((await act(salesHead, M.complete, { id: late.id, summary: 'Finally' })).completedLate).toBe(true);
  });

  it("[DOMAIN 4.4] a complaint's improvement action opens an item for its department, once however often it is delivered", async () => {
    const complaintId = randomUUID();
    const publish = async (data: Record<string, unknown>, eventId?: string) => {
      const event = createEvent(
        complaintStepRecorded,
        complaintId,
        {
          complaintId,
          number: 'CP-2026-000321',
          status: 'CLOSED',
          satisfaction: null,
          recordedAt: '2026-03-05T06:00:00.000Z',
          ...data,
        } as never,
        { actor: { kind: 'user', id: 'cs-manager-1' }, correlationId: 'corr-improve', id: eventId },
      );
      h.service.nats.publish(`${h.db.namespace}.${complaintStepRecorded.subject}`, JSON.stringify(event));
      await h.service.nats.flush();
      return event.id;
    };
    const eventId = await publish({ step: 'IMPROVEMENT_ACTION_ADDED', department: 'QUALITY_CONTROL' });
    await publish({ step: 'IMPROVEMENT_ACTION_ADDED', department: 'QUALITY_CONTROL' }, eventId); // redelivered
    await publish({ step: 'FEEDBACK', department: null, satisfaction: 4 });
    const query = async () =>
      (
        await h.ok<{ rectificationItems: { totalCount: number; edges: { node: { id: string } }[] } }>(
          LIST,
          { filter: { source: 'COMPLAINT_IMPROVEMENT_ACTION', sourceId: complaintId } },
          auditor,
        )
      ).rectificationItems;
    const found = await expectEventually(async () => {
      const list = await query();
      expect(list.totalCount).toBe(1);
      return list.edges[0]!.node.id;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect((await query()).totalCount).toBe(1);
    const item = (await h.ok<{ rectificationItem: Item }>(GET, { id: found }, auditor)).rectificationItem;
    expect(item).toMatchObject({
      source: 'COMPLAINT_IMPROVEMENT_ACTION',
      severity: 'ORDINARY',
      status: 'OPEN',
      ownerDepartment: 'QUALITY_CONTROL',
      openedBy: 'cs-manager-1',
      openedAt: '2026-03-05T06:00:00.000Z',
      deadline: '2026-03-16T06:00:00.000Z', // Thu 5 March 14:00 + 7 working days
    });
    expect(item.description).toContain('CP-2026-000321');
    const rows = await h.sql(`SELECT count(*)::int AS n FROM rectification_item WHERE origin_event_id = $1`, [
      eventId,
    ]);
    expect(rows).toEqual([{ n: 1 }]);
    const opened = await expectEventually(() => {
      const seen = eventsOf(h.tap, found, 'opened');
      expect(seen).toHaveLength(1);
      return seen[0]!;
    });
    expect(opened).toMatchObject({ causationId: eventId, correlationId: 'corr-improve' });
  });
});

describe('reading and refusing', () => {
  beforeEach(() => h.clock.set(MONDAY_10));

  it("lets a department read its own department's items only, and supervision all of them, page by page", async () => {
    await openAudit({ sourceId: 'AR-READ-1' });
    await openAudit({ sourceId: 'AR-READ-2', ownerDepartment: 'LOGISTICS' });
    const asSales = await h.ok<{ rectificationItems: { totalCount: number; edges: { node: Item }[] } }>(
      LIST,
      {},
      salesStaff,
    );
    expect(asSales.rectificationItems.totalCount).toBeGreaterThan(0);
    expect(new Set(asSales.rectificationItems.edges.map((e) => e.node.ownerDepartment))).toEqual(
      new Set(['SALES']),
    );
    expect(errorCodes(await h.raw(LIST, { filter: { ownerDepartment: 'LOGISTICS' } }, salesStaff))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await h.raw(LIST, {}, { roles: ['cs_specialist'] }))).toEqual(['FORBIDDEN']);
    const logistics = await h.ok<{ rectificationItems: { edges: { node: Item }[] } }>(
      LIST,
      { filter: { sourceId: 'AR-READ-2' } },
      auditor,
    );
    const foreignId = logistics.rectificationItems.edges[0]!.node.id;
    expect(errorCodes(await h.raw(GET, { id: foreignId }, salesStaff))).toEqual(['FORBIDDEN']);
    const first = dataOf(
      await h.raw<{ rectificationItems: Item }>(LIST, { first: 1 }, auditor),
    ).rectificationItems;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(
      await h.raw<{ rectificationItems: Item }>(LIST, { first: 1, after: first.pageInfo.endCursor }, auditor),
    ).rectificationItems;
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect(second.totalCount).toBe(first.totalCount);
  });

  it('answers a client mistake with its code, never an internal error', async () => {
    const base = { source: 'AUDIT', sourceId: 'AR-BAD', description: 'x', severity: 'ORDINARY' };
    expect(errorCodes(await h.raw(M.open, { input: base }, auditor))).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await h.raw(
          M.open,
          { input: { ...base, source: 'COMPLAINT_IMPROVEMENT_ACTION', ownerDepartment: 'SALES' } },
          auditor,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await h.raw(M.open, { input: { ...base, sourceId: 'a b', ownerDepartment: 'SALES' } }, auditor),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await h.raw(M.open, { input: { ...base, source: 'CHECK', ownerDepartment: 'SALES' } }, auditor),
      ),
    ).toEqual(['FORBIDDEN']);
    const item = await openAudit({ sourceId: 'AR-BAD-2' });
    expect(
      errorCodes(
        await h.raw(M.progress, { input: { id: item.id, note: 'x', expectedVersion: 7 } }, salesStaff),
      ),
    ).toEqual(['CONFLICT']);
    expect(
      errorCodes(await h.raw(M.progress, { input: { id: randomUUID(), note: 'x' } }, salesStaff)),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(await h.raw(M.verify, { input: { id: item.id, outcome: 'PASSED', note: 'x' } }, auditor)),
    ).toEqual(['INVALID_TRANSITION']);
    expect(
      (await h.ok<{ rectificationItem: null }>(GET, { id: randomUUID() }, auditor)).rectificationItem,
    ).toBeNull();
  });

  it('resolves RectificationItem entities by id, with the same access decision', async () => {
    const item = await openAudit({ sourceId: 'AR-ENTITY' });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on RectificationItem { id status } } }`;
    const r = [{ __typename: 'RectificationItem', id: item.id }];
    expect((await h.ok<{ _entities: unknown[] }>(query, { r }, auditor))._entities).toEqual([
      { id: item.id, status: 'OPEN' },
    ]);
    expect(errorCodes(await h.raw(query, { r }, logisticsHead))).toEqual(['FORBIDDEN']);
  });
});
