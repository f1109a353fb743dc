import { randomUUID } from 'node:crypto';
import {
  approvalRequestDecided,
  createEvent,
  customerRegistered,
  type EventDefinition,
} from '@care/contracts';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  dataOf,
  expectEventually,
  gql,
  harnessForFile,
  startServiceHarness,
  withStreamTap,
  testToken,
  type EventTap,
  type GqlResult,
  type ServiceHarness,
  type TestSchema,
} from '@care/testing';
import type { z } from 'zod';
import { SLA_BREACH_JOB, startService } from '../src/app';
import type { Deps } from '../src/application/ports';
import { configSchema } from '../src/config';
import type { ComplaintStatus } from '../src/domain/complaint';
import { STATUSES } from '../src/domain/state-machine';

export type ComplaintsService = SubgraphHandle<Deps>;

/** The statuses `walk` takes a new complaint to, in the order of the lifecycle. */
export type Walkable = Exclude<ComplaintStatus, 'CLOSED'>;
export const WALKABLE = STATUSES.filter((s): s is Walkable => s !== 'CLOSED');

type ApprovalDecision = z.input<typeof approvalRequestDecided.data>;

export interface WalkOptions {
  customerId?: string;
  urgency?: 'NORMAL' | 'HIGH' | 'URGENT';
  category?: string;
  compensation?: Record<string, unknown> | null;
  channel?: string;
  receivedAt?: string;
}

export interface Harness extends ServiceHarness<ComplaintsService> {
  /** Every event the service published, as they come. */
  tap: EventTap;
  tokens: Record<
    | 'specialist'
    | 'manager'
    | 'leadership'
    | 'qcStaff'
    | 'qcHead'
    | 'logisticsStaff'
    | 'salesStaff'
    | 'purchasingHead'
    | 'analyst'
    | 'partner',
    string
  >;
  /** Runs an operation with the token and fails the test on any GraphQL error. */
  call<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** Runs an operation with the token: the result as it is, errors and all. */
  attempt(token: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult>;
  /** Files a complaint (an inquiry, a suggestion) as a specialist: for a new customer unless one is named. */
  file(input: Record<string, unknown>): Promise<C>;
  /** The complaint as the graph shows it to `token` (a customer service specialist unless told). */
  complaintOf(id: string, token?: string): Promise<C>;
  /** Files a complaint and walks it up to a status, returning the complaint as the graph shows it. */
  walk(to: Walkable, options?: WalkOptions): Promise<C>;
  /** The events the service published about a complaint (only those of one kind, when named). */
  eventsOf(complaintId: string, name?: string): EventTap['events'];
  /** A department_staff token of the given department. */
  staffOf(department: string | null): string;
  /** One new customer the platform knows. */
  registerCustomer(): Promise<string>;
  /** `count` new customers the platform knows. */
  registerCustomers(count: number): Promise<string[]>;
  /** Publishes another service's event on NATS, as its relay would: the event's id. */
  publish<S extends z.ZodObject>(
    definition: EventDefinition<S>,
    subject: string,
    data: z.input<S>,
  ): Promise<string>;
  /** Approvals' decision on a request (a solution's compensation unless told), as approvals publishes it. */
  approvalDecided(
    solutionId: string,
    decision: Pick<ApprovalDecision, 'outcome' | 'amount' | 'decidedAt'> & Partial<ApprovalDecision>,
  ): Promise<string>;
  /** Runs the SLA breach job once now, as its schedule would: the ids of the complaints it marked. */
  detectSlaBreaches(): Promise<string[]>;
}

/** The service on its own schema and namespace, with a clock the test sets and no timed SLA job. */
async function startHarness(label: string): Promise<Harness> {
  const base = await withStreamTap(
    await startServiceHarness({
      label,
      env: { SLA_JOB_INTERVAL_SECONDS: '0' },
      start: (env, clock) =>
        startService(parseConfig(configSchema, env), createLogger('complaints-test', 'silent'), { clock }),
    }),
    'CARE_COMPLAINTS',
  );
  const { token } = base;
  const tokens = {
    specialist: await token({ sub: 'agent-1', roles: ['cs_specialist'] }),
    manager: await token({ sub: 'manager-1', roles: ['cs_manager'] }),
    leadership: await token({ sub: 'gm-1', roles: ['leadership_group'] }),
    qcStaff: await token({ sub: 'qc-1', roles: ['department_staff'], department: 'QUALITY_CONTROL' }),
    qcHead: await token({ sub: 'qc-head', roles: ['department_head'], department: 'QUALITY_CONTROL' }),
    logisticsStaff: await token({ sub: 'lg-1', roles: ['department_staff'], department: 'LOGISTICS' }),
    salesStaff: await token({ sub: 'sales-1', roles: ['department_staff'], department: 'SALES' }),
    purchasingHead: await token({ sub: 'pu-head', roles: ['department_head'], department: 'PURCHASING' }),
    analyst: await token({ sub: 'analyst-1', roles: ['analyst'] }),
    partner: await token({ sub: 'customer-app', roles: ['partner'] }),
  };
  const h: Harness = {
    ...base,
    tokens,
    call: async <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
      dataOf(await gql<T>(base.service.app, query, variables, { token })),
    attempt: (token, query, variables = {}) => gql(base.service.app, query, variables, { token }),
    file: async (input) => {
      const customerId = input.customerId ?? (await h.registerCustomer());
      return (
        await h.call<{ fileComplaint: C }>(tokens.specialist, FILE, { input: { ...input, customerId } })
      ).fileComplaint;
    },
    complaintOf: async (id, token = tokens.specialist) =>
      (await h.call<{ complaint: C }>(token, GET, { id })).complaint,
    walk: (to, options = {}) => walk(h, to, options),
    eventsOf: (complaintId, name) =>
      base.tap.events.filter(
        (e) => e.subject === complaintId && (!name || e.type === `care.complaints.complaint.${name}.v1`),
      ),
    staffOf: (department) =>
      department === 'LOGISTICS'
        ? tokens.logisticsStaff
        : department === 'SALES'
          ? tokens.salesStaff
          : tokens.qcStaff,
    registerCustomer: async () => (await registerCustomers(base))[0]!,
    registerCustomers: (count) => registerCustomers(base, count),
    publish: (definition, subject, data) => publish(base, definition, subject, data),
    approvalDecided: (solutionId, decision) =>
      publish(base, approvalRequestDecided, randomUUID(), {
        requestId: randomUUID(),
        type: 'COMPENSATION',
        reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
        currency: 'CNY',
        reason: null,
        ...decision,
      }),
    detectSlaBreaches: () => base.service.jobs[SLA_BREACH_JOB]!.runNow() as Promise<string[]>,
  };
  return h;
}

/** The service for the tests of one file: started before them, closed after them (see `harnessForFile`). */
export const complaintsHarness = (label: string): Harness => harnessForFile(() => startHarness(label));

export interface Copy {
  customerId: string;
  description: string;
  receivedAt: string;
}

/**
 * Many complaints in one statement, for tests of reading many: copies of a complaint filed the ordinary
 * way, each for its own customer, description and receipt time, numbered on by the year's counter as
 * filings are (so later filings still number gaplessly).
 */
export async function fileCopies(h: Pick<Harness, 'sql'>, templateId: string, copies: Copy[]): Promise<void> {
  await h.sql(
    `WITH counter AS (
       UPDATE complaint_number_counter k SET last = k.last + cardinality($2::uuid[])
        WHERE k.year = (SELECT substring(number FROM 4 FOR 4)::int FROM complaint WHERE id = $1)
        RETURNING k.year, k.last - cardinality($2::uuid[]) AS before
     )
     INSERT INTO complaint
     SELECT (jsonb_populate_record(t, jsonb_build_object(
              'id', gen_random_uuid(),
              'number', 'CP-' || counter.year || '-' || lpad((counter.before + x.n)::text, 6, '0'),
              'customer_id', x.customer_id,
              'description', x.description,
              'received_at', x.received_at,
              'idempotency_key', NULL))).*
       FROM complaint t, counter,
            unnest($2::uuid[], $3::text[], $4::timestamptz[]) WITH ORDINALITY AS x(customer_id, description, received_at, n)
      WHERE t.id = $1`,
    [
      templateId,
      copies.map((c) => c.customerId),
      copies.map((c) => c.description),
      copies.map((c) => c.receivedAt),
    ],
  );
}

/** A token of a customer signed in to the customer app: `sub` is the customer's id. */
export function customerToken(customerId: string): Promise<string> {
  return testToken({ sub: customerId, name: 'A customer', roles: ['customer'] });
}

export const codesOf = (r: GqlResult<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);

/** Publishes another service's event on NATS, as its relay would. */
async function publish<S extends z.ZodObject>(
  h: EventTarget,
  definition: EventDefinition<S>,
  subject: string,
  data: z.input<S>,
): Promise<string> {
  const event = createEvent(definition, subject, data, {
    actor: { kind: 'service', id: definition.service },
    correlationId: randomUUID(),
  });
  // A core publish on a stream's subject is stored by JetStream like any other.
  h.service.nats.publish(`${h.db.namespace}.${definition.subject}`, JSON.stringify(event));
  await h.service.nats.flush();
  return event.id;
}

/** What publishing another service's event needs: the service's NATS connection and test namespace. */
interface EventTarget {
  db: Pick<TestSchema, 'namespace'>;
  service: Pick<ComplaintsService, 'nats' | 'dataSource'>;
}

/**
 * Registers new customers the way loyalty does, by publishing its `customer.registered` event on NATS,
 * and waits until complaints' projection knows them (a complaint may name only a known customer).
 */
async function registerCustomers(target: EventTarget, count = 1): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const customerId of ids)
    await publish(target, customerRegistered, customerId, {
      customerId,
      tier: 'MEMBER',
      region: 'CN-ZJ',
      registeredAt: '2026-01-05T02:00:00.000Z',
    });
  await expectEventually(async () => {
    const [row] = await target.service.dataSource.query(
      `SELECT count(*)::int AS n FROM known_customer WHERE customer_id = ANY($1::uuid[])`,
      [ids],
    );
    if (row.n !== count) throw new Error(`${row.n} of ${count} customers known`);
  });
  return ids;
}

export const FIELDS = `id number kind channel status category urgency complexity version escalation reopenCount
  customer { id } customerTier orderNumber productModel description expectedResolution receivedAt
  acknowledgement { accepted message handlingStartsAt expectedAnswerBy }
  departments leadDepartment handover { urgency customerExpectedBy notes }
  investigation { note evidence department }
  rootCause { category what why where when who how howMuch }
  solutions { id version description response responseReason compensation { points discountAmount refundAmount currency } }
  compensation { solutionId amount emergency status points refundAmount }
  feedback { whatWasDone satisfaction comment resultToldToCustomer }
  followUpFrom followUpDueBy
  followUps { outcome newProblem action withinWindow linkedComplaint { id number status } }
  report { cause handlingIssues solutionEffective }
  improvementActions { id description ownerDepartment dueDate status result }
  relatedComplaint { id number }
  sla { tier firstResponseTargetHours resolutionTargetHours firstResponseDueAt resolutionDueAt firstRespondedAt
        resolvedAt paused pausedWorkingHours firstResponseBreached resolutionBreached onTime workingHoursToResolve provisional }
  timeline { action status actorRole actorId note visibility }
  internalTimeline { action actorId note visibility }`;

/* eslint-disable @typescript-eslint/no-explicit-any */
export type C = Record<string, any>;

export const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ${FIELDS} } }`;

export function mutation(name: string, inputType: string) {
  return `mutation($input: ${inputType}!) { ${name}(input: $input) { ${FIELDS} } }`;
}

export const M = {
  classify: mutation('classifyComplaint', 'ClassifyComplaintInput'),
  assign: mutation('assignComplaint', 'AssignComplaintInput'),
  investigate: mutation('recordInvestigation', 'RecordInvestigationInput'),
  rootCause: mutation('recordRootCause', 'RecordRootCauseInput'),
  propose: mutation('proposeSolution', 'ProposeSolutionInput'),
  respond: mutation('recordCustomerResponse', 'RecordCustomerResponseInput'),
  implement: mutation('startImplementation', 'ComplaintVersionInput'),
  resolve: mutation('resolveComplaint', 'ResolveComplaintInput'),
  message: mutation('respondToCustomer', 'RespondToCustomerInput'),
  answer: mutation('answerInquiry', 'AnswerInquiryInput'),
  feedback: mutation('recordFeedback', 'RecordFeedbackInput'),
  followUp: mutation('recordFollowUp', 'RecordFollowUpInput'),
  reopen: mutation('reopenComplaint', 'ReopenComplaintInput'),
  close: mutation('closeComplaint', 'CloseComplaintInput'),
  addAction: mutation('addImprovementAction', 'AddImprovementActionInput'),
  completeAction: mutation('completeImprovementAction', 'CompleteImprovementActionInput'),
};

export const GET = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;

/** Mon 2 March 2026 10:00 Asia/Shanghai: an ordinary working morning. */
export const MONDAY_10 = '2026-03-02T02:00:00Z';

/** Walks a new complaint up to a status: see `Harness.walk`. */
async function walk(h: Harness, to: Walkable, options: WalkOptions): Promise<C> {
  const { tokens: t } = h;
  const reach = (s: Walkable) => WALKABLE.indexOf(to) >= WALKABLE.indexOf(s);
  let c = await h.file({
    customerId: options.customerId,
    channel: options.channel ?? 'PHONE',
    orderNumber: 'SO-2026-0042',
    productModel: 'TX-200',
    description: 'The fabric arrived torn',
    expectedResolution: 'A replacement',
    ...(options.receivedAt ? { receivedAt: options.receivedAt } : {}),
  });
  const step = async (token: string, m: string, input: Record<string, unknown>) => {
    const data = await h.call<Record<string, C>>(token, m, { input: { id: c.id, ...input } });
    c = Object.values(data)[0]!;
  };
  if (reach('CLASSIFIED'))
    await step(t.specialist, M.classify, {
      category: options.category ?? 'PRODUCT_QUALITY',
      urgency: options.urgency ?? 'HIGH',
      complexity: 'SIMPLE',
    });
  if (reach('ASSIGNED')) await step(t.manager, M.assign, { notes: 'Check batch 42' });
  const staff = h.staffOf(c.leadDepartment);
  if (reach('INVESTIGATING')) {
    await step(staff, M.investigate, { note: 'Batch 42 has weak seams', evidence: ['photo-1.jpg'] });
    await step(staff, M.rootCause, {
      category: 'MATERIAL',
      what: 'Weak seams',
      why: 'Supplier changed thread',
      who: 'Supplier QA',
    });
  }
  if (reach('SOLUTION_PROPOSED'))
    await step(staff, M.propose, {
      description: 'Send a replacement',
      compensation: options.compensation ?? null,
    });
  if (reach('SOLUTION_ACCEPTED'))
    await step(t.specialist, M.respond, {
      solutionId: c.solutions[c.solutions.length - 1].id,
      response: 'ACCEPT',
    });
  if (reach('IMPLEMENTING')) await step(staff, M.implement, {});
  if (reach('RESOLVED')) await step(staff, M.resolve, { summary: 'Replacement delivered' });
  return c;
}
