import { randomUUID } from 'node:crypto';
import { createEvent, customerRegistered, type EventDefinition } from '@care/contracts';
import { createLogger, parseConfig } from '@care/service-kit';
import {
  createTestSchema,
  dataOf,
  expectEventually,
  gql,
  tapStream,
  testServiceEnv,
  testToken,
  type EventTap,
  type GqlResult,
  type TestSchema,
} from '@care/testing';
import type { z } from 'zod';
import { startService, type ComplaintsHandle } from '../src/app';
import { configSchema } from '../src/config';

/** A clock the test sets: the service, its consumers and its job all read it. */
export class FixedClock {
  constructor(private at = new Date('2026-03-02T02:00:00Z')) {}
  now(): Date {
    return new Date(this.at.getTime());
  }
  set(iso: string): void {
    this.at = new Date(iso);
  }
}

export interface Harness {
  db: TestSchema;
  service: ComplaintsHandle;
  clock: FixedClock;
  events: EventTap;
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
  close: () => Promise<void>;
}

export async function startHarness(label: string): Promise<Harness> {
  const db = await createTestSchema(label);
  const clock = new FixedClock();
  const service = await startService(
    parseConfig(configSchema, testServiceEnv(db, { SLA_JOB_INTERVAL_SECONDS: '0' })),
    createLogger('complaints-test', 'silent'),
    { clock },
  );
  const events = await tapStream(db.namespace, 'CARE_COMPLAINTS');
  const tokens = {
    specialist: await testToken({ sub: 'agent-1', roles: ['cs_specialist'] }),
    manager: await testToken({ sub: 'manager-1', roles: ['cs_manager'] }),
    leadership: await testToken({ sub: 'gm-1', roles: ['leadership_group'] }),
    qcStaff: await testToken({ sub: 'qc-1', roles: ['department_staff'], department: 'QUALITY_CONTROL' }),
    qcHead: await testToken({ sub: 'qc-head', roles: ['department_head'], department: 'QUALITY_CONTROL' }),
    logisticsStaff: await testToken({ sub: 'lg-1', roles: ['department_staff'], department: 'LOGISTICS' }),
    salesStaff: await testToken({ sub: 'sales-1', roles: ['department_staff'], department: 'SALES' }),
    purchasingHead: await testToken({ sub: 'pu-head', roles: ['department_head'], department: 'PURCHASING' }),
    analyst: await testToken({ sub: 'analyst-1', roles: ['analyst'] }),
    partner: await testToken({ sub: 'customer-app', roles: ['partner'] }),
  };
  return {
    db,
    service,
    clock,
    events,
    tokens,
    close: async () => {
      await events.stop();
      await service.close();
      await db.drop();
    },
  };
}

/** A token of a customer signed in to the customer app: `sub` is the customer's id. */
export function customerToken(customerId: string): Promise<string> {
  return testToken({ sub: customerId, name: 'A customer', roles: ['customer'] });
}

export async function call<T = Record<string, unknown>>(
  h: Harness,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return dataOf(await gql<T>(h.service.app, query, variables, { token }));
}

export function attempt(h: Harness, token: string, query: string, variables: Record<string, unknown> = {}) {
  return gql(h.service.app, query, variables, { token });
}

export const codesOf = (r: GqlResult<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);

/** Publishes another service's event on NATS, as its relay would. */
export async function publish<S extends z.ZodObject>(
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
export interface EventTarget {
  db: Pick<TestSchema, 'namespace'>;
  service: Pick<ComplaintsHandle, 'nats' | 'dataSource'>;
}

/**
 * Registers new customers the way loyalty does, by publishing its `customer.registered` event on NATS,
 * and waits until complaints' projection knows them (a complaint may name only a known customer).
 */
export async function registerCustomers(target: EventTarget, count = 1): Promise<string[]> {
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

/** One new customer the platform knows. */
export async function registerCustomer(target: EventTarget): Promise<string> {
  return (await registerCustomers(target))[0]!;
}

export const eventsOf = (h: Harness, complaintId: string, name?: string) =>
  h.events.events.filter(
    (e) => e.subject === complaintId && (!name || e.type === `care.complaints.complaint.${name}.v1`),
  );

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

/** Files a complaint and walks it up to a status, returning the complaint as the graph shows it. */
export async function walk(
  h: Harness,
  to:
    | 'RECEIVED'
    | 'CLASSIFIED'
    | 'ASSIGNED'
    | 'INVESTIGATING'
    | 'SOLUTION_PROPOSED'
    | 'SOLUTION_ACCEPTED'
    | 'IMPLEMENTING'
    | 'RESOLVED',
  options: {
    customerId?: string;
    urgency?: 'NORMAL' | 'HIGH' | 'URGENT';
    category?: string;
    compensation?: Record<string, unknown> | null;
    channel?: string;
    receivedAt?: string;
  } = {},
): Promise<C> {
  const { tokens: t } = h;
  const order = [
    'RECEIVED',
    'CLASSIFIED',
    'ASSIGNED',
    'INVESTIGATING',
    'SOLUTION_PROPOSED',
    'SOLUTION_ACCEPTED',
    'IMPLEMENTING',
    'RESOLVED',
  ];
  const reach = (s: string) => order.indexOf(to) >= order.indexOf(s);
  let c: C = (
    await call<{ fileComplaint: C }>(h, t.specialist, FILE, {
      input: {
        customerId: options.customerId ?? (await registerCustomer(h)),
        channel: options.channel ?? 'PHONE',
        orderNumber: 'SO-2026-0042',
        productModel: 'TX-200',
        description: 'The fabric arrived torn',
        expectedResolution: 'A replacement',
        ...(options.receivedAt ? { receivedAt: options.receivedAt } : {}),
      },
    })
  ).fileComplaint;
  const step = async (token: string, m: string, input: Record<string, unknown>) => {
    const data = await call<Record<string, C>>(h, token, m, { input: { id: c.id, ...input } });
    c = Object.values(data)[0]!;
  };
  if (reach('CLASSIFIED'))
    await step(t.specialist, M.classify, {
      category: options.category ?? 'PRODUCT_QUALITY',
      urgency: options.urgency ?? 'HIGH',
      complexity: 'SIMPLE',
    });
  if (reach('ASSIGNED')) await step(t.manager, M.assign, { notes: 'Check batch 42' });
  const staff = staffOf(h, c.leadDepartment);
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

/** A department_staff token of the given department. */
export function staffOf(h: Harness, department: string | null): string {
  const t = h.tokens;
  return department === 'LOGISTICS' ? t.logisticsStaff : department === 'SALES' ? t.salesStaff : t.qcStaff;
}
