/**
 * The large demo company, drawn from one seed number: the same number gives the same company, to the
 * yuan. Pure: no I/O, so the shape of the data can be checked without a running system.
 */
import { isoDate, local, localMidnight, pad } from '../dates';
import { tierOf, SPEND_BANDS } from '../purchases';
import { draws, generator, type Draws } from '../random';
import { CATEGORIES, type Category, type ComplaintPlan, type ComplaintStatus, type Tier } from '../types';
import { NAMES, REGIONS, type Region } from './regions';
import { COMPLAINT_TEXTS, INQUIRIES, PRODUCTS, SUGGESTIONS } from './texts';

export interface LargeProfile {
  /** How many customers; complaints, redemptions and campaign interactions scale with it. */
  customers: number;
  /** The random seed the whole company is drawn from. */
  seed: number;
}

export const LARGE_DEFAULTS: LargeProfile = { customers: 5_000, seed: 2026 };

/** Share of customers per tier (the rest are members): a pyramid, as in most loyalty programmes. */
const TIER_SHARE: Record<Exclude<Tier, 'MEMBER'>, number> = { DIAMOND: 0.02, PLATINUM: 0.06, GOLD: 0.17 };
/** Orders a year per tier. */
const ORDERS: Record<Tier, [number, number]> = {
  MEMBER: [1, 4],
  GOLD: [3, 8],
  PLATINUM: [5, 12],
  DIAMOND: [8, 18],
};

export interface PlannedPurchase {
  order: string;
  cny: number;
  at: Date;
}

export interface LargeCustomer {
  index: number;
  /** The customer's own tag: how a second run finds it. */
  tag: string;
  name: string;
  region: Region;
  /** The tier last year's spend earns. */
  tier: Tier;
  spend: number;
  birthday: string;
  tags: string[];
  marketing?: 'GRANTED' | 'UNSUBSCRIBED';
  verify: boolean;
  representative?: string;
  lastYear: PlannedPurchase[];
  thisYear: PlannedPurchase[];
}

export interface LargeComplaint extends ComplaintPlan {
  customerIndex: number;
  receivedAt: Date;
  /** `YYYY-MM` of its receipt, company time. */
  month: string;
  orderNumber?: string;
}

export interface LargeRedemption {
  key: string;
  customerIndex: number;
  points: number;
  decision?: 'APPROVE' | 'REJECT';
}

/** A customer data change request (DOMAIN 2.5): what it changes, who enters it, how its review ends. */
export interface LargeChange {
  key: string;
  customerIndex: number;
  field: 'email' | 'phone' | 'preferredLanguage';
  /** The member of staff who enters it with the customer's ID photo; the other one reviews it. */
  enteredBy: 'specialist' | 'sales';
  /** None: it waits in the reviewers' queue. */
  review?: 'APPROVE' | 'REJECT';
}

export interface LargePlan {
  /** Every customer of this company carries it. */
  groupTag: string;
  customers: LargeCustomer[];
  complaints: LargeComplaint[];
  redemptions: LargeRedemption[];
  changes: LargeChange[];
  /** The twelve months the complaints cover, oldest first (`YYYY-MM`). */
  months: string[];
}

/** The sales representatives a Diamond customer may have. */
export const REPRESENTATIVES = [
  'seed-sales-sun-hao',
  'seed-sales-lin-yue',
  'seed-sales-gao-fei',
  'seed-sales-ma-li',
];

/** `count` tiers in the shares above, at least one of each when there are four customers or more. */
function tierQuota(count: number, d: Draws): Tier[] {
  const quota = (share: number) => (count >= 4 ? Math.max(1, Math.round(count * share)) : 0);
  const tiers: Tier[] = [
    ...Array<Tier>(quota(TIER_SHARE.DIAMOND)).fill('DIAMOND'),
    ...Array<Tier>(quota(TIER_SHARE.PLATINUM)).fill('PLATINUM'),
    ...Array<Tier>(quota(TIER_SHARE.GOLD)).fill('GOLD'),
  ];
  while (tiers.length < count) tiers.push('MEMBER');
  for (let i = tiers.length - 1; i > 0; i--) {
    const j = Math.floor(d.random() * (i + 1));
    [tiers[i], tiers[j]] = [tiers[j]!, tiers[i]!];
  }
  return tiers;
}

/** `spend` split into `parts` orders on random days of `year`, each at least 1 yuan. */
function orders(d: Draws, spend: number, parts: number, prefix: string, when: () => Date): PlannedPurchase[] {
  const weights = Array.from({ length: parts }, () => 0.5 + d.random());
  const sum = weights.reduce((a, b) => a + b, 0);
  let remaining = spend;
  return weights.map((w, p) => {
    const cny = p === parts - 1 ? remaining : Math.max(1, Math.floor((spend * w) / sum));
    remaining -= cny;
    return { order: `${prefix}-${p + 1}`, cny, at: when() };
  });
}

function customerPlans(profile: LargeProfile, d: Draws, now: Date, groupTag: string): LargeCustomer[] {
  const today = local(now);
  const lastYear = today.year - 1;
  const yearStart = localMidnight(today.year, 1);
  const regionWeights = Object.fromEntries(REGIONS.map((r) => [r.code, r.weight]));
  return tierQuota(profile.customers, d).map((tier, index) => {
    const code = d.weighted(regionWeights);
    const region = REGIONS.find((r) => r.code === code)!;
    const names = NAMES[region.names];
    const family = d.pick(names.family);
    const given = d.pick(names.given);
    const [min, max] = SPEND_BANDS[tier];
    const spend = d.between(min, max);
    const key = `${pad(index + 1, 5)}`;
    const lastYearOrders = orders(
      d,
      spend,
      d.between(...ORDERS[tier]),
      `DL${profile.seed}-${lastYear}-${key}`,
      () =>
        new Date(localMidnight(lastYear, d.between(1, 12), d.between(1, 28)) + d.between(9, 20) * 3_600_000),
    );
    // This year: most customers buy again, a year's orders on fixed days; those before today are on
    // the books so far (fixed days, so a rerun today or later records the same orders).
    const thisYear = d.chance(0.7)
      ? orders(
          d,
          Math.round(spend * (0.6 + d.random() * 0.8)),
          d.between(...ORDERS[tier]),
          `DL${profile.seed}-${today.year}-${key}`,
          () =>
            new Date(yearStart + Math.floor(d.random() * 365) * 86_400_000 + d.between(9, 20) * 3_600_000),
        ).filter((p) => p.at.getTime() < now.getTime())
      : [];
    const marketing = d.chance(0.45) ? (d.chance(0.1) ? 'UNSUBSCRIBED' : 'GRANTED') : undefined;
    const verify = tier !== 'MEMBER' ? d.chance(0.8) : d.chance(0.25);
    const birthday = isoDate(d.between(1955, 2002), d.between(1, 12), d.between(1, 28));
    const trade = d.pick(['silk', 'cotton', 'linen', 'wholesale', 'boutique', 'online']);
    return {
      index,
      tag: `${groupTag}-${key}`,
      name: names.familyFirst ? `${family} ${given}` : `${given} ${family}`,
      region,
      tier: tierOf(spend),
      spend,
      birthday,
      tags: [
        groupTag,
        `${groupTag}-${key}`,
        trade,
        ...(region.code.startsWith('CN') || region.code === 'HK' ? [] : ['overseas']),
      ],
      ...(marketing ? { marketing } : {}),
      verify,
      ...(tier === 'DIAMOND' ? { representative: REPRESENTATIVES[index % REPRESENTATIVES.length] } : {}),
      lastYear: lastYearOrders,
      thisYear,
    };
  });
}

/**
 * Where a complaint stops, by its age: the weights of the first row whose age (in days) it has reached.
 * Old ones are mostly closed, new ones still open.
 */
const TARGETS_BY_AGE: readonly (readonly [number, Partial<Record<ComplaintStatus, number>>])[] = [
  [30, { CLOSED: 88, RESOLVED: 7, IMPLEMENTING: 3, SOLUTION_ACCEPTED: 2 }],
  [
    10,
    {
      CLOSED: 45,
      RESOLVED: 20,
      IMPLEMENTING: 12,
      SOLUTION_ACCEPTED: 8,
      SOLUTION_PROPOSED: 8,
      INVESTIGATING: 7,
    },
  ],
  [
    3,
    {
      RESOLVED: 8,
      IMPLEMENTING: 10,
      SOLUTION_ACCEPTED: 7,
      SOLUTION_PROPOSED: 15,
      INVESTIGATING: 25,
      ASSIGNED: 20,
      CLASSIFIED: 8,
      RECEIVED: 7,
    },
  ],
  [-Infinity, { RECEIVED: 35, CLASSIFIED: 25, ASSIGNED: 25, INVESTIGATING: 15 }],
];

function targetFor(d: Draws, ageDays: number): ComplaintStatus {
  const [, weights] = TARGETS_BY_AGE.find(([minAge]) => ageDays >= minAge)!;
  return d.weighted(weights as Record<ComplaintStatus, number>);
}

const AFTER_ACCEPTANCE: ComplaintStatus[] = ['IMPLEMENTING', 'RESOLVED', 'CLOSED'];
const WITH_PROPOSAL: ComplaintStatus[] = ['SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', ...AFTER_ACCEPTANCE];

function complaintPlans(
  profile: LargeProfile,
  d: Draws,
  now: Date,
  customers: LargeCustomer[],
): { complaints: LargeComplaint[]; months: string[] } {
  const today = local(now);
  // The last twelve months, oldest first, as (year, month).
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = today.month - 11 + i;
    return { year: today.year + Math.floor((m - 1) / 12), month: ((m - 1 + 120) % 12) + 1 };
  });
  const count = Math.max(CATEGORIES.length * months.length, Math.round(profile.customers * 0.3));
  const categoryWeights: Record<Category, number> = {
    PRODUCT_QUALITY: 30,
    LOGISTICS_DELAY: 25,
    SERVICE_ATTITUDE: 13,
    POINTS_ANOMALY: 4,
    BILLING: 16,
    OTHER: 12,
  };
  // Complaints come at an even pace: the month under way gets its share so far.
  const monthStart = localMidnight(today.year, today.month);
  const monthShare = (now.getTime() - monthStart) / (localMidnight(today.year, today.month + 1) - monthStart);
  const monthWeights = Object.fromEntries(months.map((_, i) => [String(i), i === 11 ? monthShare : 1]));
  const anomalyCustomers = new Set<number>();
  const complaints: LargeComplaint[] = [];
  for (let n = 0; n < count; n++) {
    // The first 72 cover every category in every month; the rest fall where the weights say.
    const covering = n < CATEGORIES.length * months.length;
    const slot = covering
      ? months[Math.floor(n / CATEGORIES.length)]!
      : months[Number(d.weighted(monthWeights))]!;
    const category = covering ? CATEGORIES[n % CATEGORIES.length]! : d.weighted(categoryWeights);
    const kind = covering ? 'COMPLAINT' : d.weighted({ COMPLAINT: 88, INQUIRY: 8, SUGGESTION: 4 });
    const start = localMidnight(slot.year, slot.month);
    const end = Math.min(localMidnight(slot.year, slot.month + 1), now.getTime() - 60_000);
    const receivedAt = new Date(Math.max(start, Math.min(end, start + d.random() * (end - start))));
    const ageDays = (now.getTime() - receivedAt.getTime()) / 86_400_000;
    const customer = customers[d.between(0, customers.length - 1)]!;
    const [description, expected] = d.pick(COMPLAINT_TEXTS[category]);
    const urgency = d.weighted({ NORMAL: 75, HIGH: 20, URGENT: 5 });
    const channel = d.weighted({ PHONE: 35, WEB_CHAT: 30, EMAIL: 25, OTHER: 10 });
    const key = `dl${profile.seed}-${pad(n + 1, 5)}`;
    const base = {
      key,
      customer: customer.name,
      customerIndex: customer.index,
      channel,
      category,
      urgency,
      receivedAt,
      month: `${slot.year}-${pad(slot.month)}`,
      hoursAgo: Math.round(ageDays * 24),
    };
    if (kind !== 'COMPLAINT') {
      complaints.push({
        ...base,
        kind,
        category: 'OTHER',
        urgency: 'NORMAL',
        target: ageDays >= 3 ? 'CLOSED' : d.chance(0.5) ? 'RESOLVED' : 'RECEIVED',
        description: kind === 'INQUIRY' ? d.pick(INQUIRIES) : d.pick(SUGGESTIONS),
      });
      continue;
    }
    const drawn = targetFor(d, ageDays);
    // A covering complaint is classified at least, so its category shows.
    const target = covering && drawn === 'RECEIVED' ? 'CLASSIFIED' : drawn;
    if (category === 'POINTS_ANOMALY') anomalyCustomers.add(customer.index);
    const complex = d.chance(urgency === 'NORMAL' ? 0.08 : 0.3);
    const orderNumber = customer.lastYear[0] && d.chance(0.6) ? customer.lastYear[0].order : undefined;
    const compensated =
      ['PRODUCT_QUALITY', 'LOGISTICS_DELAY', 'BILLING'].includes(category) &&
      WITH_PROPOSAL.includes(target) &&
      d.chance(0.25);
    complaints.push({
      ...base,
      target,
      description,
      expected,
      complex,
      ...(category === 'PRODUCT_QUALITY' ? { product: d.pick(PRODUCTS) } : {}),
      ...(orderNumber ? { orderNumber } : {}),
      ...(compensated
        ? {
            compensation:
              category === 'BILLING'
                ? { refund: `${d.between(50, 800)}.00` }
                : { points: d.between(5, 50) * 100 },
            // Urgent: carried out at once, approved afterwards; otherwise the head approves first.
            approveCompensation: urgency !== 'URGENT' && AFTER_ACCEPTANCE.includes(target),
          }
        : {}),
      ...(complex && category === 'PRODUCT_QUALITY' && d.chance(0.4)
        ? { alsoDepartments: ['PURCHASING'] }
        : {}),
      ...(AFTER_ACCEPTANCE.includes(target) && d.chance(0.05) ? { rejectFirst: true } : {}),
      ...(target === 'RESOLVED' && d.chance(0.5) ? { feedback: true } : {}),
      ...(target === 'CLOSED' && d.chance(0.01)
        ? { linkedFollowUp: 'A new problem with the replacement came up at the follow-up visit' }
        : {}),
      ...(target === 'CLOSED' && d.chance(0.05)
        ? { improvement: `Review the ${category.toLowerCase().replace(/_/g, ' ')} checks with the team` }
        : {}),
    });
  }
  // A frozen account is not compensated in points: only the anomaly's investigation settles it.
  for (const c of complaints)
    if (anomalyCustomers.has(c.customerIndex) && c.compensation?.points) {
      delete c.compensation;
      delete c.approveCompensation;
    }
  return { complaints, months: months.map((m) => `${m.year}-${pad(m.month)}`) };
}

function redemptionPlans(profile: LargeProfile, d: Draws, customers: LargeCustomer[]): LargeRedemption[] {
  const candidates = customers.filter((c) => c.verify && c.spend >= 20_000);
  const count = Math.min(candidates.length, Math.max(3, Math.round(profile.customers * 0.015)));
  // From 5,000 CNY (500,000 points) the GM decides (DOMAIN 3.1): a few Diamonds ask that much and wait.
  const rich = candidates.filter((c) => c.spend >= 600_000);
  const forGm = new Set<LargeCustomer>();
  while (forGm.size < Math.min(rich.length, Math.ceil(count * 0.04))) forGm.add(d.pick(rich));
  const chosen: LargeCustomer[] = [...forGm];
  const pool = candidates.filter((c) => !forGm.has(c));
  while (chosen.length < count) chosen.push(pool.splice(d.between(0, pool.length - 1), 1)[0]!);
  return chosen.map((c, n) => {
    const big = forGm.has(c);
    const points = big ? 550_000 : d.between(5, Math.min(150, Math.floor((c.spend * 0.4) / 1000))) * 1000;
    const decision = big ? undefined : d.weighted({ APPROVE: 80, REJECT: 10, PENDING: 10 });
    return {
      key: `dl${profile.seed}-redeem-${pad(n + 1, 4)}`,
      customerIndex: c.index,
      points,
      ...(decision && decision !== 'PENDING' ? { decision } : {}),
    };
  });
}

/** About one customer in a hundred asks for a change of contact details; most are applied, some wait. */
function changePlans(profile: LargeProfile, d: Draws, customers: LargeCustomer[]): LargeChange[] {
  const pool = [...customers];
  const count = Math.min(pool.length, Math.max(3, Math.round(profile.customers * 0.01)));
  // The first three cover every field and every outcome, and both members of staff, so that even a small
  // company shows them all.
  const first: Omit<LargeChange, 'key' | 'customerIndex'>[] = [
    { field: 'phone', enteredBy: 'specialist', review: 'APPROVE' },
    { field: 'email', enteredBy: 'sales', review: 'REJECT' },
    { field: 'preferredLanguage', enteredBy: 'specialist' },
  ];
  return Array.from({ length: count }, (_, n) => {
    const customer = pool.splice(d.between(0, pool.length - 1), 1)[0]!;
    const outcome = d.weighted({ APPROVE: 70, REJECT: 10, PENDING: 20 });
    const drawn = {
      field: d.weighted({ phone: 45, email: 40, preferredLanguage: 15 }),
      enteredBy: d.chance(0.6) ? ('specialist' as const) : ('sales' as const),
      ...(outcome === 'PENDING' ? {} : { review: outcome }),
    };
    return {
      key: `dl${profile.seed}-change-${pad(n + 1, 4)}`,
      customerIndex: customer.index,
      ...(first[n] ?? drawn),
    };
  });
}

/**
 * The company as of `at`, planned up to the start of that day (company time): every date lies before
 * it, so a run and a rerun on the same day plan the same complaints and orders.
 */
export function largePlan(profile: LargeProfile, at: Date): LargePlan {
  const today = local(at);
  const now = new Date(localMidnight(today.year, today.month, today.day));
  const d = draws(generator(profile.seed));
  const groupTag = `demo-large-${profile.seed}`;
  const customers = customerPlans(profile, d, now, groupTag);
  const { complaints, months } = complaintPlans(profile, d, now, customers);
  const redemptions = redemptionPlans(profile, d, customers);
  // Drawn last: the customers, complaints and redemptions of a seed number stay those of earlier runs.
  const changes = changePlans(profile, d, customers);
  return { groupTag, customers, complaints, redemptions, changes, months };
}
