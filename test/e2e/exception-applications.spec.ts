/**
 * Exception applications (DOMAIN 4.6) through the gateway over the real services: an application filed in
 * governance goes to approvals as a request, is decided there step by step by the people the regular route
 * names, and comes back to governance by event; the application reads its approval request through the
 * gateway, and a real NATS subscriber sees the events as a partner would.
 */
import { errorCodes, eventSeen, expectEventually, type TestActor } from '@care/testing';
import { peopleForFile, type D } from './people';

const PEOPLE = {
  /** Compliance applies for the exception (DOMAIN 4.6) and reads it with its approval. */
  compliance: { sub: 'compliance-exc-1', roles: ['compliance'] },
  headOfSales: { sub: 'head-sales-exc', roles: ['department_head'], department: 'SALES' },
  control: { sub: 'control-exc-1', roles: ['internal_control'] },
  finance: { sub: 'finance-exc-1', roles: ['finance'] },
  vp: { sub: 'vp-exc-1', roles: ['vp'] },
  gmOffice: { sub: 'gm-office-exc-1', roles: ['gm_office'] },
  /** Reads applications (DOMAIN "Who uses it") but only the approval requests they asked for themselves. */
  director: { sub: 'cs-director-exc-1', roles: ['cs_director'], department: 'CUSTOMER_SERVICE' },
} satisfies Record<string, TestActor>;
type Person = keyof typeof PEOPLE;

const graph = peopleForFile(PEOPLE, ['CARE_GOVERNANCE', 'CARE_APPROVALS']);
const { raw, call } = graph;
/** What the partner has read of each stream. */
const governanceStream = () => graph.tap('CARE_GOVERNANCE');
const approvalsStream = () => graph.tap('CARE_APPROVALS');

const SUBMIT = `mutation($input: SubmitExceptionApplicationInput!) { submitExceptionApplication(input: $input) { id status } }`;
const APPLICATION = `query($id: ID!) { exceptionApplication(id: $id) {
  id status decidedAt decisionReason approvalRequestId
  approvalRequest { id type status amount requestedBy requiredAuthority decidedBy decisionReason
    reference { service aggregate id } currentStep { position authority }
    steps { position authority decision decidedBy } } } }`;
const DECIDE = `mutation($id: ID!, $decision: ApprovalDecision!, $step: Int, $reason: String) {
  decideApprovalRequest(input: { id: $id, decision: $decision, step: $step, reason: $reason }) {
    status currentStep { position authority } } }`;

/** A new government rule costing 25,000 CNY: the regular route, up to the VP. */
const EU_RULE = {
  kind: 'NEW_GOVERNMENT_RULE',
  title: 'New export declaration rule: hold textile shipments to the EU for 5 days',
  exceptionTo: 'DOMAIN 1.3 logistics delay handling times for EU orders',
  amount: '25000',
};

/** A typhoon costing 800 CNY: within a department head's authority. */
const TYPHOON = {
  kind: 'NATURAL_DISASTER',
  title: 'Typhoon: extend the Zhejiang complaint limits by a week',
  exceptionTo: 'DOMAIN 1 resolution time limits for logistics complaints',
  amount: '800',
};

const submit = async (input: Record<string, unknown>) =>
  (
    await call('compliance', SUBMIT, {
      input: {
        riskAssessment: {
          level: 'MEDIUM',
          risks: 'Fines if the old procedure is kept; customers wait longer meanwhile',
          mitigation: 'Legal reviews each case; customers are told at once',
        },
        justification: 'The new rule takes effect before the policy can be revised',
        ...input,
      },
    })
  ).submitExceptionApplication as { id: string; status: string };

/** The application as the reader sees it through the gateway, once approvals has opened its request. */
const withRequest = (id: string, who: Person = 'compliance') =>
  expectEventually(async () => {
    const { exceptionApplication } = await call(who, APPLICATION, { id });
    expect(exceptionApplication.approvalRequest).not.toBeNull();
    return exceptionApplication as D;
  });

describe('an exception application through the gateway', () => {
  it('[DOMAIN 4.6] goes to approvals, is decided there by the people of its route, and comes back to governance with its outcome', async () => {
    const application = await submit(EU_RULE);
    expect(application.status).toBe('SUBMITTED');
    const opened = await withRequest(application.id);
    const request = opened.approvalRequest;
    expect(opened.approvalRequestId).toBe(request.id);
    // 25,000 CNY of type OTHER: the regular route, department head -> internal control -> finance -> VP.
    expect(request).toMatchObject({
      type: 'OTHER',
      status: 'PENDING',
      amount: '25000.00',
      requestedBy: 'compliance-exc-1',
      requiredAuthority: 'VP',
      reference: { service: 'governance', aggregate: 'exception_application', id: application.id },
      currentStep: { position: 1, authority: 'DEPARTMENT_HEAD' },
    });
    expect(request.steps.map((s: D) => s.authority)).toEqual([
      'DEPARTMENT_HEAD',
      'INTERNAL_CONTROL',
      'FINANCE',
      'VP',
    ]);
    // The first approver opens what the request approves through the gateway: the application, from
    // governance, read with governance's rules (a department head reads applications).
    const { approvalRequest: toDecide } = await call<{ approvalRequest: D }>(
      'headOfSales',
      `query($id: ID!) { approvalRequest(id: $id) { subject { __typename
        ... on ExceptionApplication { id kind title exceptionTo status approvalRequestId } } } }`,
      { id: request.id },
    );
    expect(toDecide.subject).toEqual({
      __typename: 'ExceptionApplication',
      id: application.id,
      kind: 'NEW_GOVERNMENT_RULE',
      title: EU_RULE.title,
      exceptionTo: EU_RULE.exceptionTo,
      status: 'SUBMITTED',
      approvalRequestId: request.id,
    });

    // Not the applicant, and not a later step's holder out of turn.
    const own = await raw('compliance', DECIDE, { id: request.id, decision: 'APPROVE', step: 1 });
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    const early = await raw('finance', DECIDE, { id: request.id, decision: 'APPROVE', step: 1 });
    expect(errorCodes(early)).toEqual(['FORBIDDEN']);
    const route: Person[] = ['headOfSales', 'control', 'finance', 'vp'];
    for (const [i, who] of route.entries()) {
      const { decideApprovalRequest } = await call(who, DECIDE, {
        id: request.id,
        decision: 'APPROVE',
        step: i + 1,
      });
      expect(decideApprovalRequest.status).toBe(i === route.length - 1 ? 'APPROVED' : 'PENDING');
    }

    // Back in governance by approvals' event; read through the gateway with its approval.
    const decided = await expectEventually(async () => {
      const { exceptionApplication } = await call('gmOffice', APPLICATION, { id: application.id });
      expect(exceptionApplication.status).toBe('APPROVED');
      return exceptionApplication;
    });
    expect(decided.decidedAt).not.toBeNull();
    expect(decided.approvalRequest).toMatchObject({
      id: request.id,
      status: 'APPROVED',
      decidedBy: 'vp-exc-1',
      currentStep: null,
    });
    expect(decided.approvalRequest.steps.map((s: D) => [s.position, s.decision, s.decidedBy])).toEqual([
      [1, 'APPROVE', 'head-sales-exc'],
      [2, 'APPROVE', 'control-exc-1'],
      [3, 'APPROVE', 'finance-exc-1'],
      [4, 'APPROVE', 'vp-exc-1'],
    ]);

    // The partner's view: the application asked, approvals opened and decided, governance took the outcome.
    const asked = await eventSeen(
      governanceStream(),
      (e) => e.type === 'care.governance.exception.submitted.v1' && e.subject === application.id,
    );
    expect(asked.data).toMatchObject({
      applicationId: application.id,
      kind: 'NEW_GOVERNMENT_RULE',
      riskLevel: 'MEDIUM',
      amount: '25000.00',
      reference: { service: 'governance', aggregate: 'exception_application', id: application.id },
    });
    const submitted = await eventSeen(
      approvalsStream(),
      (e) => e.type === 'care.approvals.request.submitted.v1' && e.data.requestId === request.id,
    );
    expect(submitted).toMatchObject({
      causationId: asked.id,
      correlationId: asked.correlationId,
      data: { type: 'OTHER', reference: { id: application.id } },
    });
    const final = await eventSeen(
      approvalsStream(),
      (e) => e.type === 'care.approvals.request.decided.v1' && e.data.requestId === request.id,
    );
    expect(final.data).toMatchObject({ outcome: 'APPROVED', reference: { id: application.id } });
    const back = await eventSeen(
      governanceStream(),
      (e) => e.type === 'care.governance.exception.decided.v1' && e.subject === application.id,
    );
    expect(back).toMatchObject({
      causationId: final.id,
      data: { applicationId: application.id, outcome: 'APPROVED', approvalRequestId: request.id },
    });
    expect(
      governanceStream().events.filter(
        (e) => e.type === 'care.governance.exception.decided.v1' && e.subject === application.id,
      ),
    ).toHaveLength(1);
  });

  it('[DOMAIN 4.6] rejected in approvals with a reason, the application is rejected in governance with it', async () => {
    const application = await submit(TYPHOON);
    const request = (await withRequest(application.id)).approvalRequest;
    // Up to 10,000 CNY: the department head's step alone.
    expect(request.steps.map((s: D) => s.authority)).toEqual(['DEPARTMENT_HEAD']);
    const reason = 'The warehouse reopens tomorrow: no exception is needed';
    const rejected = await call('headOfSales', DECIDE, {
      id: request.id,
      decision: 'REJECT',
      step: 1,
      reason,
    });
    expect(rejected.decideApprovalRequest.status).toBe('REJECTED');
    const back = await expectEventually(async () => {
      const { exceptionApplication } = await call('compliance', APPLICATION, { id: application.id });
      expect(exceptionApplication.status).toBe('REJECTED');
      return exceptionApplication;
    });
    expect(back).toMatchObject({
      decisionReason: reason,
      approvalRequest: { id: request.id, status: 'REJECTED', decisionReason: reason },
    });

    // The director reads the application; the request is approvals' to show, and it shows a director
    // only the requests they asked for.
    const asDirector = await raw('director', APPLICATION, { id: application.id });
    expect(asDirector.data?.exceptionApplication).toMatchObject({
      status: 'REJECTED',
      approvalRequestId: request.id,
      approvalRequest: null,
    });
  });
});
