/**
 * The steps the company's processes share (DOMAIN sections 1-4 end to end). Everything goes through the
 * gateway with the tokens of the people who act; every subgraph, consumer and job reads one clock the test
 * moves on (a fixed instant in 2026, a year the calendar has holiday data for); a real NATS subscriber on
 * every stream plays the partner.
 */
import {
  dataOf,
  errorCodes,
  expectEventually,
  gql,
  harnessForFile,
  tapStream,
  TestClock,
  testToken,
  type EventTap,
  type GqlResult,
  type TestActor,
} from '@care/testing';
import { startSystem, type System } from '../harness';
import { customerWhoSpent } from '../people';
import {
  APPROVAL_FIELDS,
  CAMPAIGN_FIELDS,
  COMPLAINT_FIELDS,
  type ApprovalView,
  type AuditEntryView,
  type CampaignView,
  type ComplaintView,
  type Refusal,
  type Wallet,
  STAFF,
} from './views';

export { STAFF, utc } from './views';

/**
 * How long a step waits for what other services do on its events: generous, for a loaded machine; a step
 * that succeeds returns as soon as it sees it.
 */
export const EVENTUALLY = { timeoutMs: 30_000, intervalMs: 100 };

/** How long one process (one test) may take, its waits included. */
const PROCESS_TIMEOUT_MS = 180_000;

/** Every timed job that watches deadlines, off its timer (0): a test's pace never decides what it finds. */
const JOBS_ON_DEMAND = { SLA_JOB_INTERVAL_SECONDS: '0', OVERDUE_JOB_INTERVAL_SECONDS: '0' };

/** The streams a partner may read. */
const PARTNER_STREAMS = ['CARE_COMPLAINTS', 'CARE_LOYALTY', 'CARE_APPROVALS', 'CARE_GOVERNANCE'];

export type PartnerEvent = EventTap['events'][number];

/** The entities whose audit trail governance adds to the graph, by the root field that reads them. */
export type TrailOwner = 'complaint' | 'customer' | 'approvalRequest' | 'campaign';

/** Whether `actual` has at least the fields of `expected` (jest's toMatchObject, as a test). */
function fits(actual: unknown, expected: Record<string, unknown>): boolean {
  try {
    expect(actual).toMatchObject(expected);
    return true;
  } catch {
    return false;
  }
}

const inputTypeOf = (mutation: string) =>
  mutation === 'startImplementation'
    ? 'ComplaintVersionInput'
    : `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;

interface World {
  system: System;
  clock: TestClock;
  taps: EventTap[];
  close: () => Promise<void>;
}

/** The company at work: the system, its clock, the partner and the steps people take. */
export class Company {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(private readonly world: World) {}

  get system(): System {
    return this.world.system;
  }

  /** Moves every service's clock to an instant (with its offset, e.g. `2026-03-02T10:00:00+08:00`). */
  at(instant: string): void {
    this.world.clock.set(instant);
  }

  now(): string {
    return this.world.clock.now().toISOString();
  }

  /** Runs a service's timed job now, as its schedule would at the clock's time (`emergency-ratification` ...). */
  async runJob(service: string, job: string): Promise<unknown> {
    const scheduled = this.system.subgraphs[service]?.jobs[job];
    if (!scheduled) throw new Error(`${service} has no job ${job}`);
    return scheduled.runNow();
  }

  /** Sends one operation through the gateway as `who`. */
  async send<T>(who: TestActor, query: string, variables: Record<string, unknown> = {}) {
    const key = JSON.stringify(who);
    if (!this.tokens.has(key)) this.tokens.set(key, testToken(who));
    const token = await this.tokens.get(key)!;
    return gql<T>(this.system.gateway.app, query, variables, { token });
  }

  /** The data of an operation that must succeed. */
  async ok<T>(who: TestActor, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return dataOf(await this.send<T>(who, query, variables));
  }

  /** The value of the one root field of an operation that must succeed. */
  async answer<T>(who: TestActor, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const fields = Object.values(await this.ok<Record<string, T>>(who, query, variables));
    if (fields.length !== 1) throw new Error(`answer reads one root field, not ${fields.length}`);
    return fields[0]!;
  }

  /** The error code of an operation that must be refused (undefined when it was not). */
  async refusal(who: TestActor, query: string, variables: Record<string, unknown> = {}): Promise<Refusal> {
    const result: GqlResult<unknown> = await this.send(who, query, variables);
    return errorCodes(result)[0] as Refusal;
  }

  // ---- customers and loyalty ------------------------------------------------------------------

  /** A registered, identity-verified customer with `spend` CNY of purchases (a point per yuan) and a tier. */
  async newCustomer(name: string, options: { spend: string; tier?: string }): Promise<string> {
    const customerId = await customerWhoSpent(
      (who: TestActor, query, variables) => this.ok(who, query, variables),
      STAFF.sales,
      name,
      options.spend,
    );
    if (options.tier)
      await this.ok(
        STAFF.internalControl,
        `mutation($input: OverrideTierInput!) { overrideTier(input: $input) { id } }`,
        { input: { customerId, tier: options.tier, reason: 'Confirmed against the purchase history' } },
      );
    return customerId;
  }

  async wallet(customerId: string): Promise<Wallet> {
    return this.answer<Wallet>(
      STAFF.sales,
      `query($id: ID!) { customer(id: $id) { tier status pointsBalance lockedPoints } }`,
      { id: customerId },
    );
  }

  // ---- complaints -----------------------------------------------------------------------------

  /**
   * Takes a complaint in (customer service): complaints learns of a customer registered a moment ago from
   * loyalty's event, so the intake is retried while the customer is NOT_FOUND there.
   */
  async fileComplaint(input: Record<string, unknown>): Promise<ComplaintView> {
    return expectEventually(async () => {
      const result = await this.send<{ fileComplaint: ComplaintView }>(
        STAFF.csSpecialist,
        `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ${COMPLAINT_FIELDS} } }`,
        { input },
      );
      expect(errorCodes(result)).toEqual([]);
      return dataOf(result).fileComplaint;
    }, EVENTUALLY);
  }

  /** One step of a complaint's handling (`classifyComplaint`, `proposeSolution` ...) as `who`. */
  async complaintStep(
    who: TestActor,
    mutation: string,
    input: Record<string, unknown>,
  ): Promise<ComplaintView> {
    const operation = `mutation($input: ${inputTypeOf(mutation)}!) { ${mutation}(input: $input) { ${COMPLAINT_FIELDS} } }`;
    // No expectedVersion: a reaction to an event (an approval's decision, a tier change) changing the
    // complaint at the same moment is waited for, not a CONFLICT; any error fails at once.
    return this.answer<ComplaintView>(who, operation, { input });
  }

  /** The code a complaint step is refused with. */
  async complaintStepRefusal(who: TestActor, mutation: string, input: Record<string, unknown>) {
    const operation = `mutation($input: ${inputTypeOf(mutation)}!) { ${mutation}(input: $input) { id } }`;
    return this.refusal(who, operation, { input });
  }

  /** Classified by customer service and handed over to the department the category points to (DOMAIN 1.3-1.4). */
  async handOver(
    id: string,
    classification: { category: string; urgency: string; complexity: string },
    notes: string,
  ): Promise<ComplaintView> {
    await this.complaintStep(STAFF.csSpecialist, 'classifyComplaint', { id, ...classification });
    return this.complaintStep(STAFF.csManager, 'assignComplaint', { id, notes });
  }

  /** The department's investigation note and root cause (DOMAIN 1.5). */
  async investigate(
    who: TestActor,
    id: string,
    finding: { note: string; category: string; what: string; why: string },
  ): Promise<ComplaintView> {
    await this.complaintStep(who, 'recordInvestigation', {
      id,
      note: finding.note,
      evidence: ['ledger export'],
    });
    return this.complaintStep(who, 'recordRootCause', {
      id,
      category: finding.category,
      what: finding.what,
      why: finding.why,
    });
  }

  /**
   * The department proposes a solution (with a compensation, if any) and the customer accepts it, at
   * `answerAt` when given (DOMAIN 1.6): the complaint as it stands then and the solution's id.
   */
  async acceptedSolution(
    department: TestActor,
    id: string,
    solution: { description: string; compensation?: { points: number } },
    answerAt?: string,
  ): Promise<{ complaint: ComplaintView; solutionId: string }> {
    const proposed = await this.complaintStep(department, 'proposeSolution', { id, ...solution });
    const solutionId = proposed.solutions.at(-1)!.id;
    if (answerAt) this.at(answerAt);
    const complaint = await this.complaintStep(STAFF.csSpecialist, 'recordCustomerResponse', {
      id,
      solutionId,
      response: 'ACCEPT',
    });
    return { complaint, solutionId };
  }

  // ---- campaigns --------------------------------------------------------------------------------

  /** Sales drafts a reward campaign (DOMAIN 2.4). */
  async createCampaign(input: Record<string, unknown>): Promise<CampaignView> {
    return this.answer<CampaignView>(
      STAFF.sales,
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`,
      { input },
    );
  }

  /** A change of a campaign's life (`submitCampaign`, `closeCampaign`, `settleCampaign` ...) as `who`. */
  async campaignStep(who: TestActor, mutation: string, id: string): Promise<CampaignView> {
    return this.answer<CampaignView>(
      who,
      `mutation($id: ID!) { ${mutation}(id: $id) { ${CAMPAIGN_FIELDS} } }`,
      { id },
    );
  }

  /** Marketing records a guest of a running campaign at a cost, with 500 points: the campaign, or the refusal. */
  async campaignGuest(campaignId: string, customerId: string, cost: string) {
    const result = await this.send<{ recordCampaignInteraction: CampaignView }>(
      STAFF.marketing,
      `mutation($input: RecordCampaignInteractionInput!) { recordCampaignInteraction(input: $input) {
        ${CAMPAIGN_FIELDS} } }`,
      { input: { campaignId, customerId, kind: 'EVENT_INVITATION', cost, points: 500, note: 'Invited' } },
    );
    return { campaign: result.data?.recordCampaignInteraction, refusal: errorCodes(result)[0] as Refusal };
  }

  // ---- approvals ------------------------------------------------------------------------------

  /** The approval request opened for what another service asked for (its reference id). */
  async approvalFor(referenceId: string): Promise<ApprovalView> {
    return expectEventually(async () => {
      const { approvalRequests } = await this.ok<{ approvalRequests: { edges: { node: ApprovalView }[] } }>(
        STAFF.audit,
        `{ approvalRequests(first: 100) { edges { node { ${APPROVAL_FIELDS} } } } }`,
      );
      const found = approvalRequests.edges.map((e) => e.node).find((r) => r.reference?.id === referenceId);
      expect(found).toBeDefined();
      return found!;
    }, EVENTUALLY);
  }

  async approval(id: string): Promise<ApprovalView> {
    return this.answer<ApprovalView>(
      STAFF.audit,
      `query($id: ID!) { approvalRequest(id: $id) { ${APPROVAL_FIELDS} } }`,
      { id },
    );
  }

  /** Decides the current step of a request as `who` (a reason for a rejection). */
  async decide(who: TestActor, id: string, decision: string, reason?: string): Promise<ApprovalView> {
    return this.answer<ApprovalView>(
      who,
      `mutation($input: DecideApprovalRequestInput!) { decideApprovalRequest(input: $input) { ${APPROVAL_FIELDS} } }`,
      { input: { id, decision, ...(reason ? { reason } : {}) } },
    );
  }

  async decisionRefusal(who: TestActor, id: string): Promise<Refusal> {
    return this.refusal(
      who,
      `mutation($id: ID!) { decideApprovalRequest(input: { id: $id, decision: APPROVE }) { id } }`,
      { id },
    );
  }

  // ---- governance -----------------------------------------------------------------------------

  /** The audit trail governance keeps of an entity of another service, read by audit through the graph. */
  async trail(owner: TrailOwner, id: string): Promise<AuditEntryView[]> {
    const data = await this.ok<Record<string, { auditTrail: { edges: { node: AuditEntryView }[] } }>>(
      STAFF.audit,
      `query($id: ID!) { ${owner}(id: $id) { auditTrail(first: 100) { edges { node {
        action subjectType subjectId actor position details } } } } }`,
      { id },
    );
    return data[owner]!.auditTrail.edges.map((e) => e.node);
  }

  /** The trail once it holds every one of these actions (event types, or notes' actions). */
  async trailWith(owner: TrailOwner, id: string, actions: string[]): Promise<AuditEntryView[]> {
    return expectEventually(async () => {
      const entries = await this.trail(owner, id);
      expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(actions));
      return entries;
    }, EVENTUALLY);
  }

  // ---- the partner ----------------------------------------------------------------------------

  /** Every event the partner has read, stream by stream. */
  partnerEvents(): PartnerEvent[] {
    return this.world.taps.flatMap((t) => t.events);
  }

  /** The event the partner reads of this type whose data has these fields (waits for it). */
  async partnerSees(type: string, data: Record<string, unknown>): Promise<PartnerEvent> {
    return expectEventually(() => {
      const seen = this.partnerEvents().filter((e) => e.type === type);
      const found = seen.find((e) => fits(e.data, data));
      if (!found)
        throw new Error(
          `no ${type} with ${JSON.stringify(data)} among ${JSON.stringify(seen.map((e) => e.data))}`,
        );
      return found;
    }, EVENTUALLY);
  }

  /** The types of the events about one subject (an aggregate id), in the order the partner read them. */
  typesAbout(subject: string): string[] {
    return this.partnerEvents()
      .filter((e) => e.subject === subject)
      .map((e) => e.type.replace(/^care\./, '').replace(/\.v\d+$/, ''));
  }
}

/**
 * The whole system for the tests of a file, its clock at `startAt`, and the partner reading every stream
 * from its start; stopped after the tests. Each test of the file is a process: it may take
 * PROCESS_TIMEOUT_MS.
 */
export function companyForFile(startAt: string): Company {
  jest.setTimeout(PROCESS_TIMEOUT_MS);
  const world = harnessForFile<World>(async () => {
    const clock = new TestClock(startAt);
    // The timed jobs run when a process says the time has come (runJob), never on a timer of their own.
    const system = await startSystem({ clock, subgraphEnv: JOBS_ON_DEMAND });
    const taps: EventTap[] = [];
    const close = async () => {
      for (const tap of taps) await tap.stop();
      await system.stop();
    };
    try {
      for (const stream of PARTNER_STREAMS) taps.push(await tapStream(system.namespace, stream));
    } catch (error) {
      await close();
      throw error;
    }
    return { system, clock, taps, close };
  }, 120_000);
  return new Company(world);
}
