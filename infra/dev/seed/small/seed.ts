/**
 * The small demo company (`pnpm seed`, `--size small`): 40 customers (mainland, Hong Kong and
 * overseas) with a year of purchases, tiers from that spend, consents, identity checks and redemptions;
 * four data change requests, two of them waiting for review; two reward campaigns; 30 complaints in
 * every stage of their lifecycle. Names and amounts come from a fixed random seed; a second run finds
 * what the first created (customers by their `demo-seed` tag, orders by number, redemptions and
 * complaints by their idempotency keys, change requests by their ID document reference, campaigns by
 * name) and creates nothing twice.
 */
import { systemClock } from '@care/service-kit';
import { existingCampaigns, runCampaign } from '../campaigns';
import { seedChangeRequests } from '../changes';
import { batchAll, Client, SeedError } from '../client';
import { walk, fileWhenKnown } from '../complaints';
import { local, pad, SHANGHAI_OFFSET_MS } from '../dates';
import { purchaseInput, SPEND_BANDS, tierOf } from '../purchases';
import { draws, generator } from '../random';
import { summarise } from '../summary';
import { setTiers } from '../tiers';
import {
  COMPLAINT_STATUSES,
  total,
  type ComplaintStatus,
  type CustomerPlan,
  type CustomerRow,
  type SeedOptions,
  type SeedSummary,
} from '../types';
import { smallCampaigns } from './campaigns';
import { smallChanges } from './changes';
import { EARLY_COMPLAINTS } from './complaints-early';
import { LATE_COMPLAINTS } from './complaints-late';
import { CUSTOMERS } from './customers';
import { awaitEffects, seedRedemptions } from './effects';
import { existingCustomers, registerSmallCustomer } from './register';
import { STAFF } from '../staff';

export const COMPLAINTS = [...EARLY_COMPLAINTS, ...LATE_COMPLAINTS];

export type SeededCustomer = CustomerRow & { plan: CustomerPlan; spend: number };

export async function seed(options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stdout.write(`[seed] ${line}\n`));
  const timeoutMs = options.eventTimeoutMs ?? 30_000;
  const client = new Client(options.gatewayUrl, options.secret);
  const now = (options.clock ?? systemClock).now();
  const today = local(now);
  const lastYear = today.year - 1;
  const d = draws(generator(0x5eed_2026));
  const created = { customers: 0, complaints: 0, redemptions: 0, changeRequests: 0, campaigns: 0 };

  // ---- Customers and last year's purchases: the spend the January re-evaluation looks at ----------
  const existing = await existingCustomers(client);
  if (existing.size > 0) log(`${existing.size} seeded customers found: completing what is missing`);
  const customers = new Map<string, SeededCustomer>();
  const pendingCurrentYear: { id: string; plan: CustomerPlan; cny: number; order: string }[] = [];
  for (const [index, plan] of CUSTOMERS.entries()) {
    // Every draw happens on every run, in the same order, so the amounts never shift.
    const [min, max] = SPEND_BANDS[plan.tier];
    const spend = d.between(min, max);
    const parts = d.between(2, 5);
    const weights = Array.from({ length: parts }, () => 0.5 + d.random());
    const months = Array.from({ length: parts }, () => d.between(1, 12));
    const days = Array.from({ length: parts }, () => d.between(1, 28));
    const birthMonth = plan.birthdayThisMonth ? today.month : d.between(1, 12);
    const birthDay = d.between(1, 28);
    const birthYear = d.between(1962, 1998);
    const currentYearOrder = d.random() < 0.4 ? d.between(300, Math.max(400, Math.floor(spend / 20))) : 0;

    const { row, created: isNew } = await registerSmallCustomer(
      client,
      plan,
      index,
      { year: birthYear, month: birthMonth, day: birthDay },
      existing.get(plan.name),
      d,
    );
    if (isNew) created.customers++;
    let remaining = spend;
    const sum = weights.reduce((a, b) => a + b, 0);
    const orders = weights.map((w, p) => {
      const cny = p === parts - 1 ? remaining : Math.max(1, Math.floor((spend * w) / sum));
      remaining -= cny;
      const at = new Date(Date.UTC(lastYear, months[p]! - 1, days[p]!, 2));
      // Once per order number: the same order again is the same purchase.
      return purchaseInput(row.id, plan.currency, `DEMO-${lastYear}-${pad(index + 1)}-${p + 1}`, cny, at);
    });
    await batchAll(client, STAFF.sales, 'recordPurchase', 'RecordPurchaseInput!', orders);
    customers.set(plan.name, { ...row, plan, spend });
    if (currentYearOrder > 0)
      pendingCurrentYear.push({
        id: row.id,
        plan,
        cny: currentYearOrder,
        order: `DEMO-${today.year}-${pad(index + 1)}-1`,
      });
  }
  log(`${customers.size} customers (${created.customers} new) with their ${lastYear} purchases`);

  // ---- Tiers: the January re-evaluation of last year's spend, confirmed by internal control ------
  const toChange = [...customers.values()].filter((c) => c.tier !== tierOf(c.spend));
  const tierMethod = await setTiers(client, toChange, lastYear, log);
  for (const c of toChange) c.tier = tierOf(c.spend);

  // This year's purchases, after the tiers: a Diamond buying in the birthday month earns double points.
  const yearStart = Date.UTC(today.year, 0, 1) - SHANGHAI_OFFSET_MS;
  await batchAll(
    client,
    STAFF.sales,
    'recordPurchase',
    'RecordPurchaseInput!',
    pendingCurrentYear.map((p) => {
      const at = p.plan.birthdayThisMonth
        ? now.getTime() - 60_000
        : yearStart + ((now.getTime() - yearStart) * ((p.cny % 89) + 5)) / 100;
      return purchaseInput(
        p.id,
        p.plan.currency,
        p.order,
        p.cny,
        new Date(Math.min(at, now.getTime() - 60_000)),
      );
    }),
  );

  created.redemptions = await seedRedemptions(client, customers, timeoutMs, log);

  // ---- Data change requests: the reviewers' queue -------------------------------------------------
  const changes = smallChanges((name) => customers.get(name)!.id);
  created.changeRequests = await seedChangeRequests(client, changes);
  log(`${changes.length} data change requests (${created.changeRequests} new)`);

  // ---- Reward campaigns -------------------------------------------------------------------------
  const campaigns = await existingCampaigns(client);
  const campaignStatus: Record<string, string> = {};
  for (const plan of smallCampaigns(today, (name) => customers.get(name)!.id)) {
    const { status, created: isNew } = await runCampaign(client, plan, campaigns.get(plan.name), timeoutMs);
    if (isNew) created.campaigns++;
    campaignStatus[plan.name] = status;
  }
  log(
    `campaigns: ${Object.entries(campaignStatus)
      .map(([n, s]) => `${n} (${s})`)
      .join(', ')}`,
  );

  // ---- Complaints -------------------------------------------------------------------------------
  const ORDER = (s: ComplaintStatus) => COMPLAINT_STATUSES.indexOf(s);
  const ids = () => [...customers.values()].map((c) => c.id);
  const complaintsBefore = total((await summarise(client, ids())).complaintsByStatus);
  for (const plan of COMPLAINTS) {
    const customer = customers.get(plan.customer)!;
    // Complaints knows a customer once loyalty's `customer.registered` event has reached it: a customer
    // registered a moment ago may still be NOT_FOUND there, so the filing waits for it (bounded).
    const filed = await fileWhenKnown(client, customer.id, timeoutMs, {
      input: {
        customerId: customer.id,
        kind: plan.kind ?? 'COMPLAINT',
        channel: plan.channel,
        description: plan.description,
        ...(plan.expected ? { expectedResolution: plan.expected } : {}),
        ...(plan.product ? { productModel: plan.product } : {}),
        ...(plan.order
          ? {
              orderNumber: `DEMO-${lastYear}-${pad(CUSTOMERS.findIndex((c) => c.name === plan.customer) + 1)}-1`,
            }
          : {}),
        receivedAt: new Date(now.getTime() - plan.hoursAgo * 3600_000).toISOString(),
        idempotencyKey: `demo-seed-complaint-${plan.key}`,
      },
    });
    const c = await walk(client, filed.fileComplaint, plan, { now, today, timeoutMs });
    if (ORDER(c.status) !== ORDER(plan.target) && !(plan.kind && c.status === plan.target))
      throw new SeedError(`complaint ${c.number} ended in ${c.status}, expected ${plan.target}`);
  }

  await awaitEffects(client, customers, COMPLAINTS, timeoutMs);

  const summary = await summarise(client, ids());
  created.complaints = total(summary.complaintsByStatus) - complaintsBefore;
  return {
    ...summary,
    campaigns: campaignStatus,
    created,
    tierMethod,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}
