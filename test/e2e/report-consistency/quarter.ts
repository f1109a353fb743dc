/**
 * A known quarter of the company (2026-Q2, with May 2026 as its reported month), played through the
 * gateway on one clock: customers and their purchases since 2025, Diamond and Gold customers, two reward
 * campaigns approved, run, closed and one settled, complaints filed, resolved on time and late, rated,
 * visited, one reopened, an inquiry and a suggestion. Every figure the reports show follows from these
 * steps alone; the numbers are worked out beside the assertions in report-consistency.spec.ts.
 */
import { expectEventually, type TestActor } from '@care/testing';
import { type Company, STAFF } from '../processes/steps';

/** The departments' staff who handle the complaints of the quarter, by the category that routes to them. */
const HANDLER: Record<string, TestActor> = {
  PRODUCT_QUALITY: STAFF.qcStaff,
  LOGISTICS_DELAY: { sub: 'logistics-staff-fan', roles: ['department_staff'], department: 'LOGISTICS' },
  BILLING: { sub: 'finance-staff-deng', roles: ['department_staff'], department: 'FINANCE' },
};

/** Who decides a step of a campaign's approval (the signer, the sales head, may not decide his own). */
const APPROVER: Record<string, TestActor> = {
  INTERNAL_CONTROL: STAFF.internalControl,
  DEPARTMENT_HEAD: STAFF.marketingHead,
  FINANCE: STAFF.finance,
  VP: STAFF.vp,
  GM: STAFF.gm,
};

/** The customers, by their part in the quarter. */
export const CUSTOMERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const;
export type Who = (typeof CUSTOMERS)[number];

export interface Quarter {
  customer: Record<Who, string>;
  campaign: { K1: string; K2: string };
  complaint: Record<'PA' | 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7', string>;
}

const at = (day: string, time: string) => `2026-${day}T${time}:00+08:00`;

/** The company's quarter, played on `company` (its clock may start anywhere before 2026-03-02 09:30). */
export async function playQuarter(company: Company): Promise<Quarter> {
  const c = {} as Record<Who, string>;
  let order = 0;
  const buy = async (who: Who, amount: string, purchasedAt?: string) => {
    order += 1;
    await company.ok(
      STAFF.sales,
      `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`,
      {
        input: {
          customerId: c[who],
          orderNumber: `RC-${order}`,
          amount,
          ...(purchasedAt ? { purchasedAt } : {}),
        },
      },
    );
    return `RC-${order}`;
  };
  const setTier = (who: Who, tier: string) =>
    company.ok(
      STAFF.internalControl,
      `mutation($input: OverrideTierInput!) { overrideTier(input: $input) { id } }`,
      {
        input: { customerId: c[who], tier, reason: 'Confirmed against the purchase history' },
      },
    );

  // March 2026: the customers, their tiers and what they bought before the quarter.
  company.at(at('03-02', '09:30'));
  for (const who of CUSTOMERS) {
    const { registerCustomer } = await company.ok<{ registerCustomer: { id: string } }>(
      STAFF.sales,
      `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { id } }`,
      { input: { name: `Customer ${who}`, region: 'CN-ZJ', ...(who === 'G' ? { tags: ['silk'] } : {}) } },
    );
    c[who] = registerCustomer.id;
  }
  company.at(at('03-02', '10:00'));
  for (const who of ['G', 'H', 'I'] as const) await setTier(who, 'DIAMOND');
  for (const who of ['J', 'K', 'L'] as const) await setTier(who, 'GOLD');
  company.at(at('03-02', '10:30'));
  await buy('E', '6000.00', '2025-02-10T11:00:00+08:00');
  await buy('D', '3000.00', '2025-05-10T11:00:00+08:00');
  await buy('A', '800.00', '2025-05-20T11:00:00+08:00');
  await buy('A', '1200.00', '2025-06-15T11:00:00+08:00');
  await buy('B', '5000.00', '2025-09-01T11:00:00+08:00');
  await buy('C', '2500.00', '2025-11-11T11:00:00+08:00');
  await buy('A', '3000.00');

  // The first instant of the quarter: I leaves Diamond.
  company.at('2026-04-01T00:00:00+08:00');
  await setTier('I', 'PLATINUM');
  company.at(at('04-10', '11:00'));
  await buy('A', '20000.00');
  company.at(at('04-15', '11:00'));
  const returned = await buy('F', '9000.00');
  const pa = await intake(company, c.A, 'PRODUCT_QUALITY', 'NORMAL', at('04-20', '10:00'));
  company.at(at('04-20', '15:00'));
  await company.ok(
    STAFF.sales,
    `mutation($input: RecordReturnInput!) { recordReturn(input: $input) { id } }`,
    {
      input: { orderNumber: returned, returnNumber: 'RT-F-1', amountCny: '9000.00' },
    },
  );

  // May: two campaigns, purchases, complaints.
  const k1 = await newCampaign(company, at('05-06', '09:30'), { targetTiers: ['GOLD'], budget: '5000.00' });
  await resolve(company, pa, 'PRODUCT_QUALITY', at('05-06', '10:00'), 1);
  await approve(company, k1, at('05-06', '14:00'));
  const k2 = await newCampaign(company, at('05-07', '09:30'), {
    targetTiers: ['DIAMOND'],
    targetTags: ['silk'],
    budget: '8000.00',
  });
  await approve(company, k2, at('05-07', '14:00'));
  company.at(at('05-08', '10:00'));
  await buy('B', '40000.00');
  const p1 = await intake(company, c.A, 'PRODUCT_QUALITY', 'NORMAL', at('05-11', '10:00'));
  company.at(at('05-11', '19:00'));
  await interaction(company, k1, c.J, '1000.00');
  await interaction(company, k1, c.K, '1500.00');
  const p2 = await intake(company, c.B, 'PRODUCT_QUALITY', 'HIGH', at('05-12', '10:00'));
  company.at(at('05-12', '15:00'));
  await buy('A', '15000.00');
  company.at(at('05-12', '19:00'));
  await interaction(company, k2, c.G, '2000.00');
  await resolve(company, p1, 'PRODUCT_QUALITY', at('05-13', '10:00'), 5);
  const p3 = await intake(company, c.C, 'LOGISTICS_DELAY', 'NORMAL', at('05-14', '10:00'));
  const p6 = await intake(company, c.C, 'BILLING', 'NORMAL', at('05-18', '10:00'));
  await resolve(company, p3, 'LOGISTICS_DELAY', at('05-18', '16:00'), 4);
  await resolve(company, p2, 'PRODUCT_QUALITY', at('05-19', '10:00'), 2);
  await followUp(company, p1, at('05-19', '15:00'));
  await shortMatter(company, c.D, 'INQUIRY', at('05-20', '10:00'));
  await resolve(company, p6, 'BILLING', at('05-20', '15:00'), 3);
  company.at(at('05-20', '17:00'));
  await buy('E', '7000.00');
  await shortMatter(company, c.E, 'SUGGESTION', at('05-21', '10:00'));
  await followUp(company, p3, at('05-25', '10:00'));
  company.at(at('05-25', '11:00'));
  await company.complaintStep(STAFF.csManager, 'reopenComplaint', {
    id: p6,
    reason: 'The corrected invoice still shows the wrong tax rate',
  });
  company.at(at('05-25', '15:00'));
  await buy('F', '11000.00');
  const p4 = await intake(company, c.E, 'LOGISTICS_DELAY', 'NORMAL', at('05-27', '10:00'), 'ASSIGNED');
  company.at(at('05-28', '10:00'));
  const p5 = (await file(company, c.F, 'COMPLAINT')).id;
  const p7 = await intake(company, c.B, 'PRODUCT_QUALITY', 'NORMAL', at('05-29', '10:00'));
  company.at(at('05-29', '16:00'));
  await campaignStep(company, STAFF.marketing, 'closeCampaign', k1);

  // June: the last resolution, settlement, the rest of the quarter's purchases, H leaves Diamond.
  await resolve(company, p7, 'PRODUCT_QUALITY', at('06-02', '10:00'), 5);
  company.at(at('06-03', '10:00'));
  await buy('B', '25000.00');
  company.at(at('06-03', '11:00'));
  await campaignStep(company, STAFF.finance, 'settleCampaign', k1);
  company.at(at('06-03', '11:30'));
  await campaignStep(company, STAFF.sales, 'archiveCampaign', k1);
  company.at(at('06-05', '16:00'));
  await campaignStep(company, STAFF.marketing, 'closeCampaign', k2);
  company.at(at('06-10', '10:00'));
  await buy('C', '18000.00');
  company.at(at('06-10', '11:00'));
  await setTier('H', 'PLATINUM');

  // July: the quarter is over; its reports are read once governance has applied every event published.
  company.at(at('07-02', '10:00'));
  await governanceHasApplied(company);

  return {
    customer: c,
    campaign: { K1: k1, K2: k2 },
    complaint: { PA: pa, P1: p1, P2: p2, P3: p3, P4: p4, P5: p5, P6: p6, P7: p7 },
  };
}

const file = (company: Company, customerId: string, kind: string) =>
  company.fileComplaint({
    customerId,
    kind,
    channel: 'PHONE',
    description: `A ${kind.toLowerCase()} of the quarter`,
  });

/** A complaint from intake to implementation on one working day (or only to its hand-over). */
async function intake(
  company: Company,
  customerId: string,
  category: string,
  urgency: string,
  receivedAt: string,
  until: 'ASSIGNED' | 'IMPLEMENTING' = 'IMPLEMENTING',
): Promise<string> {
  const later = (minutes: number) =>
    company.at(new Date(Date.parse(receivedAt) + minutes * 60_000).toISOString());
  company.at(receivedAt);
  const { id } = await file(company, customerId, 'COMPLAINT');
  later(10);
  await company.handOver(id, { category, urgency, complexity: 'SIMPLE' }, 'Handed over for the quarter');
  if (until === 'ASSIGNED') return id;
  const handler = HANDLER[category]!;
  later(60);
  await company.investigate(handler, id, {
    note: 'Checked',
    category: 'METHOD',
    what: 'The fault',
    why: 'Its cause',
  });
  later(120);
  const proposed = await company.complaintStep(handler, 'proposeSolution', {
    id,
    description: 'Put it right',
  });
  later(130);
  await company.complaintStep(STAFF.csSpecialist, 'recordCustomerResponse', {
    id,
    solutionId: proposed.solutions.at(-1)!.id,
    response: 'ACCEPT',
  });
  later(140);
  await company.complaintStep(handler, 'startImplementation', { id });
  return id;
}

/** Resolved by its department at `resolvedAt`; the customer's satisfaction recorded an hour later. */
async function resolve(
  company: Company,
  id: string,
  category: string,
  resolvedAt: string,
  satisfaction: number,
) {
  company.at(resolvedAt);
  await company.complaintStep(HANDLER[category]!, 'resolveComplaint', { id, summary: 'Put right' });
  company.at(new Date(Date.parse(resolvedAt) + 3_600_000).toISOString());
  await company.complaintStep(STAFF.csSpecialist, 'recordFeedback', {
    id,
    whatWasDone: 'Put right',
    satisfaction,
    resultToldToCustomer: true,
  });
}

async function followUp(company: Company, id: string, when: string) {
  company.at(when);
  await company.complaintStep(STAFF.csSpecialist, 'recordFollowUp', {
    id,
    outcome: 'All well',
    newProblem: false,
  });
}

/** An inquiry or a suggestion, answered half an hour later. */
async function shortMatter(company: Company, customerId: string, kind: string, when: string) {
  company.at(when);
  const { id } = await file(company, customerId, kind);
  company.at(new Date(Date.parse(when) + 1_800_000).toISOString());
  await company.complaintStep(STAFF.csSpecialist, 'answerInquiry', { id, answer: 'Thank you, noted' });
}

/** A campaign drafted by sales and submitted by its head a quarter of an hour later. */
async function newCampaign(
  company: Company,
  when: string,
  input: { targetTiers: string[]; targetTags?: string[]; budget: string },
): Promise<string> {
  company.at(when);
  const day = when.slice(0, 10);
  const { createCampaign } = await company.ok<{ createCampaign: { id: string } }>(
    STAFF.sales,
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name: `Silk evening ${day}`,
        type: 'APPRECIATION_EVENT',
        startsOn: day,
        endsOn: day.replace(/-\d\d$/, '-28'),
        ...input,
      },
    },
  );
  company.at(new Date(Date.parse(when) + 900_000).toISOString());
  await campaignStep(company, STAFF.salesHead, 'submitCampaign', createCampaign.id);
  return createCampaign.id;
}

/** Every step of the campaign's approval decided, half an hour apart from `from`; waits for loyalty to know. */
async function approve(company: Company, campaignId: string, from: string) {
  let request = await company.approvalFor(campaignId);
  for (let n = 0; request.status === 'PENDING'; n++) {
    company.at(new Date(Date.parse(from) + n * 1_800_000).toISOString());
    const step = request.steps.find((s) => s.decision === null)!;
    request = await company.decide(APPROVER[step.authority]!, request.id, 'APPROVE');
  }
  expect(request.status).toBe('APPROVED');
  await expectEventually(async () => {
    const { campaign } = await company.ok<{ campaign: { status: string } }>(
      STAFF.sales,
      `query($id: ID!) { campaign(id: $id) { status } }`,
      { id: campaignId },
    );
    expect(campaign.status).toBe('APPROVED');
  });
}

const campaignStep = (company: Company, who: TestActor, mutation: string, id: string) =>
  company.ok(who, `mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id });

const interaction = (company: Company, campaignId: string, customerId: string, cost: string) =>
  company.ok(
    STAFF.marketing,
    `mutation($input: RecordCampaignInteractionInput!) { recordCampaignInteraction(input: $input) { id } }`,
    { input: { campaignId, customerId, kind: 'EVENT_INVITATION', cost, note: 'Silk evening' } },
  );

/** The services whose streams governance projects for its checks and reports. */
const PROJECTED = ['customers-and-loyalty', 'complaints', 'approvals'];

/**
 * Waits until every event the three services wrote is published (their outboxes hold nothing due) and
 * governance's `check-projections` consumer has applied each one (its inbox row commits with the facts).
 */
async function governanceHasApplied(company: Company) {
  const { schemas } = company.system;
  const governance = schemas.governance!;
  await expectEventually(
    async () => {
      const published: string[] = [];
      for (const service of PROJECTED) {
        const db = schemas[service]!;
        const rows = await db.query<{ id: string; published: boolean }>(
          `SELECT id, published_at IS NOT NULL AS published FROM "${db.schema}".outbox`,
        );
        expect(rows.filter((r) => !r.published)).toEqual([]);
        published.push(...rows.map((r) => r.id));
      }
      const [unapplied] = await governance.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM unnest($1::uuid[]) AS e(id) WHERE NOT EXISTS (
           SELECT 1 FROM "${governance.schema}".inbox i WHERE i.consumer = 'governance.check-projections' AND i.event_id = e.id)`,
        [published],
      );
      expect(unapplied).toEqual({ n: 0 });
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  );
}
