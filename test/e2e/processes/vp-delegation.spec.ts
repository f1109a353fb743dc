/**
 * A VP's written delegation, recorded by the GM with its scope (expenses up to 50,000 CNY): the delegate
 * decides the VP's step of an expense while it is in force, and is refused the same step of the same kind
 * of expense once it has ended; the clock moves past its end (DOMAIN 3.2, 3.5, 4.1).
 */
import { companyForFile, STAFF, utc } from './steps';

const company = companyForFile('2026-03-02T09:00:00+08:00');

/** The head of marketing, named the VP's delegate while the VP travels. */
const DELEGATE = STAFF.marketingHead;

const RECORD = `mutation($input: RecordDelegationInput!) { recordDelegation(input: $input) {
  id delegator delegate authority businessTypes maxAmount startsAt endsAt signedBy documentReference } }`;

const delegation = (endsAt: string) => ({
  input: {
    delegator: STAFF.vp.sub,
    delegate: DELEGATE.sub,
    authority: 'VP',
    businessTypes: ['EXPENSE'],
    maxAmount: '50000.00',
    startsAt: utc('2026-03-02T09:00:00+08:00'),
    endsAt,
    documentReference: 'DLG-2026-007 (signed by the GM)',
  },
});

const QUEUE = `{ myPendingApprovals { edges { node { decidingAs delegation request { id } step { authority } } } } }`;

interface QueueItem {
  decidingAs: string;
  delegation: string | null;
  request: { id: string };
  step: { authority: string };
}

const queueOf = async (who: typeof DELEGATE) =>
  (await company.answer<{ edges: { node: QueueItem }[] }>(who, QUEUE)).edges.map((e) => e.node);

/** A sales expense of 20,000 CNY on the regular route, approved up to the VP's step. */
async function expenseAtTheVp(title: string): Promise<string> {
  const { submitApprovalRequest } = await company.ok<{ submitApprovalRequest: { id: string } }>(
    STAFF.salesStaff,
    `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { id } }`,
    { input: { type: 'EXPENSE', title, amount: '20000.00', orderNumber: 'PO-2026-0088' } },
  );
  const id = submitApprovalRequest.id;
  for (const approver of [STAFF.salesHead, STAFF.internalControl, STAFF.finance])
    await company.decide(approver, id, 'APPROVE');
  const atVp = await company.approval(id);
  expect(atVp.status).toBe('PENDING');
  expect(atVp.steps.map((s) => [s.authority, s.decision])).toEqual([
    ['DEPARTMENT_HEAD', 'APPROVE'],
    ['INTERNAL_CONTROL', 'APPROVE'],
    ['FINANCE', 'APPROVE'],
    ['VP', null],
  ]);
  return id;
}

describe("a VP's delegation", () => {
  it('[DOMAIN 3.5][DOMAIN 3.2] is recorded by the GM for at most 30 days with its scope, used by the delegate within it, and refused (FORBIDDEN) once it has ended', async () => {
    company.at('2026-03-02T09:00:00+08:00');
    // Written, at most 30 days, recorded by the GM and nobody else.
    const tooLong = delegation(utc('2026-04-01T09:00:01+08:00'));
    expect(await company.refusal(STAFF.gm, RECORD, tooLong)).toBe('LIMIT_EXCEEDED');
    const inForce = delegation(utc('2026-03-31T18:00:00+08:00'));
    expect(await company.refusal(STAFF.vp, RECORD, inForce)).toBe('FORBIDDEN');
    const { recordDelegation: recorded } = await company.ok<{
      recordDelegation: { id: string; signedBy: string; businessTypes: string[]; maxAmount: string };
    }>(STAFF.gm, RECORD, inForce);
    expect(recorded).toMatchObject({ signedBy: STAFF.gm.sub, businessTypes: ['EXPENSE'] });
    expect(Number(recorded.maxAmount)).toBe(50000);
    const partnerSawIt = await company.partnerSees('care.approvals.delegation.recorded.v1', {
      delegationId: recorded.id,
      delegator: STAFF.vp.sub,
      delegate: DELEGATE.sub,
      authority: 'VP',
      businessTypes: ['EXPENSE'],
      startsAt: utc('2026-03-02T09:00:00+08:00'),
      endsAt: utc('2026-03-31T18:00:00+08:00'),
    });
    expect(Number(partnerSawIt.data.maxAmount)).toBe(50000);

    // Within the 30 days: the expense reaches the VP's step, which is in the delegate's queue as theirs.
    company.at('2026-03-10T10:00:00+08:00');
    const first = await expenseAtTheVp('Trade fair stand, Canton Fair spring session');
    expect(await queueOf(DELEGATE)).toEqual([
      {
        decidingAs: 'DELEGATE',
        delegation: recorded.id,
        request: { id: first },
        step: { authority: 'VP' },
      },
    ]);
    company.at('2026-03-10T11:00:00+08:00');
    const approved = await company.decide(DELEGATE, first, 'APPROVE');
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedBy: DELEGATE.sub,
      decidedUnderDelegation: recorded.id,
    });
    expect(approved.steps[3]).toMatchObject({
      authority: 'VP',
      decidedBy: DELEGATE.sub,
      actingFor: recorded.id,
    });
    await company.partnerSees('care.approvals.step.decided.v1', {
      requestId: first,
      authority: 'VP',
      decidedBy: DELEGATE.sub,
      actingFor: recorded.id,
      requestStatus: 'APPROVED',
    });

    // April: the delegation has ended. The same kind of expense waits at the VP's step again.
    company.at('2026-04-01T10:00:00+08:00');
    const { delegations } = await company.ok<{ delegations: { id: string }[] }>(
      STAFF.gm,
      `query($at: DateTime!) { delegations(activeAt: $at) { id } }`,
      { at: company.now() },
    );
    expect(delegations).toEqual([]);
    const second = await expenseAtTheVp('Trade fair stand, Canton Fair autumn deposit');
    expect(await queueOf(DELEGATE)).toEqual([]);
    expect(await company.decisionRefusal(DELEGATE, second)).toBe('FORBIDDEN');
    expect((await company.approval(second)).steps[3]).toMatchObject({ authority: 'VP', decision: null });
    // The VP, back, decides it as the holder.
    const byVp = await company.decide(STAFF.vp, second, 'APPROVE');
    expect(byVp).toMatchObject({
      status: 'APPROVED',
      decidedBy: STAFF.vp.sub,
      decidedUnderDelegation: null,
    });
    await company.partnerSees('care.approvals.step.decided.v1', {
      requestId: second,
      authority: 'VP',
      decidedBy: STAFF.vp.sub,
      actingFor: null,
    });

    // Governance keeps under which delegation the first VP step was decided.
    const trail = await company.trailWith('approvalRequest', first, [
      'care.approvals.request.submitted.v1',
      'care.approvals.step.decided.v1',
      'care.approvals.request.decided.v1',
    ]);
    const vpStep = trail.find(
      (e) => e.action === 'care.approvals.step.decided.v1' && e.details?.authority === 'VP',
    );
    expect(vpStep).toMatchObject({
      actor: `user:${DELEGATE.sub}`,
      details: { decidedBy: DELEGATE.sub, actingFor: recorded.id },
    });
  });
});
