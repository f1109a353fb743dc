import { randomUUID } from 'node:crypto';
import {
  complaintCompensationRequested,
  createEvent,
  type Envelope,
  type EventContext,
  type EventDefinition,
} from '@care/contracts';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  connectTestNats,
  expectEventually,
  harnessForFile,
  startServiceHarness,
  withStreamTap,
  type EventTap,
  type ServiceHarness,
  type TestActor,
} from '@care/testing';
import { jetstream } from '@nats-io/jetstream';
import type { z } from 'zod';
import { startService } from '../src/app';
import { openRequestedApproval, type Ask } from '../src/application/open-requested-approval';
import type { Deps } from '../src/application/ports';
import { configSchema } from '../src/config';
import { AUTHORITY_HOLDER, type Authority } from '../src/domain/authority';

type Base = ServiceHarness<SubgraphHandle<Deps>>;

export interface ApprovalsHarness extends Base, ReturnType<typeof approvalSteps> {
  /** Every event the service published, as they come. */
  tap: EventTap;
}

/** Friday 6 March 2026, 10:00 in Shanghai: a plain working week on the calendar. */
export const FRIDAY_10H = new Date('2026-03-06T02:00:00Z');
const DAY = 24 * 3_600_000;

/**
 * The input of a written delegation (DOMAIN 3.5): vp-1's VP authority over expenses up to 50,000 CNY, to
 * deputy-1 for the week from FRIDAY_10H, unless `changes` say otherwise.
 */
export const vpDelegation = (changes: Record<string, unknown> = {}) => ({
  delegator: 'vp-1',
  delegate: 'deputy-1',
  authority: 'VP',
  businessTypes: ['EXPENSE'],
  maxAmount: '50000',
  startsAt: FRIDAY_10H.toISOString(),
  endsAt: new Date(FRIDAY_10H.getTime() + 7 * DAY).toISOString(),
  documentReference: 'DEL-2026-03-VP-1',
  ...changes,
});

/**
 * Approvals on a fresh schema and NATS namespace, living at the time the test sets, with the steps
 * the tests take and a tap on its stream.
 */
export async function startApprovals(label: string, startAt?: Date | string): Promise<ApprovalsHarness> {
  const base = await withStreamTap(
    await startServiceHarness({
      label,
      startAt,
      // The jobs run when a test asks (runNow), never on a timer.
      env: { OVERDUE_JOB_INTERVAL_SECONDS: '0' },
      start: (env, clock) =>
        startService(parseConfig(configSchema, env), createLogger('approvals-test', 'silent'), { clock }),
    }),
    'CARE_APPROVALS',
  );
  return { ...base, ...approvalSteps(base) };
}

/** Approvals for the tests of one file: started before them, closed after them (see harnessForFile). */
export const approvalsForFile = (label: string, startAt?: Date | string) =>
  harnessForFile(() => startApprovals(label, startAt));

/**
 * Opens the request another service asks for (a redemption, a discount or a campaign of loyalty's, a
 * complaint's solution) as the consumer of its event does, for 800.00 CNY.
 */
export async function openAsked(
  h: { service: { deps: Deps } },
  aggregate: string,
  id: string,
  by = 'sales-7',
  service: Ask['reference']['service'] = 'loyalty',
): Promise<void> {
  const deps = h.service.deps;
  const type =
    aggregate === 'redemption' ? 'POINTS_REDEMPTION' : aggregate === 'discount' ? 'DISCOUNT' : 'CAMPAIGN';
  const ask: Ask = {
    type: service === 'complaints' ? 'COMPENSATION' : service === 'governance' ? 'OTHER' : type,
    title: `A ${aggregate}`,
    amount: '800.00',
    currency: 'CNY',
    reference: { service, aggregate, id },
    expedited: false,
    requestedBy: by,
  };
  await deps.unitOfWork((tx) =>
    openRequestedApproval(deps, tx, ask, { actor: { kind: 'user', id: by }, correlationId: randomUUID() }),
  );
}

/** A person with these roles. */
export const as = (sub: string, ...roles: string[]): TestActor => ({ sub, roles });

export const REQUEST_FIELDS = `id type amount currency status requiredAuthority requestedBy expedited
  reference { service aggregate id } decidedBy decidedAt decisionReason overdue version
  decidedLate overdueExplanation lateReview { necessary note reviewedBy reviewedAt } decidedUnderDelegation`;

/** A step as the tests read it. */
export const STEP_FIELDS = `round position authority role department decision decidedBy actingFor comment
  dueAt decidedAt overdue overdueAt decidedLate skipLevel { justification riskAssessment authority } superseded`;

export interface Step {
  round: number;
  position: number;
  authority: string;
  decision: string | null;
  decidedBy: string | null;
  [field: string]: unknown;
}

export interface Request {
  id: string;
  status: string;
  version: number;
  [field: string]: unknown;
}

const DECIDE = `mutation($input: DecideApprovalRequestInput!) { decideApprovalRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const CURRENT_STEP = `query($id: ID!) { approvalRequest(id: $id) { status currentStep { position authority department } } }`;
const ADMIN = as('admin-steps', 'admin');

interface CurrentStep {
  position: number;
  authority: Authority;
  department: string | null;
}
const SUBMIT = `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const RECORD_DELEGATION = `mutation($input: RecordDelegationInput!) { recordDelegation(input: $input) { id } }`;

/** The steps the approval tests take, against one started service. */
function approvalSteps(h: Base) {
  /** Publishes another service's event on the test's namespace (under another message id if given). */
  const publish = async (event: Envelope, subject: string, msgID = event.id) => {
    const nc = await connectTestNats();
    try {
      await jetstream(nc).publish(`${h.db.namespace}.${subject}`, JSON.stringify(event), { msgID });
    } finally {
      await nc.close();
    }
  };
  const ask = <S extends z.ZodObject>(
    definition: EventDefinition<S>,
    subject: string,
    data: z.input<S>,
    context: EventContext,
  ) => publish(createEvent(definition, subject, data, context), definition.subject);
  /** The count of the events of this type the request's changes enqueued, as a row. */
  const enqueued = (type: string, requestId: string) =>
    h.sql(`SELECT count(*)::int AS n FROM outbox WHERE type = $1 AND payload->'data'->>'requestId' = $2`, [
      type,
      requestId,
    ]);
  return {
    /** Decides as the person; the raw result, errors included. */
    decideAs: (who: TestActor, input: Record<string, unknown>) =>
      h.raw<{ decideApprovalRequest: Request }>(DECIDE, { input }, who),

    /** Decides as the person and fails the test on any error: the request as decided. */
    decided: async (who: TestActor, input: Record<string, unknown>) =>
      (await h.ok<{ decideApprovalRequest: Request }>(DECIDE, { input }, who)).decideApprovalRequest,

    /**
     * Approves the request's steps one after the other, each by its own holder (a person of its role and
     * department who decided nothing else of it), until the current step is `until`'s or the request is
     * decided: what the steps before the one a test is about need.
     */
    approveSteps: async (id: string, until?: Authority): Promise<void> => {
      for (;;) {
        const { approvalRequest } = await h.ok<{
          approvalRequest: { status: string; currentStep: CurrentStep | null };
        }>(CURRENT_STEP, { id }, ADMIN);
        const step = approvalRequest.currentStep;
        if (!step || step.authority === until) return;
        const holder: TestActor = {
          sub: `holder-${step.position}-${step.authority.toLowerCase()}`,
          roles: [AUTHORITY_HOLDER[step.authority]],
          ...(step.department ? { department: step.department } : {}),
        };
        await h.ok(DECIDE, { input: { id, decision: 'APPROVE', step: step.position } }, holder);
      }
    },

    /** Submits as the person; the request with its steps, failing the test on any error. */
    submitAs: async (who: TestActor, input: Record<string, unknown>) =>
      (
        await h.ok<{ submitApprovalRequest: Request & { steps: Step[] } }>(
          `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { ${REQUEST_FIELDS} policyVersion steps { ${STEP_FIELDS} } } }`,
          { input },
          who,
        )
      ).submitApprovalRequest,

    /** The request with its steps and current step, as an auditor reads it. */
    read: async (id: string) =>
      (
        await h.ok<{ approvalRequest: Request & { steps: Step[]; currentStep: Step | null } }>(
          `query($id: ID!) { approvalRequest(id: $id) { ${REQUEST_FIELDS} title policyVersion steps { ${STEP_FIELDS} } currentStep { ${STEP_FIELDS} } } }`,
          { id },
          as('auditor-1', 'audit'),
        )
      ).approvalRequest,

    /** How many events of this type the request's changes enqueued. */
    eventsOf: async (type: string, requestId: string): Promise<number> =>
      (await enqueued(type, requestId))[0]!.n as number,

    /** An expense a member of staff asked for. */
    submitted: async (amount: string, by = 'staff-1'): Promise<Request> =>
      (
        await h.ok<{ submitApprovalRequest: Request }>(
          SUBMIT,
          { input: { type: 'EXPENSE', title: 'Sample shipment', amount } },
          as(by, 'department_staff'),
        )
      ).submitApprovalRequest,

    publish,

    /** Publishes another service's event as its relay would: on the definition's subject, a new event. */
    ask,

    /**
     * Complaints' ask for the compensation of an URGENT complaint, carried out at once (DOMAIN 3.6), as `by`
     * asked it: the solution's id. Its request opens expedited.
     */
    askEmergencyCompensation: async (amount: string, by = 'cs-dir-1', correlationId?: string) => {
      const complaintId = randomUUID();
      const solutionId = randomUUID();
      await ask(
        complaintCompensationRequested,
        complaintId,
        {
          ...complaintCompensationRequested.example,
          complaintId,
          solutionId,
          amount,
          emergency: true,
          reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
        },
        { actor: { kind: 'user', id: by }, correlationId: correlationId ?? `corr-${solutionId}` },
      );
      return solutionId;
    },

    /**
     * The request opened for what another service asked, once it is there: among the first 100 requests
     * `reader` reads, those the filter finds when given (`{ type: [OTHER] }`).
     */
    requestFor: (referenceId: string, reader: TestActor, filter?: string): Promise<Request> =>
      expectEventually(async () => {
        const found = (
          await h.ok<{ approvalRequests: { edges: { node: Request }[] } }>(
            `{ approvalRequests(first: 100${filter ? `, filter: ${filter}` : ''}) { edges { node { ${REQUEST_FIELDS} dueAt } } } }`,
            {},
            reader,
          )
        ).approvalRequests.edges.map((e) => e.node);
        const ours = found.find((r) => (r.reference as { id: string } | null)?.id === referenceId);
        expect(ours).toBeDefined();
        return ours!;
      }),

    /** The one request the filter finds (`{ type: [OTHER] }`), once it is there; fails while there are none or more. */
    onlyRequest: (filter: string, reader: TestActor): Promise<Request> =>
      expectEventually(async () => {
        const { approvalRequests } = await h.ok<{
          approvalRequests: { totalCount: number; edges: { node: Request }[] };
        }>(
          `{ approvalRequests(filter: ${filter}) { totalCount edges { node { ${REQUEST_FIELDS} } } } }`,
          {},
          reader,
        );
        expect(approvalRequests.totalCount).toBe(1);
        return approvalRequests.edges[0]!.node;
      }),

    /** Records a delegation (see vpDelegation) as the GM, failing the test on any error: its id. */
    delegated: async (input: Record<string, unknown>, gm = as('gm-1', 'gm')): Promise<string> =>
      (await h.ok<{ recordDelegation: { id: string } }>(RECORD_DELEGATION, { input }, gm)).recordDelegation
        .id,

    /** The request as stored. */
    row: async (id: string) =>
      (await h.sql(`SELECT status, version, decided_by FROM approval_request WHERE id = $1`, [id]))[0],

    /** How many decided events the request's changes enqueued. */
    decidedEvents: (requestId: string) => enqueued('care.approvals.request.decided.v1', requestId),

    /** The data of the events of this type the request's changes enqueued, oldest first. */
    eventData: async (type: string, requestId: string): Promise<Record<string, unknown>[]> =>
      (
        await h.sql(
          `SELECT payload->'data' AS data FROM outbox
            WHERE type = $1 AND payload->'data'->>'requestId' = $2 ORDER BY seq`,
          [type, requestId],
        )
      ).map((r) => r.data as Record<string, unknown>),

    /** Runs one of the service's jobs now (see app.ts): the ids of the requests it marked. */
    runJob: (name: string) => h.service.jobs[name]!.runNow() as Promise<string[]>,
  };
}
