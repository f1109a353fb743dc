import { randomUUID } from 'node:crypto';
import { testToken } from '@care/testing';
import { MASKED } from '../src/domain/privacy';
import { codesOf, complaintsHarness, customerToken, GET, M, type C } from './harness';

const h = complaintsHarness('complaints_read');
/** A resolved complaint of `owner` (with feedback) and a complaint of another customer. */
let own: C;
let others: C;
let owner: string;

beforeAll(async () => {
  h.clock.set('2026-03-02T02:00:00Z');
  owner = await h.registerCustomer();
  own = await h.walk('RESOLVED', { customerId: owner });
  own = (
    await h.call<{ recordFeedback: C }>(h.tokens.specialist, M.feedback, {
      input: {
        id: own.id,
        whatWasDone: 'Replacement sent to Mrs Li at 12 Garden Road',
        satisfaction: 4,
        comment: 'Call me on 138 0013 8000 next time',
        resultToldToCustomer: true,
      },
    })
  ).recordFeedback;
  others = await h.walk('ASSIGNED');
});

const BY_NUMBER = `query($n: String!) { complaintByNumber(number: $n) { id number description } }`;
const LIST = `query($f: ComplaintFilter) { complaints(filter: $f, first: 50) {
  totalCount edges { node { id number orderNumber description expectedResolution category status
    solutions { description } feedback { whatWasDone comment satisfaction } timeline { action note }
    investigation { note } internalTimeline { note } } } } }`;
const OF_CUSTOMER = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Customer { complaints(first: 10) { totalCount edges { node { id } } } } } }`;
const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id number } } }`;
const STATS = `{ complaintStats(groupBy: [CATEGORY]) { key { category } count } }`;
const customerRef = (id: string) => ({ r: [{ __typename: 'Customer', id }] });
const complaintRef = (id: string) => ({ r: [{ __typename: 'Complaint', id }] });

describe('customers', () => {
  it('[DOMAIN 1.10] a customer knows the progress and result of their own complaints: by id, by number and in lists', async () => {
    const token = await customerToken(owner);
    const seen = (await h.call<{ complaint: C }>(token, GET, { id: own.id })).complaint;
    expect(seen).toMatchObject({
      id: own.id,
      status: 'RESOLVED',
      description: 'The fabric arrived torn',
      expectedResolution: 'A replacement',
      feedback: { satisfaction: 4, comment: 'Call me on 138 0013 8000 next time' },
    });
    expect(seen.timeline.map((e: C) => e.action)).toContain('RESOLVED');
    expect(seen.timeline.every((e: C) => e.visibility === 'PUBLIC' && e.actorId === null)).toBe(true);
    // Never the internal fields.
    expect(seen.handover).toBeNull();
    expect(seen.investigation).toEqual([]);
    expect(seen.rootCause).toBeNull();
    expect(seen.internalTimeline).toEqual([]);
    expect(seen.improvementActions).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain('Batch 42 has weak seams');

    const byNumber = await h.call<{ complaintByNumber: C }>(token, BY_NUMBER, { n: own.number });
    expect(byNumber.complaintByNumber).toMatchObject({ id: own.id, description: 'The fabric arrived torn' });

    // A list is theirs alone, whatever the filter asks for.
    const mine = await h.call<{ complaints: C }>(token, LIST, {});
    expect(mine.complaints.totalCount).toBe(1);
    expect(mine.complaints.edges.map((e: C) => e.node.id)).toEqual([own.id]);
    expect(mine.complaints.edges[0].node.investigation).toEqual([]);
    expect(mine.complaints.edges[0].node.internalTimeline).toEqual([]);
    const asked = await h.call<{ complaints: C }>(token, LIST, { f: { customerId: others.customer.id } });
    expect(asked.complaints).toEqual({ totalCount: 0, edges: [] });
    const viaCustomer = await h.call<{ _entities: C[] }>(token, OF_CUSTOMER, customerRef(owner));
    expect(viaCustomer._entities[0]!.complaints.edges.map((e: C) => e.node.id)).toEqual([own.id]);
  });

  it("[DOMAIN 1.10] another customer's complaint is NOT_FOUND to a customer, exactly as one that does not exist (confidentiality)", async () => {
    const stranger = await customerToken(randomUUID());
    const foreign = await h.attempt(stranger, GET, { id: own.id });
    const missingId = randomUUID();
    const missing = await h.attempt(stranger, GET, { id: missingId });
    expect(codesOf(foreign)).toEqual(['NOT_FOUND']);
    expect(codesOf(missing)).toEqual(['NOT_FOUND']);
    expect(foreign.errors![0]!.message).toBe(`Complaint ${own.id} was not found`);
    expect(missing.errors![0]!.message).toBe(`Complaint ${missingId} was not found`);
    expect((foreign.data as C | null)?.complaint ?? null).toBeNull();
    expect(codesOf(await h.attempt(stranger, BY_NUMBER, { n: own.number }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await h.attempt(stranger, BY_NUMBER, { n: 'CP-1999-000001' }))).toEqual(['NOT_FOUND']);
    const list = await h.call<{ complaints: C }>(stranger, LIST, { f: { customerId: owner } });
    expect(list.complaints).toEqual({ totalCount: 0, edges: [] });
    const viaCustomer = await h.call<{ _entities: C[] }>(stranger, OF_CUSTOMER, customerRef(owner));
    expect(viaCustomer._entities[0]!.complaints).toEqual({ totalCount: 0, edges: [] });
    const entity = await h.call<{ _entities: (C | null)[] }>(stranger, ENTITY, complaintRef(own.id));
    expect(entity._entities).toEqual([null]);
    // A customer token whose subject is no customer id owns nothing.
    const odd = await testToken({ sub: 'not-a-uuid', roles: ['customer'] });
    expect(codesOf(await h.attempt(odd, GET, { id: own.id }))).toEqual(['NOT_FOUND']);
    expect((await h.call<{ complaints: C }>(odd, LIST, {})).complaints.totalCount).toBe(0);
    // Statistics are not for customers.
    expect(codesOf(await h.attempt(stranger, STATS))).toEqual(['FORBIDDEN']);
  });
});

describe('partners and other roles', () => {
  it('[DOMAIN 1.10] a partner system reads no complaint record (it subscribes to events): FORBIDDEN everywhere', async () => {
    const p = h.tokens.partner;
    expect(codesOf(await h.attempt(p, GET, { id: own.id }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.attempt(p, GET, { id: randomUUID() }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.attempt(p, BY_NUMBER, { n: own.number }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.attempt(p, LIST, {}))).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.attempt(p, STATS))).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.attempt(p, OF_CUSTOMER, customerRef(owner)))).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.attempt(p, ENTITY, complaintRef(own.id)))).toEqual(['FORBIDDEN']);
    const refused = await h.attempt(p, LIST, {});
    expect(JSON.stringify(refused)).not.toContain('fabric');
  });

  it('[DOMAIN 1.10] roles with no part in handling or supervising complaints read none (FORBIDDEN)', async () => {
    for (const role of ['sales', 'marketing', 'finance', 'loyalty_supervisor', 'board']) {
      const token = await testToken({ sub: `${role}-1`, roles: [role] });
      expect([role, codesOf(await h.attempt(token, GET, { id: own.id }))]).toEqual([role, ['FORBIDDEN']]);
      expect([role, codesOf(await h.attempt(token, LIST, {}))]).toEqual([role, ['FORBIDDEN']]);
    }
  });
});

describe('staff', () => {
  it('[DOMAIN 1.10] customer service, departments, leadership, QA, supervision, admin and service accounts read in full; internal notes stay with staff', async () => {
    const readers: [string, Record<string, unknown>, boolean][] = [
      ['cs_specialist', {}, true],
      ['cs_manager', {}, true],
      ['cs_director', {}, true],
      ['qa_inspector', {}, true],
      ['department_staff', { department: 'QUALITY_CONTROL' }, true],
      ['department_head', { department: 'QUALITY_CONTROL' }, true],
      ['leadership_group', {}, true],
      ['internal_control', {}, true],
      ['audit', {}, true],
      ['compliance', {}, true],
      ['admin', {}, true],
      ['service', {}, false],
    ];
    for (const [role, extra, internal] of readers) {
      const token = await testToken({ sub: `${role}-1`, roles: [role], ...extra });
      const seen = (await h.call<{ complaint: C }>(token, GET, { id: own.id })).complaint;
      expect([role, seen.description, seen.feedback.comment]).toEqual([
        role,
        'The fabric arrived torn',
        'Call me on 138 0013 8000 next time',
      ]);
      expect([role, seen.investigation.map((n: C) => n.note)]).toEqual([
        role,
        internal ? ['Batch 42 has weak seams'] : [],
      ]);
      const list = await h.call<{ complaints: C }>(token, LIST, { f: { customerId: owner } });
      expect([role, list.complaints.totalCount]).toEqual([role, 1]);
    }
  });

  it('[DOMAIN 2.7] an analyst reads statistics and lists with every free text masked, and the facts analysis needs intact', async () => {
    const stats = await h.call<{ complaintStats: C[] }>(h.tokens.analyst, STATS);
    expect(stats.complaintStats.reduce((n: number, r: C) => n + r.count, 0)).toBe(2);
    const list = await h.call<{ complaints: C }>(h.tokens.analyst, LIST, { f: { customerId: owner } });
    expect(list.complaints.totalCount).toBe(1);
    const node = list.complaints.edges[0].node;
    expect(node).toMatchObject({
      id: own.id,
      number: own.number,
      category: 'PRODUCT_QUALITY',
      status: 'RESOLVED',
      orderNumber: '****0042',
      description: MASKED,
      expectedResolution: MASKED,
      solutions: [{ description: MASKED }],
      feedback: { whatWasDone: MASKED, comment: MASKED, satisfaction: 4 },
      investigation: [],
      internalTimeline: [],
    });
    expect(node.timeline.map((e: C) => e.action)).toEqual(own.timeline.map((e: C) => e.action));
    expect(node.timeline.every((e: C) => e.note === null || e.note === MASKED)).toBe(true);
    expect(node.timeline.some((e: C) => e.note === MASKED)).toBe(true);
    const text = JSON.stringify(list);
    for (const personal of ['fabric', 'A replacement', 'Mrs Li', '138 0013', 'SO-2026', 'Send a replacement'])
      expect(text).not.toContain(personal);
    const one = (await h.call<{ complaint: C }>(h.tokens.analyst, GET, { id: own.id })).complaint;
    expect([one.description, one.feedback.comment, one.orderNumber]).toEqual([MASKED, MASKED, '****0042']);
    // The same complaint, read by customer service, in full.
    const full = (await h.call<{ complaint: C }>(h.tokens.manager, GET, { id: own.id })).complaint;
    expect([full.description, full.orderNumber]).toEqual(['The fabric arrived torn', 'SO-2026-0042']);
  });
});
