import { dataOf, errorCodes, eventSeen, type TestActor } from '@care/testing';
import { DEFAULT_POLICY_DOCUMENT, type AuthorityPolicyDocument } from '../src/domain/authority-policy';
import { as, FRIDAY_10H, approvalsForFile, type Step } from './harness';

const h = approvalsForFile('approvals_policy', FRIDAY_10H);

const gm = as('gm-1', 'gm');
const applicant: TestActor = { sub: 'staff-sales-1', roles: ['department_staff'], department: 'SALES' };
const head: TestActor = { sub: 'head-sales', roles: ['department_head'], department: 'SALES' };

const PUBLISH = `mutation($input: PublishAuthorityPolicyInput!) { publishAuthorityPolicy(input: $input) { version effectiveFrom publishedBy } }`;
const publish = (who: TestActor, document: AuthorityPolicyDocument, effectiveFrom?: string) =>
  h.raw<{ publishAuthorityPolicy: { version: number; effectiveFrom: string; publishedBy: string } }>(
    PUBLISH,
    { input: { rules: document.rules, ...(effectiveFrom ? { effectiveFrom } : {}) } },
    who,
  );
const ROUTE = `query($amount: Decimal!) { approvalRoute(type: EXPENSE, amount: $amount, department: SALES) { policyVersion requiredAuthority dueAt steps { position authority role department dueAt } } }`;
const route = async (amount: string, who: TestActor = applicant) =>
  dataOf(
    await h.raw<{
      approvalRoute: { policyVersion: number; requiredAuthority: string; steps: { authority: string }[] };
    }>(ROUTE, { amount }, who),
  ).approvalRoute;
const POLICY = `query($v: Int) { authorityPolicy(version: $v) { version publishedBy rules { type department workingDays bands { upTo below steps { authority role applicantDepartment } } } } }`;
const policy = async (version?: number) =>
  dataOf(
    await h.raw<{
      authorityPolicy: {
        version: number;
        rules: { type: string; bands: { upTo: string | null; steps: { authority: string }[] }[] }[];
      } | null;
    }>(POLICY, { v: version ?? null }, head),
  ).authorityPolicy;

/** Version 1 with the regular route's middle band shortened to department head -> VP. */
const shorter = (): AuthorityPolicyDocument => {
  const doc = structuredClone(DEFAULT_POLICY_DOCUMENT);
  doc.rules.find((r) => r.type === 'EXPENSE' && !r.department)!.bands[1]!.steps = [
    { authority: 'DEPARTMENT_HEAD', applicantDepartment: true },
    { authority: 'VP' },
  ];
  return doc;
};
const chainOf = (steps: Step[]) => steps.filter((s) => !s.superseded).map((s) => s.authority);

describe('the authority policy as versioned data', () => {
  it('[DOMAIN 3.1] only the GM publishes, a valid policy only, never effective in the past', async () => {
    expect(errorCodes(await publish(as('vp-1', 'vp'), shorter()))).toEqual(['FORBIDDEN']);
    const incomplete = shorter();
    incomplete.rules = incomplete.rules.filter((r) => r.type !== 'CAMPAIGN');
    expect((await publish(gm, incomplete)).errors?.[0]).toMatchObject({
      message: 'every business type needs its rule; missing: CAMPAIGN',
      extensions: { code: 'BAD_USER_INPUT', field: 'document.rules' },
    });
    const openMiddle = shorter();
    openMiddle.rules[0]!.bands[0]!.upTo = null;
    expect(errorCodes(await publish(gm, openMiddle))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await publish(gm, shorter(), '2026-03-06T01:59:59Z'))).toEqual(['BAD_USER_INPUT']);
    const noTime = shorter();
    noTime.rules[0]!.workingDays = 0;
    expect(errorCodes(await publish(gm, noTime))).toEqual(['BAD_USER_INPUT']);
    expect((await policy())?.version).toBe(1);
    expect(errorCodes(await h.raw(POLICY, {}, as('partner-1', 'partner')))).toEqual(['FORBIDDEN']);
  });

  it('[DOMAIN 3.1] a policy published mid-flight does not change the chain of a request already routed; new requests and the preview follow it', async () => {
    const routed = await h.submitAs(applicant, { type: 'EXPENSE', title: 'Fair stand', amount: '30000' });
    await h.decided(head, { id: routed.id, decision: 'APPROVE' });
    const before = await h.sql(`SELECT count(*)::int AS n FROM approval_request`);
    expect((await route('30000')).steps.map((s) => s.authority)).toEqual([
      'DEPARTMENT_HEAD',
      'INTERNAL_CONTROL',
      'FINANCE',
      'VP',
    ]);

    const published = dataOf(await publish(gm, shorter())).publishAuthorityPolicy;
    expect(published).toEqual({ version: 2, effectiveFrom: FRIDAY_10H.toISOString(), publishedBy: 'gm-1' });
    const event = await eventSeen(h.tap, (e) => e.type === 'care.approvals.policy.published.v1');
    expect(event.data).toMatchObject({ version: 2, supersedes: 1, publishedBy: 'gm-1' });

    const preview = await route('30000');
    expect(preview).toMatchObject({ policyVersion: 2, requiredAuthority: 'VP' });
    expect(preview.steps).toEqual([
      expect.objectContaining({
        position: 1,
        authority: 'DEPARTMENT_HEAD',
        role: 'department_head',
        department: 'SALES',
      }),
      expect.objectContaining({ position: 2, authority: 'VP', role: 'vp', department: null }),
    ]);
    expect(await h.sql(`SELECT count(*)::int AS n FROM approval_request`)).toEqual(before);

    const fresh = await h.submitAs(applicant, { type: 'EXPENSE', title: 'Second stand', amount: '30000' });
    expect(fresh.policyVersion).toBe(2);
    expect(chainOf(fresh.steps)).toEqual(['DEPARTMENT_HEAD', 'VP']);

    // The request routed before keeps version 1 and its four steps to the end.
    await h.decided(as('ic-1', 'internal_control'), { id: routed.id, decision: 'APPROVE', step: 2 });
    await h.decided(as('fin-1', 'finance'), { id: routed.id, decision: 'APPROVE', step: 3 });
    await h.decided(as('vp-1', 'vp'), { id: routed.id, decision: 'APPROVE', step: 4 });
    const done = await h.read(routed.id);
    expect(done).toMatchObject({ status: 'APPROVED', policyVersion: 1 });
    expect(chainOf(done.steps)).toEqual(['DEPARTMENT_HEAD', 'INTERNAL_CONTROL', 'FINANCE', 'VP']);

    expect((await policy(1))?.rules[0]?.bands[1]?.steps.map((s) => s.authority)).toEqual([
      'DEPARTMENT_HEAD',
      'INTERNAL_CONTROL',
      'FINANCE',
      'VP',
    ]);
    expect((await policy())?.version).toBe(2);
    expect(await policy(99)).toBeNull();
  });

  it('[DOMAIN 3.1] a version takes effect at its date; a request resubmitted afterwards is routed again by its own version', async () => {
    // Version 2 is the one the test above published.
    const v2 = await h.submitAs(applicant, { type: 'EXPENSE', title: 'Samples', amount: '30000' });
    expect(v2.policyVersion).toBe(2);
    await h.decided(head, { id: v2.id, decision: 'RETURN_FOR_CHANGES', reason: 'Split the samples by fair' });

    const monday = '2026-03-09T01:00:00.000Z';
    const v3 = dataOf(await publish(gm, DEFAULT_POLICY_DOCUMENT, monday)).publishAuthorityPolicy;
    expect(v3).toMatchObject({ version: 3, effectiveFrom: monday });
    expect((await route('30000')).policyVersion).toBe(2);
    h.clock.set('2026-03-09T02:00:00Z');
    try {
      expect((await route('30000')).policyVersion).toBe(3);
      const resubmitted = dataOf(
        await h.raw<{ resubmitApprovalRequest: { policyVersion: number; steps: Step[] } }>(
          `mutation($id: ID!) { resubmitApprovalRequest(input: { id: $id, amount: "35000" }) { policyVersion steps { authority superseded decision round } } }`,
          { id: v2.id },
          applicant,
        ),
      ).resubmitApprovalRequest;
      expect(resubmitted.policyVersion).toBe(2);
      expect(chainOf(resubmitted.steps)).toEqual(['DEPARTMENT_HEAD', 'VP']);
    } finally {
      h.clock.set(FRIDAY_10H);
    }
  });
});
