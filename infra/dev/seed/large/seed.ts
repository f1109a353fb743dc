/**
 * `pnpm seed --size large`: a realistic company for demos and benchmarks, drawn from a seed number
 * (plan.ts) and loaded through the gateway like the small seed, so every write goes through the rules,
 * the outbox and the events. Thousands of writes go as batched documents (MAX_BATCH fields each), a
 * bounded number in flight. A second run with the same seed number finds what the first created
 * (customers by their own tag, orders by number, redemptions and complaints by their keys, data change
 * requests by their ID document reference, campaigns by name) and completes it.
 */
import { systemClock } from '@care/service-kit';
import { existingCampaigns, runCampaign } from '../campaigns';
import { seedChangeRequests } from '../changes';
import { Client, DEFAULT_CONCURRENCY, SeedError } from '../client';
import { local, pad } from '../dates';
import { STAFF } from '../staff';
import { summarise } from '../summary';
import { setTiers } from '../tiers';
import { CATEGORIES, total, type SeedOptions, type SeedSummary } from '../types';
import { largeCampaigns } from './campaigns';
import { largeChanges } from './changes';
import { recordPurchases, registerCustomers } from './customers';
import { LARGE_DEFAULTS, largePlan, type LargeProfile } from './plan';
import { seedRedemptions } from './redemptions';
import { fileComplaints, walkAll } from './walk';

export interface LargeSeedOptions extends SeedOptions {
  profile?: Partial<LargeProfile>;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
}

export interface LargeSeedSummary extends SeedSummary {
  profile: LargeProfile;
  /** The tag every customer of this company carries. */
  groupTag: string;
  /** Its complaints (inquiries and suggestions included) by category and by month received, read back. */
  complaintsByCategory: Record<string, number>;
  complaintsByMonth: Record<string, number>;
  /** Redemptions in the plan; requests sent to the gateway; seconds per phase. */
  redemptions: number;
  requests: number;
  phases: Record<string, number>;
}

export async function seedLarge(options: LargeSeedOptions): Promise<LargeSeedSummary> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stdout.write(`[seed] ${line}\n`));
  const timeoutMs = options.eventTimeoutMs ?? 60_000;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const profile: LargeProfile = { ...LARGE_DEFAULTS, ...options.profile };
  const client = new Client(options.gatewayUrl, options.secret);
  const now = (options.clock ?? systemClock).now();
  const today = local(now);
  const plan = largePlan(profile, now);
  const created = { customers: 0, complaints: 0, redemptions: 0, changeRequests: 0, campaigns: 0 };
  const phases: Record<string, number> = {};
  let mark = Date.now();
  const phase = (name: string, line: string) => {
    phases[name] = Math.round((Date.now() - mark) / 100) / 10;
    mark = Date.now();
    log(`${line} (${phases[name]} s)`);
  };
  log(
    `large company ${plan.groupTag}: ${plan.customers.length} customers, ${plan.complaints.length} complaints, ${plan.redemptions.length} redemptions, ${plan.changes.length} data change requests`,
  );

  const { rows, created: newCustomers } = await registerCustomers(client, plan, concurrency);
  created.customers = newCustomers;
  phase('customers', `customers: ${rows.length} (${newCustomers} new), consents and identity checks`);

  await recordPurchases(client, plan, rows, 'lastYear', concurrency);
  const orders = plan.customers.reduce((n, c) => n + c.lastYear.length, 0);
  phase('purchasesLastYear', `${today.year - 1} purchases: ${orders} orders`);

  const toChange = plan.customers
    .filter((c) => rows[c.index]!.tier !== c.tier)
    .map((c) => ({ id: rows[c.index]!.id, spend: c.spend }));
  const tierMethod = await setTiers(client, toChange, today.year - 1, log);
  phase('tiers', `tiers of ${toChange.length} customers set`);

  await recordPurchases(client, plan, rows, 'thisYear', concurrency);
  phase(
    'purchasesThisYear',
    `${today.year} purchases so far: ${plan.customers.reduce((n, c) => n + c.thisYear.length, 0)} orders`,
  );

  created.redemptions = await seedRedemptions(client, plan, rows, { timeoutMs, concurrency });
  phase('redemptions', `redemptions: ${plan.redemptions.length} (${created.redemptions} new)`);

  created.changeRequests = await seedChangeRequests(client, largeChanges(plan, rows));
  phase('changeRequests', `data change requests: ${plan.changes.length} (${created.changeRequests} new)`);

  const campaigns = await existingCampaigns(client);
  const campaignStatus: Record<string, string> = {};
  for (const c of largeCampaigns(plan, profile.seed, today, (index) => rows[index]!.id)) {
    const { status, created: isNew } = await runCampaign(client, c, campaigns.get(c.name), timeoutMs);
    if (isNew) created.campaigns++;
    campaignStatus[c.name] = status;
  }
  phase('campaigns', `campaigns: ${Object.values(campaignStatus).join(', ')}`);

  const ids = rows.map((r) => r.id);
  const complaintsBefore = total((await summarise(client, ids, plan.groupTag)).complaintsByStatus);
  const walking = await fileComplaints(client, plan.complaints, rows, { timeoutMs, concurrency });
  phase('complaintsFiled', `complaints filed: ${walking.length}`);
  await walkAll(client, walking, { now, today, timeoutMs, concurrency, log });
  for (const w of walking)
    if (w.c.status !== w.plan.target)
      throw new SeedError(`complaint ${w.c.number} ended in ${w.c.status}, expected ${w.plan.target}`);
  phase('complaintsWalked', 'complaints walked to their stages');

  const summary = await summarise(client, ids, plan.groupTag);
  created.complaints = total(summary.complaintsByStatus) - complaintsBefore;
  const groups = await complaintGroups(client, new Set(ids));
  phase('summary', 'read back');
  return {
    ...summary,
    ...groups,
    campaigns: campaignStatus,
    created,
    tierMethod,
    profile,
    groupTag: plan.groupTag,
    redemptions: plan.redemptions.length,
    requests: client.requests,
    phases,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

/** The company's complaints by category and by month received (company time), read through the gateway. */
async function complaintGroups(client: Client, ours: Set<string>) {
  const nodes = await client.all<{ category: string | null; receivedAt: string; customer: { id: string } }>(
    STAFF.manager,
    `query($after: String) { complaints(first: 100, after: $after) { edges { node { category receivedAt customer { id } } } pageInfo { hasNextPage endCursor } } }`,
    {},
    (data) => data.complaints,
  );
  const complaintsByCategory: Record<string, number> = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  const complaintsByMonth: Record<string, number> = {};
  for (const n of nodes.filter((n) => ours.has(n.customer.id))) {
    const key = n.category ?? 'UNCLASSIFIED';
    complaintsByCategory[key] = (complaintsByCategory[key] ?? 0) + 1;
    const { year, month } = local(new Date(n.receivedAt));
    complaintsByMonth[`${year}-${pad(month)}`] = (complaintsByMonth[`${year}-${pad(month)}`] ?? 0) + 1;
  }
  return { complaintsByCategory, complaintsByMonth };
}
