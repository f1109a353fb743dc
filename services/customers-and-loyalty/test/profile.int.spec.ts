import { errorCodes, expectEventually } from '@care/testing';
import { CHANGE_RESPONSE_JOB } from '../src/app';
import { publishedEvent, REGISTER, register, useHarness } from './harness';

const h = useHarness('loyalty_profile', { startAt: '2026-03-02T02:00:00Z' }); // Monday 10:00 in Shanghai

const CUSTOMER = `query($id: ID!) { customer(id: $id) {
  id name email phone region birthday preferredLanguage tags representative status identityVerified
  identity { documentType documentReference verifiedBy verifiedAt }
  consents { kind granted lawfulBasis recordedBy }
  consentHistory { kind granted }
} }`;

describe('customers: profile and privacy', () => {
  it('registers and updates the full profile; bad input is a typed error that changes nothing', async () => {
    const id = await register(h, {
      name: 'Zhao Min',
      email: 'zhao.min@example.com',
      phone: '13912345678',
      region: 'cn-sh',
      birthday: '1985-06-15',
      preferredLanguage: 'zh-CN',
      tags: ['Textiles', 'wholesale'],
    });
    await h.ok(
      `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`,
      { id, input: { representative: 'rep-42', tags: ['textiles', 'vip'] } },
      ['sales'],
    );
    const read = await h.ok<{ customer: Record<string, unknown> }>(CUSTOMER, { id }, ['sales']);
    expect(read.customer).toMatchObject({
      name: 'Zhao Min',
      email: 'zhao.min@example.com',
      region: 'CN-SH',
      birthday: '1985-06-15',
      preferredLanguage: 'zh-CN',
      tags: ['textiles', 'vip'],
      representative: 'rep-42',
      status: 'ACTIVE',
      identityVerified: false,
    });
    const before = await h.sql(`SELECT name, tags, version FROM loyalty.customer WHERE id = $1`, [id]);
    // Operational fields with bad values; personal fields are not updatable directly (DOMAIN 2.5: change requests).
    for (const input of [
      { preferredLanguage: 'not a language!!' },
      { tags: ['fine', 'bad;tag'] },
      { region: 'CN-BJ' },
      { name: 'Someone Else' },
    ]) {
      const bad = await h.raw(
        `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`,
        { id, input },
        ['sales'],
      );
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    }
    const malformedEmail = await h.raw(
      `mutation($input: SubmitCustomerChangeInput!) { submitCustomerChange(input: $input) { id } }`,
      { input: { customerId: id, email: 'no-at-sign', idDocumentReference: 'photo' } },
      ['sales'],
    );
    expect(errorCodes(malformedEmail)).toEqual(['BAD_USER_INPUT']);
    expect(await h.sql(`SELECT name, tags, version FROM loyalty.customer WHERE id = $1`, [id])).toEqual(
      before,
    );
    expect(
      await h.sql(`SELECT count(*)::int AS n FROM loyalty.customer_change WHERE customer_id = $1`, [id]),
    ).toEqual([{ n: 0 }]);
    const unknown = await h.raw(
      `mutation { updateCustomer(id: "00000000-0000-4000-8000-000000000000", input: { tags: ["x"] }) { id } }`,
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('[DOMAIN 2.7] masks personal data for roles that do not need it and audits every unmasked read', async () => {
    const personal = { email: 'qian.yu@example.com', phone: '13711112222', birthday: '1990-03-14' };
    const id = await register(h, { name: 'Qian Yu', ...personal });
    const masked = await h.ok<{ customer: Record<string, unknown> }>(
      `query($id: ID!) { customer(id: $id) { email phone birthday } }`,
      { id },
      ['analyst'],
    );
    expect(masked.customer).toEqual({
      email: 'q***@example.com',
      phone: '137****2222',
      birthday: '****-03-14',
    });
    const viewedBefore = h.events.filter((e) => e.type === 'care.loyalty.personal_data.viewed.v1').length;
    await h.ok(
      `query($id: ID!) { customer(id: $id) { email phone birthday } }`,
      { id },
      ['cs_specialist'],
      'viewer-1',
    );
    const event = await expectEventually(() => {
      const found = h.events.filter(
        (e) =>
          e.type === 'care.loyalty.personal_data.viewed.v1' && (e.data.customerIds as string[]).includes(id),
      );
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(event).toMatchObject({
      actor: { kind: 'user', id: 'viewer-1' },
      data: { customerIds: [id], fields: ['birthday', 'email', 'phone'] },
    });
    expect(JSON.stringify(event)).not.toMatch(/qian\.yu|13711112222/);
    // A masked read leaves no audit event.
    expect(h.events.filter((e) => e.type === 'care.loyalty.personal_data.viewed.v1').length).toBe(
      viewedBefore + 1,
    );
  });

  it('[DOMAIN 2.7] a privacy authorisation needs its lawful basis; consents keep their history; unsubscribe withdraws marketing e-mail', async () => {
    const id = await register(h, { name: 'Sun Li', email: 'sun.li@example.com' });
    const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
    const noBasis = await h.raw(RECORD, { input: { customerId: id, kind: 'PRIVACY', granted: true } }, [
      'cs_specialist',
    ]);
    expect(errorCodes(noBasis)).toEqual(['BAD_USER_INPUT']);
    await h.ok(
      RECORD,
      {
        input: {
          customerId: id,
          kind: 'PRIVACY',
          granted: true,
          lawfulBasis: 'consent',
          source: 'signed form',
        },
      },
      ['cs_specialist'],
      'clerk-1',
    );
    await h.ok(
      RECORD,
      { input: { customerId: id, kind: 'MARKETING_EMAIL', granted: true, lawfulBasis: 'CONSENT' } },
      ['cs_specialist'],
    );
    await h.ok(
      RECORD,
      { input: { customerId: id, kind: 'MARKETING_EMAIL', granted: false, source: 'unsubscribe link' } },
      ['cs_specialist'],
    );
    const read = await h.ok<{
      customer: { consents: Record<string, unknown>[]; consentHistory: Record<string, unknown>[] };
    }>(CUSTOMER, { id });
    expect(read.customer.consents).toEqual([
      { kind: 'PRIVACY', granted: true, lawfulBasis: 'CONSENT', recordedBy: 'clerk-1' },
      { kind: 'MARKETING_EMAIL', granted: false, lawfulBasis: null, recordedBy: 'user-cs_specialist' },
    ]);
    expect(read.customer.consentHistory).toEqual([
      { kind: 'PRIVACY', granted: true },
      { kind: 'MARKETING_EMAIL', granted: true },
      { kind: 'MARKETING_EMAIL', granted: false },
    ]);
    await expectEventually(() =>
      expect(
        h.events
          .filter((e) => e.type === 'care.loyalty.consent.changed.v1' && e.data.customerId === id)
          .map((e) => e.data.granted),
      ).toEqual([true, true, false]),
    );
  });

  it('[DOMAIN 2.3] identity verification keeps only a masked reference of the document number', async () => {
    const id = await register(h, { name: 'Zhou Jie' });
    await h.ok(
      `mutation($input: VerifyIdentityInput!) { verifyIdentity(input: $input) { id } }`,
      { input: { customerId: id, documentType: 'id_card', documentNumber: '110101199003078765' } },
      ['sales'],
      'sales-9',
    );
    const read = await h.ok<{ customer: { identityVerified: boolean; identity: Record<string, unknown> } }>(
      CUSTOMER,
      { id },
    );
    expect(read.customer.identityVerified).toBe(true);
    expect(read.customer.identity).toMatchObject({
      documentType: 'ID_CARD',
      documentReference: '****8765',
      verifiedBy: 'sales-9',
    });
    const stored = await h.sql(`SELECT row_to_json(c)::text AS row FROM loyalty.customer c WHERE id = $1`, [
      id,
    ]);
    expect(stored[0]!.row).not.toContain('110101199003078765');
  });

  it('filters customers by tier, tag, region, status and name', async () => {
    await register(h, { name: 'Filter Alpha', region: 'DE', tags: ['export'] });
    await register(h, { name: 'Filter Beta', region: 'DE' });
    const q = `query($filter: CustomerFilter) { customers(filter: $filter, first: 100) { totalCount edges { node { name } } } }`;
    type R = { customers: { totalCount: number; edges: { node: { name: string } }[] } };
    const byRegion = await h.ok<R>(q, { filter: { region: 'de', search: 'filter' } });
    expect(byRegion.customers.edges.map((e) => e.node.name).sort()).toEqual(['Filter Alpha', 'Filter Beta']);
    expect(byRegion.customers.totalCount).toBe(2);
    const byTag = await h.ok<R>(q, { filter: { tag: 'export', tier: 'MEMBER', status: 'ACTIVE' } });
    expect(byTag.customers.edges.map((e) => e.node.name)).toEqual(['Filter Alpha']);
    const none = await h.ok<R>(q, { filter: { tier: 'DIAMOND', search: 'Filter' } });
    expect(none.customers.totalCount).toBe(0);
  });
});

describe('customer data changes', () => {
  const SUBMIT = `mutation($input: SubmitCustomerChangeInput!) { submitCustomerChange(input: $input) { id status dueAt enteredBy } }`;
  const REVIEW = `mutation($input: ReviewCustomerChangeInput!) { reviewCustomerChange(input: $input) { id status reviewedBy answeredAt onTime rejectionReason } }`;

  it('[DOMAIN 2.5] a change is entered with its ID document, double-checked by another person, then applied; due in 2 working hours', async () => {
    h.clock.set('2026-03-02T09:00:00Z'); // Monday 17:00 in Shanghai: one working hour left today
    const id = await register(h, { name: 'Wu Fang', phone: '13800001111' });
    const submitted = await h.ok<{
      submitCustomerChange: { id: string; status: string; dueAt: string; enteredBy: string };
    }>(
      SUBMIT,
      { input: { customerId: id, phone: '13800002222', idDocumentReference: 'photo-2026-0301-77' } },
      ['sales'],
      'clerk-a',
    );
    expect(submitted.submitCustomerChange).toMatchObject({
      status: 'PENDING_REVIEW',
      enteredBy: 'clerk-a',
      dueAt: '2026-03-03T02:00:00.000Z', // 17:00-18:00 Monday, then 09:00-10:00 Tuesday
    });
    const change = submitted.submitCustomerChange.id;
    // Not applied yet.
    expect((await h.sql(`SELECT phone FROM loyalty.customer WHERE id = $1`, [id]))[0]).toEqual({
      phone: '13800001111',
    });
    const self = await h.raw(REVIEW, { input: { id: change, approve: true } }, ['sales'], 'clerk-a');
    expect(errorCodes(self)).toEqual(['FORBIDDEN']);
    h.clock.set('2026-03-03T01:30:00Z');
    const reviewed = await h.ok<{ reviewCustomerChange: Record<string, unknown> }>(
      REVIEW,
      { input: { id: change, approve: true } },
      ['sales'],
      'reviewer-b',
    );
    expect(reviewed.reviewCustomerChange).toMatchObject({
      status: 'APPLIED',
      reviewedBy: 'reviewer-b',
      onTime: true,
    });
    expect((await h.sql(`SELECT phone FROM loyalty.customer WHERE id = $1`, [id]))[0]).toEqual({
      phone: '13800002222',
    });
    const again = await h.raw(
      REVIEW,
      { input: { id: change, approve: false, reason: 'late' } },
      ['sales'],
      'reviewer-c',
    );
    expect(errorCodes(again)).toEqual(['INVALID_TRANSITION']);
    // Other systems stay consistent: the applied change is announced (fields only, no values).
    const updated = await publishedEvent(h, 'care.loyalty.customer.updated.v1', id);
    expect(updated.data).toMatchObject({ customerId: id, changedFields: ['phone'] });
    expect(updated.actor).toEqual({ kind: 'user', id: 'reviewer-b' });
    expect(JSON.stringify(updated)).not.toContain('13800002222');
    const reviewedEvent = await publishedEvent(h, 'care.loyalty.customer_change.reviewed.v1', change);
    expect(reviewedEvent.data).toMatchObject({ outcome: 'APPLIED', onTime: true });
  });

  it('[DOMAIN 2.5] a late or rejected answer is recorded as such and changes nothing', async () => {
    h.clock.set('2026-03-04T02:00:00Z');
    const id = await register(h, { name: 'Zheng Hui', region: 'CN-GD' });
    const bad = await h.raw(
      SUBMIT,
      { input: { customerId: id, region: 'nowhere', idDocumentReference: 'photo-1' } },
      ['sales'],
      'clerk-a',
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const { submitCustomerChange } = await h.ok<{ submitCustomerChange: { id: string } }>(
      SUBMIT,
      { input: { customerId: id, region: 'CN-SH', idDocumentReference: 'photo-2' } },
      ['sales'],
      'clerk-a',
    );
    h.clock.set('2026-03-04T07:00:00Z'); // 5 hours later
    const noReason = await h.raw(
      REVIEW,
      { input: { id: submitCustomerChange.id, approve: false } },
      ['cs_manager'],
      'reviewer-b',
    );
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);
    const rejected = await h.ok<{ reviewCustomerChange: Record<string, unknown> }>(
      REVIEW,
      { input: { id: submitCustomerChange.id, approve: false, reason: 'ID photo does not match' } },
      ['cs_manager'],
      'reviewer-b',
    );
    expect(rejected.reviewCustomerChange).toMatchObject({
      status: 'REJECTED',
      onTime: false,
      rejectionReason: 'ID photo does not match',
    });
    expect((await h.sql(`SELECT region FROM loyalty.customer WHERE id = $1`, [id]))[0]).toEqual({
      region: 'CN-GD',
    });
  });

  it('[DOMAIN 2.5] a request still unanswered past its 2 working hours is announced overdue once; its late answer carries the mark', async () => {
    const READ = `query($id: ID!) { customerChange(id: $id) { status dueAt onTime overdueAt } }`;
    const runJob = () => h.service.jobs[CHANGE_RESPONSE_JOB]!.runNow() as Promise<string[]>;
    const read = async (id: string) =>
      (await h.ok<{ customerChange: unknown }>(READ, { id }, ['sales'])).customerChange;
    h.clock.set('2026-03-05T02:00:00Z'); // Thursday 10:00 in Shanghai
    const id = await register(h, { name: 'Lu Ming', phone: '13800003333' });
    const submit = async (phone: string) =>
      (
        await h.ok<{ submitCustomerChange: { id: string } }>(
          SUBMIT,
          { input: { customerId: id, phone, idDocumentReference: 'photo-9' } },
          ['sales'],
          'clerk-a',
        )
      ).submitCustomerChange.id;
    const waiting = await submit('13800004444');
    const answered = await submit('13800005555');
    h.clock.set('2026-03-05T03:00:00Z');
    await h.ok(
      REVIEW,
      { input: { id: answered, approve: false, reason: 'photo unreadable' } },
      ['sales'],
      'rev-b',
    );
    // At the deadline itself nothing is due yet.
    h.clock.set('2026-03-05T04:00:00Z');
    expect(await runJob()).toEqual([]);
    h.clock.set('2026-03-05T04:05:00Z');
    expect(await runJob()).toEqual([waiting]);
    expect(await runJob()).toEqual([]);
    expect(await read(waiting)).toEqual({
      status: 'PENDING_REVIEW',
      dueAt: '2026-03-05T04:00:00.000Z',
      onTime: null,
      overdueAt: '2026-03-05T04:05:00.000Z',
    });
    const overdue = await publishedEvent(h, 'care.loyalty.customer_change.response_overdue.v1', waiting);
    expect(overdue.data).toEqual({
      changeId: waiting,
      customerId: id,
      changedFields: ['phone'],
      enteredBy: 'clerk-a',
      submittedAt: '2026-03-05T02:00:00.000Z',
      dueAt: '2026-03-05T04:00:00.000Z',
      overdueAt: '2026-03-05T04:05:00.000Z',
    });
    expect(overdue.actor).toEqual({ kind: 'service', id: 'customers-and-loyalty' });
    expect(
      h.events
        .filter((e) => e.type === 'care.loyalty.customer_change.response_overdue.v1')
        .map((e) => e.subject),
    ).toEqual([waiting]);
    // Answered late: recorded as such, applied, announced with the mark.
    h.clock.set('2026-03-05T06:00:00Z');
    await h.ok(REVIEW, { input: { id: waiting, approve: true } }, ['sales'], 'rev-b');
    expect(await read(waiting)).toEqual({
      status: 'APPLIED',
      dueAt: '2026-03-05T04:00:00.000Z',
      onTime: false,
      overdueAt: '2026-03-05T04:05:00.000Z',
    });
    const late = await publishedEvent(h, 'care.loyalty.customer_change.reviewed.v1', waiting);
    expect(late.data).toMatchObject({
      outcome: 'APPLIED',
      onTime: false,
      overdueAt: '2026-03-05T04:05:00.000Z',
    });
    const timely = await publishedEvent(h, 'care.loyalty.customer_change.reviewed.v1', answered);
    expect(timely.data).toMatchObject({ outcome: 'REJECTED', onTime: true, overdueAt: null });
  });

  it("[DOMAIN 2.5] the reviewers' queue lists the requests by deadline, pages on, and filters by status, customer and overdue", async () => {
    type Queue = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string; dueAt: string; customer: { id: string } } }[];
    };
    const QUEUE = `query($filter: CustomerChangeFilter, $first: Int, $after: String) {
      customerChanges(filter: $filter, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id dueAt customer { id } } } } }`;
    const queue = async (variables: Record<string, unknown>) =>
      (await h.ok<{ customerChanges: Queue }>(QUEUE, variables, ['sales'])).customerChanges;
    const ids = (q: Queue) => q.edges.map((e) => e.node.id);
    h.clock.set('2026-03-09T02:00:00Z'); // Monday 10:00 in Shanghai
    const a = await register(h, { name: 'Qian Yu' });
    const b = await register(h, { name: 'Sun Li' });
    const submit = async (customerId: string, at: string) => {
      h.clock.set(at);
      return (
        await h.ok<{ submitCustomerChange: { id: string } }>(
          SUBMIT,
          { input: { customerId, phone: '13800006666', idDocumentReference: 'photo-q' } },
          ['sales'],
          'clerk-a',
        )
      ).submitCustomerChange.id;
    };
    const a1 = await submit(a, '2026-03-09T02:00:00Z');
    const a2 = await submit(a, '2026-03-09T03:00:00Z');
    const b1 = await submit(b, '2026-03-09T02:30:00Z');
    const pending = { status: 'PENDING_REVIEW' };
    const first = await queue({ filter: pending, first: 2 });
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.edges.map((e) => [e.node.id, e.node.dueAt, e.node.customer.id])).toEqual([
      [a1, '2026-03-09T04:00:00.000Z', a],
      [b1, '2026-03-09T04:30:00.000Z', b],
    ]);
    const rest = await queue({ filter: pending, first: 2, after: first.pageInfo.endCursor });
    expect([ids(rest), rest.pageInfo.hasNextPage]).toEqual([[a2], false]);
    expect(ids(await queue({ filter: { customerId: a } }))).toEqual([a1, a2]);
    // The job at 12:10 finds a1 past its deadline, and only a1.
    h.clock.set('2026-03-09T04:10:00Z');
    expect(await h.service.jobs[CHANGE_RESPONSE_JOB]!.runNow()).toEqual([a1]);
    expect(ids(await queue({ filter: { ...pending, overdue: true } }))).toEqual([a1]);
    expect(ids(await queue({ filter: { ...pending, overdue: false } }))).toEqual([b1, a2]);
    await h.ok(REVIEW, { input: { id: b1, approve: true } }, ['sales'], 'rev-b');
    expect(ids(await queue({ filter: pending }))).toEqual([a1, a2]);
    expect(ids(await queue({ filter: { status: 'APPLIED', customerId: b } }))).toEqual([b1]);
    // Checked before any SQL: the customer id, the page size; and only staff read the queue.
    for (const variables of [{ filter: { customerId: 'not-an-id' } }, { first: 0 }, { first: 101 }])
      expect(errorCodes(await h.raw(QUEUE, variables, ['sales']))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await h.raw(QUEUE, {}, ['customer'], a))).toEqual(['FORBIDDEN']);
  });
});

it('keeps the skeleton registration contract', async () => {
  const result = await h.raw(REGISTER, { input: { name: 'X', email: 'not-an-email' } }, ['cs_specialist']);
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
});
