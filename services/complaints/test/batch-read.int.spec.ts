import { isDeepStrictEqual } from 'node:util';
import { expectEventually } from '@care/testing';
import { In } from 'typeorm';
import { copy, type Complaint } from '../src/domain/complaint';
import { ComplaintEntity } from '../src/persistence/complaint.entity';
import { toDomain } from '../src/persistence/complaint-repository';
import { DEFERRED } from '../src/persistence/complaint-rows';
import { complaintsHarness, customerToken, FIELDS, M, MONDAY_10, WALKABLE, type C } from './harness';

// The batch read behind every list and the complaint loader reads plain rows and parses the large
// documents only when read: it must give exactly the complaint the entity path gives, at every stage.

const h = complaintsHarness('complaints_batch_read');
const ids: string[] = [];
let closedId = '';

/** The complaints of `ids` as TypeORM's entity path reads them (what `findByIds` did before). */
const throughEntities = async (wanted: readonly string[]): Promise<Complaint[]> =>
  (await h.service.dataSource.getRepository(ComplaintEntity).findBy({ id: In([...wanted]) })).map(toDomain);

const call = <T = C>(token: string, m: string, input: Record<string, unknown>) =>
  h.call<Record<string, T>>(token, m, { input }).then((d) => Object.values(d)[0]!);

beforeAll(async () => {
  // A complaint the breach job marked late and escalated, filed before the others exist.
  h.clock.set('2026-02-02T02:00:00Z');
  const late = await h.walk('ASSIGNED', { urgency: 'URGENT' });
  h.clock.set('2026-02-02T03:30:00Z');
  expect(await h.detectSlaBreaches()).toEqual([late.id]);
  ids.push(late.id);

  h.clock.set(MONDAY_10);
  // One complaint at every status of the lifecycle up to RESOLVED (SOLUTION_PROPOSED's clocks paused).
  for (const status of WALKABLE) ids.push((await h.walk(status)).id);
  // The emergency procedure: compensation granted at once.
  ids.push(
    (
      await h.walk('IMPLEMENTING', {
        urgency: 'URGENT',
        compensation: { points: 2000, refundAmount: '10.50' },
      })
    ).id,
  );
  // Compensation approved afterwards by approvals.
  const approved = await h.walk('SOLUTION_ACCEPTED', {
    compensation: { points: 5000, refundAmount: '120.50' },
  });
  await h.approvalDecided(approved.solutions[0].id, {
    outcome: 'APPROVED',
    amount: '170.50',
    decidedAt: '2026-03-02T06:00:00.000Z',
  });
  await expectEventually(async () =>
    expect((await h.complaintOf(approved.id)).compensation.status).toBe('GRANTED'),
  );
  ids.push(approved.id);
  // Three rejected proposals: escalated to the leadership group, then a fourth accepted.
  const rejected = await h.walk('INVESTIGATING');
  for (let i = 0; i < 3; i++) {
    const c = await call(h.tokens.qcStaff, M.propose, { id: rejected.id, description: `Offer ${i}` });
    await call(h.tokens.specialist, M.respond, {
      id: rejected.id,
      solutionId: c.solutions[i].id,
      response: 'REJECT',
      reason: `Too little ${i}`,
    });
  }
  const fourth = await call(h.tokens.qcStaff, M.propose, { id: rejected.id, description: 'Replace all' });
  expect(fourth.escalation).toBe('LEADERSHIP_GROUP');
  ids.push(rejected.id);
  // An inquiry answered.
  const inquiry = await h.file({ kind: 'INQUIRY', channel: 'WEB_CHAT', description: 'Where are my points?' });
  await call(h.tokens.specialist, M.answer, { id: inquiry.id, answer: 'In the app, under Rewards' });
  ids.push(inquiry.id);

  // After the resolution: feedback, follow-ups (one opening a linked complaint, one reopening),
  // improvement actions, closing with the report, reopening a closed complaint.
  const closed = await h.walk('RESOLVED');
  const linked = await h.walk('RESOLVED');
  const reopenedClosed = await h.walk('RESOLVED');
  h.clock.set('2026-03-10T02:00:00Z');
  for (const c of [closed, reopenedClosed]) {
    await call(h.tokens.specialist, M.feedback, {
      id: c.id,
      whatWasDone: 'Replaced',
      satisfaction: 5,
      comment: 'Fast',
      resultToldToCustomer: true,
    });
    await call(h.tokens.specialist, M.followUp, { id: c.id, outcome: 'All good', newProblem: false });
    const added = await call(h.tokens.manager, M.addAction, {
      id: c.id,
      description: 'Audit the supplier',
      ownerDepartment: 'PURCHASING',
      dueDate: '2026-04-30',
    });
    await call(h.tokens.manager, M.addAction, {
      id: c.id,
      description: 'Retrain packers',
      ownerDepartment: 'LOGISTICS',
      dueDate: '2026-05-29',
    });
    await call(h.tokens.purchasingHead, M.completeAction, {
      id: c.id,
      actionId: added.improvementActions[0].id,
      result: 'Supplier audited',
    });
    await call(h.tokens.manager, M.close, {
      id: c.id,
      report: { cause: 'Supplier thread', handlingIssues: 'First reply late', solutionEffective: true },
    });
  }
  await call(h.tokens.manager, M.reopen, { id: reopenedClosed.id, reason: 'The seams tore again' });
  const child = await call(h.tokens.specialist, M.followUp, {
    id: linked.id,
    outcome: 'Colour fades',
    newProblem: true,
    action: 'LINKED_COMPLAINT',
    newProblemDescription: 'The replacement fades',
  });
  await call(h.tokens.specialist, M.followUp, {
    id: linked.id,
    outcome: 'Still torn',
    newProblem: true,
    action: 'REOPEN',
  });
  closedId = closed.id;
  ids.push(closed.id, linked.id, reopenedClosed.id, child.followUps[0].linkedComplaint.id);
});

describe('findByIds', () => {
  it('gives every complaint exactly as the entity path does, at every stage', async () => {
    const repo = h.service.deps.complaints;
    const before = new Map((await throughEntities(ids)).map((c) => [c.id, c]));
    const read = await repo.findByIds(ids);
    expect(read.map((c) => c.id).sort()).toEqual([...ids].sort());
    for (const c of read) {
      const expected = before.get(c.id)!;
      // Nothing has read the documents yet: they are still text behind their accessors.
      expect(typeof Object.getOwnPropertyDescriptor(c, 'timeline')?.get).toBe('function');
      expect(Object.keys(c)).toEqual(Object.keys(expected));
      expect(isDeepStrictEqual(c, expected)).toBe(true);
      expect(isDeepStrictEqual({ ...c }, expected)).toBe(true);
      expect(JSON.stringify(c)).toBe(JSON.stringify(expected));
      expect(copy(c)).toStrictEqual(expected);
      // Read once, a document is a plain value from then on: the same object on every read.
      expect(Object.getOwnPropertyDescriptor(c, 'timeline')).toMatchObject({
        writable: true,
        enumerable: true,
      });
      expect(c.timeline).toBe(c.timeline);
      // The single read of the mutation paths agrees too.
      expect(await repo.findById(c.id)).toStrictEqual(c);
    }
    // The stages above leave every document filled somewhere and empty somewhere, and the dates real Dates.
    const all = [...before.values()];
    const somewhere = (f: (c: Complaint) => unknown) => all.some(f) && !all.every(f);
    expect(
      [
        somewhere((c) => c.handover),
        somewhere((c) => c.investigation.length),
        somewhere((c) => c.rootCause),
        somewhere((c) => c.solutions.length > 1),
        somewhere((c) => c.compensation?.status === 'GRANTED'),
        somewhere((c) => c.feedback),
        somewhere((c) => c.followUps.length > 1),
        somewhere((c) => c.report),
        somewhere((c) => c.improvementActions.some((a) => a.status === 'DONE')),
        somewhere((c) => c.relatedComplaintId),
        somewhere((c) => c.escalatedAt instanceof Date),
        somewhere((c) => c.closedAt instanceof Date),
        somewhere((c) => c.reopenCount > 0),
        somewhere((c) => c.sla.pausedSince instanceof Date),
        somewhere((c) => c.sla.firstResponseBreached),
        somewhere((c) => c.sla.workingHoursToResolve !== null),
        somewhere((c) => c.kind === 'INQUIRY'),
      ].every(Boolean),
    ).toBe(true);
    expect(
      read.every((c) => c.receivedAt instanceof Date && c.acknowledgement.expectedAnswerBy instanceof Date),
    ).toBe(true);
  });

  it('lets a write replace a document, read or not, keeping the key order', async () => {
    const [expected] = await throughEntities([closedId]);
    const [c] = await h.service.deps.complaints.findByIds([closedId]);
    c!.timeline = [];
    expect(c!.timeline).toEqual([]);
    const solutions = c!.solutions;
    c!.solutions = [...solutions, ...solutions];
    expect(c!.solutions).toHaveLength(2 * expected!.solutions.length);
    c!.report = null;
    c!.followUps.push(...expected!.followUps);
    expect(c).toStrictEqual({
      ...expected,
      timeline: [],
      solutions: [...expected!.solutions, ...expected!.solutions],
      report: null,
      followUps: [...expected!.followUps, ...expected!.followUps],
    });
    expect(Object.keys(c!)).toEqual(Object.keys(expected!));
  });

  it('returns nothing for no ids and for ids of no complaint', async () => {
    expect(await h.service.deps.complaints.findByIds([])).toEqual([]);
    expect(await h.service.deps.complaints.findByIds(['00000000-0000-4000-8000-000000000000'])).toEqual([]);
  });
});

/** The answer with the batch read swapped for the entity path, as the service answered before. */
async function asBefore<T>(read: () => Promise<T>): Promise<T> {
  const spy = jest.spyOn(h.service.deps.complaints, 'findByIds').mockImplementation(throughEntities);
  try {
    const answer = await read();
    expect(spy).toHaveBeenCalled();
    return answer;
  } finally {
    spy.mockRestore();
  }
}

describe('lists through the graph', () => {
  const LIST = `query($first: Int, $after: String, $orderBy: ComplaintOrder) {
    complaints(first: $first, after: $after, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { ${FIELDS} } } } }`;

  it('answers a list selecting every document exactly as before, for every kind of reader and order', async () => {
    const owner = (await h.complaintOf(closedId)).customer.id;
    const readers = [h.tokens.manager, h.tokens.qcStaff, h.tokens.analyst, await customerToken(owner)];
    const orders = [null, { field: 'RESOLUTION_DUE_AT', direction: 'DESC' }];
    for (const token of readers)
      for (const orderBy of orders) {
        const variables = { first: 100, orderBy };
        const now = await h.call<{ complaints: C }>(token, LIST, variables);
        expect(now).toEqual(await asBefore(() => h.call(token, LIST, variables)));
        expect(now.complaints.edges.length).toBeGreaterThan(0);
        // A second page from a cursor made of the batch read's values.
        const paged = { first: 3, after: now.complaints.edges[0].cursor, orderBy };
        expect(await h.call(token, LIST, paged)).toEqual(await asBefore(() => h.call(token, LIST, paged)));
      }
  });

  it('answers the gateway’s complaints of customers and complaints by reference exactly as before', async () => {
    const customers = [...new Set((await throughEntities(ids)).map((c) => c.customerId))];
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Customer { id complaints(first: 2) { totalCount edges { cursor node { ${FIELDS} } } } }
      ... on Complaint { ${FIELDS} } } }`;
    const r = [
      ...customers.map((id) => ({ __typename: 'Customer', id })),
      ...ids.map((id) => ({ __typename: 'Complaint', id })),
    ];
    for (const token of [h.tokens.manager, h.tokens.analyst]) {
      const now = await h.call<{ _entities: C[] }>(token, ENTITIES, { r });
      expect(now._entities).toHaveLength(r.length);
      expect(now).toEqual(await asBefore(() => h.call(token, ENTITIES, { r })));
    }
  });
});

describe('lists whose fields show no document', () => {
  /** Every field a list may select and still leave the documents unread (an analyst's texts masked too). */
  const LIGHT = `id number kind channel status category urgency complexity version escalation reopenCount
    customer { id } customerTier productModel orderNumber description expectedResolution receivedAt followUpFrom followUpDueBy departments leadDepartment
    acknowledgement { accepted message handlingStartsAt expectedAnswerBy }
    relatedComplaint { id number timeline { action } } sla { resolutionDueAt onTime paused firstResponseBreached }`;

  it('reads every other column as the full read does, and refuses to hand out a document it did not read', async () => {
    const repo = h.service.deps.complaints;
    const full = new Map((await repo.findByIds(ids)).map((c) => [c.id, c]));
    const light = await repo.findByIds(ids, { documents: false });
    expect(light).toHaveLength(ids.length);
    for (const c of light) {
      const expected = full.get(c.id)!;
      expect(Object.keys(c)).toEqual(Object.keys(expected));
      for (const key of Object.keys(c) as (keyof typeof c)[]) {
        if ((DEFERRED as readonly string[]).includes(key)) {
          expect(() => c[key]).toThrow(`complaint ${c.id} was read without its ${key}`);
        } else {
          expect(c[key]).toEqual(expected[key]);
        }
      }
    }
  });

  /** The answer, and the documents setting of every batch read the service made for it. */
  async function answerAndReadings(token: string, query: string, variables: Record<string, unknown>) {
    const spy = jest.spyOn(h.service.deps.complaints, 'findByIds');
    try {
      const answer = await h.call(token, query, variables);
      return { answer, documents: spy.mock.calls.map(([, reading]) => reading?.documents ?? true) };
    } finally {
      spy.mockRestore();
    }
  }

  it('answers them exactly as a full read would, without reading the documents of the page', async () => {
    const customers = [...new Set((await throughEntities(ids)).map((c) => c.customerId))];
    const reads = [
      [`query { complaints(first: 100) { totalCount edges { cursor node { ${LIGHT} } } } }`, {}],
      [
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { complaints(first: 3) { edges { node { ${LIGHT} } } } } } }`,
        { r: customers.map((id) => ({ __typename: 'Customer', id })) },
      ],
    ] as const;
    for (const token of [h.tokens.manager, h.tokens.analyst])
      for (const [query, variables] of reads) {
        const now = await answerAndReadings(token, query, variables);
        // The page without documents; the related complaints (whose timeline is asked for) with them.
        expect(now.documents[0]).toBe(false);
        expect(now.documents.slice(1)).toEqual(now.documents.slice(1).map(() => true));
        expect(now.answer).toEqual(await asBefore(() => h.call(token, query, variables)));
        expect(JSON.stringify(now.answer)).toContain('"number"');
      }
  });

  it('reads the documents as soon as one selected field shows them', async () => {
    for (const extra of [
      'timeline { action }',
      'solutions { description }',
      'compensation { status }',
      'internalTimeline { action }',
    ]) {
      const query = `query { complaints(first: 100) { edges { node { number ... on Complaint { ${extra} } } } } }`;
      const now = await answerAndReadings(h.tokens.manager, query, {});
      expect(now.documents[0]).toBe(true);
      expect(now.answer).toEqual(await asBefore(() => h.call(h.tokens.manager, query, {})));
    }
  });
});
