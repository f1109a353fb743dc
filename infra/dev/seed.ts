/**
 * `pnpm seed`: realistic demo data loaded into a running system through the gateway only, as the
 * company's staff would enter it through the front ends (GATEWAY_URL, default
 * http://127.0.0.1:4000/graphql; tokens signed with JWT_SECRET or the development secret).
 *
 * 40 customers (mainland, Hong Kong and overseas) with a year of purchases, tiers from that spend,
 * consents, identity checks and redemptions; two reward campaigns; 30 complaints in every stage of
 * their lifecycle. Names and amounts come from a fixed random seed; a second run finds what the first
 * created (customers by their `demo-seed` tag, orders by number, redemptions and complaints by their
 * idempotency keys, campaigns by name) and creates nothing twice.
 */
import type { Actor, Department, Role } from '@care/service-kit';
import { devSecret, devToken } from './dev-token';

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';
/** Every seeded customer carries this tag: it is how a second run finds them. */
export const SEED_TAG = 'demo-seed';

export interface SeedOptions {
  gatewayUrl: string;
  /** The JWT secret the gateway and the subgraphs verify tokens with. */
  secret: string;
  log?: (line: string) => void;
  /** How long to wait for an event to have been applied by another service (default 30 s). */
  eventTimeoutMs?: number;
}

export type Tier = 'MEMBER' | 'GOLD' | 'PLATINUM' | 'DIAMOND';
export type ComplaintStatus =
  | 'RECEIVED'
  | 'CLASSIFIED'
  | 'ASSIGNED'
  | 'INVESTIGATING'
  | 'SOLUTION_PROPOSED'
  | 'SOLUTION_ACCEPTED'
  | 'IMPLEMENTING'
  | 'RESOLVED'
  | 'CLOSED';

export const TIERS: readonly Tier[] = ['DIAMOND', 'PLATINUM', 'GOLD', 'MEMBER'];
export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'RECEIVED',
  'CLASSIFIED',
  'ASSIGNED',
  'INVESTIGATING',
  'SOLUTION_PROPOSED',
  'SOLUTION_ACCEPTED',
  'IMPLEMENTING',
  'RESOLVED',
  'CLOSED',
];

export interface SeedSummary {
  /** Seeded customers by tier. */
  customersByTier: Record<Tier, number>;
  frozenCustomers: number;
  /** The seeded customers' complaints by status. */
  complaintsByStatus: Record<ComplaintStatus, number>;
  /** Pending approval requests, by the authority that must decide them. */
  approvalsPending: Record<string, number>;
  campaigns: Record<string, string>;
  /** What this run created (zero on a second run). */
  created: { customers: number; complaints: number; redemptions: number; campaigns: number };
  /** How tiers were set: the January re-evaluation, or overrides outside January. */
  tierMethod: 'EVALUATION' | 'OVERRIDE' | 'UNCHANGED';
  seconds: number;
}

// ---------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fixed-seed generator, so every run draws the same names and amounts. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------
// The data

interface CustomerPlan {
  name: string;
  region: string;
  language: string;
  tier: Tier;
  /** Currency of the customer's orders; CNY unless overseas. */
  currency: string;
  birthdayThisMonth?: boolean;
  verify?: boolean;
  marketing?: 'GRANTED' | 'UNSUBSCRIBED';
  tags: string[];
  email?: string;
  phone?: string;
}

const C = (
  name: string,
  region: string,
  language: string,
  tier: Tier,
  extra: Partial<CustomerPlan> = {},
): CustomerPlan => ({ name, region, language, tier, currency: 'CNY', tags: [], ...extra });

/** 4 Diamond, 6 Platinum, 10 Gold and 20 members; Chinese, Hong Kong and overseas customers. */
const CUSTOMERS: CustomerPlan[] = [
  C('Wang Li', 'CN-GD', 'zh-CN', 'DIAMOND', {
    birthdayThisMonth: true,
    verify: true,
    marketing: 'GRANTED',
    tags: ['wholesale', 'silk'],
  }),
  C('Zhang Wei', 'CN-SH', 'zh-CN', 'DIAMOND', { verify: true, tags: ['wholesale', 'cotton'] }),
  C('Emma Schneider', 'DE', 'de', 'DIAMOND', {
    currency: 'EUR',
    verify: true,
    marketing: 'GRANTED',
    tags: ['overseas', 'retail-chain'],
  }),
  C('Tang Yi', 'HK', 'zh-HK', 'DIAMOND', { currency: 'HKD', verify: true, tags: ['wholesale', 'silk'] }),
  C('Li Na', 'CN-BJ', 'zh-CN', 'PLATINUM', {
    birthdayThisMonth: true,
    verify: true,
    marketing: 'GRANTED',
    tags: ['boutique'],
  }),
  C('Chen Hao', 'CN-JS', 'zh-CN', 'PLATINUM', { verify: true, tags: ['cotton'] }),
  C('James Carter', 'US-CA', 'en', 'PLATINUM', {
    currency: 'USD',
    verify: true,
    marketing: 'GRANTED',
    tags: ['overseas'],
  }),
  C('Hiroshi Tanaka', 'JP', 'ja', 'PLATINUM', { currency: 'JPY', verify: true, tags: ['overseas', 'silk'] }),
  C('Zheng Hui', 'CN-FJ', 'zh-CN', 'PLATINUM', { verify: true, marketing: 'GRANTED', tags: ['boutique'] }),
  C('Olivia Brown', 'GB', 'en', 'PLATINUM', { currency: 'GBP', verify: true, tags: ['overseas'] }),
  C('Liu Fang', 'CN-ZJ', 'zh-CN', 'GOLD', { verify: true, marketing: 'GRANTED', tags: ['silk'] }),
  C('Yang Xue', 'CN-SC', 'zh-CN', 'GOLD', { verify: true, tags: ['boutique'] }),
  C('Huang Lei', 'CN-FJ', 'zh-CN', 'GOLD', { marketing: 'GRANTED', tags: ['cotton'] }),
  C('Zhao Min', 'CN-SD', 'zh-CN', 'GOLD', { verify: true, tags: ['linen'] }),
  C('Sophie Martin', 'FR', 'fr', 'GOLD', { currency: 'EUR', marketing: 'GRANTED', tags: ['overseas'] }),
  C('Kim Min-jun', 'KR', 'ko', 'GOLD', { currency: 'KRW', tags: ['overseas'] }),
  C('Xu Jing', 'CN-AH', 'zh-CN', 'GOLD', { verify: true, marketing: 'GRANTED', tags: ['linen'] }),
  C('Deng Chao', 'CN-GD', 'zh-CN', 'GOLD', { tags: ['wholesale'] }),
  C('Isabella Rossi', 'IT', 'it', 'GOLD', {
    currency: 'EUR',
    marketing: 'GRANTED',
    tags: ['overseas', 'silk'],
  }),
  C('Chloe Tan', 'SG', 'en', 'GOLD', { currency: 'SGD', tags: ['overseas'] }),
  C('Wu Tingting', 'CN-HB', 'zh-CN', 'MEMBER', {
    birthdayThisMonth: true,
    marketing: 'GRANTED',
    tags: ['online'],
  }),
  C('Zhou Jie', 'CN-HN', 'zh-CN', 'MEMBER', { marketing: 'UNSUBSCRIBED', tags: ['online'] }),
  C('Sun Yue', 'CN-LN', 'zh-CN', 'MEMBER', { tags: ['online'] }),
  C('Ma Jun', 'CN-SN', 'zh-CN', 'MEMBER', { marketing: 'GRANTED', tags: ['linen'] }),
  C('Zhu Lin', 'CN-CQ', 'zh-CN', 'MEMBER', { tags: ['online'] }),
  C('Hu Xiaoming', 'CN-YN', 'zh-CN', 'MEMBER', { tags: ['online'] }),
  C('Guo Qiang', 'CN-HE', 'zh-CN', 'MEMBER', { verify: true, tags: ['cotton'] }),
  C('He Yan', 'CN-GX', 'zh-CN', 'MEMBER', { marketing: 'GRANTED', tags: ['online'] }),
  C('Luo Bin', 'CN-GZ', 'zh-CN', 'MEMBER', { tags: ['linen'] }),
  C('Song Jia', 'CN-TJ', 'zh-CN', 'MEMBER', { verify: true, tags: ['online'] }),
  C('Xie Ning', 'CN-JX', 'zh-CN', 'MEMBER', { marketing: 'GRANTED', tags: ['online'] }),
  C('Han Bing', 'CN-HL', 'zh-CN', 'MEMBER', { tags: ['cotton'] }),
  C('Cao Rui', 'CN-SX', 'zh-CN', 'MEMBER', { tags: ['online'] }),
  C('Peng Li', 'CN-HB', 'zh-CN', 'MEMBER', { marketing: 'GRANTED', tags: ['online'] }),
  C('Ye Qing', 'CN-ZJ', 'zh-CN', 'MEMBER', { tags: ['silk'] }),
  C('Lucas Silva', 'BR', 'pt', 'MEMBER', { currency: 'USD', birthdayThisMonth: true, tags: ['overseas'] }),
  C('Priya Sharma', 'IN', 'en', 'MEMBER', { currency: 'USD', marketing: 'GRANTED', tags: ['overseas'] }),
  C('Ahmed Al-Mansouri', 'AE', 'ar', 'MEMBER', { currency: 'USD', tags: ['overseas'] }),
  C('Nguyen Thi Lan', 'VN', 'vi', 'MEMBER', { currency: 'USD', tags: ['overseas'] }),
  C('Isaac Cohen', 'IL', 'en', 'MEMBER', { currency: 'USD', tags: ['overseas'] }),
];

/** CNY per unit of each order currency (fixed demo rates). */
const RATES: Record<string, number> = {
  CNY: 1,
  EUR: 7.8,
  USD: 7.2,
  GBP: 9.1,
  HKD: 0.92,
  JPY: 0.048,
  KRW: 0.0052,
  SGD: 5.4,
};

/** Last year's spend band per tier, in whole yuan (the thresholds are 500,000 / 200,000 / 50,000). */
const SPEND_BANDS: Record<Tier, [number, number]> = {
  DIAMOND: [560_000, 950_000],
  PLATINUM: [210_000, 460_000],
  GOLD: [55_000, 185_000],
  MEMBER: [800, 46_000],
};

/** Redemptions: small ones the loyalty supervisor decides, one from 5,000 CNY that waits for the GM. */
const REDEMPTIONS: { key: string; customer: string; points: number; decision?: 'APPROVE' | 'REJECT' }[] = [
  { key: 'demo-seed-redeem-01', customer: 'Wang Li', points: 120_000, decision: 'APPROVE' },
  { key: 'demo-seed-redeem-02', customer: 'Li Na', points: 50_000, decision: 'APPROVE' },
  { key: 'demo-seed-redeem-03', customer: 'Chen Hao', points: 30_000, decision: 'APPROVE' },
  { key: 'demo-seed-redeem-04', customer: 'Emma Schneider', points: 80_000, decision: 'APPROVE' },
  { key: 'demo-seed-redeem-05', customer: 'James Carter', points: 25_000, decision: 'REJECT' },
  { key: 'demo-seed-redeem-06', customer: 'Zhang Wei', points: 550_000 },
];

type Channel = 'WEB_CHAT' | 'PHONE' | 'EMAIL' | 'OTHER';
type Category =
  'PRODUCT_QUALITY' | 'LOGISTICS_DELAY' | 'SERVICE_ATTITUDE' | 'POINTS_ANOMALY' | 'BILLING' | 'OTHER';
type Urgency = 'NORMAL' | 'HIGH' | 'URGENT';

interface ComplaintPlan {
  key: string;
  customer: string;
  kind?: 'COMPLAINT' | 'INQUIRY' | 'SUGGESTION';
  channel: Channel;
  category: Category;
  urgency: Urgency;
  complex?: boolean;
  target: ComplaintStatus;
  description: string;
  expected?: string;
  product?: string;
  order?: boolean;
  hoursAgo: number;
  /** The customer rejects the first proposal; the department revises it. */
  rejectFirst?: boolean;
  compensation?: { points?: number; refund?: string };
  /** The department head approves the compensation (non-urgent complaints). */
  approveCompensation?: boolean;
  /** Several departments: the leadership group names the lead. */
  alsoDepartments?: string[];
  feedback?: boolean;
  /** The follow-up visit finds a new problem, filed as a linked complaint. */
  linkedFollowUp?: string;
  improvement?: string;
}

const COMPLAINTS: ComplaintPlan[] = [
  // Just received
  {
    key: 'c01',
    customer: 'Wu Tingting',
    channel: 'WEB_CHAT',
    category: 'PRODUCT_QUALITY',
    urgency: 'NORMAL',
    target: 'RECEIVED',
    description: 'The linen scarf is a different colour from the photo in the shop',
    expected: 'An exchange for the colour shown',
    product: 'LN-SC-204',
    order: true,
    hoursAgo: 2,
  },
  {
    key: 'c02',
    customer: 'James Carter',
    channel: 'EMAIL',
    category: 'BILLING',
    urgency: 'NORMAL',
    target: 'RECEIVED',
    description: 'The invoice carries the wrong company tax number',
    expected: 'A corrected invoice',
    order: true,
    hoursAgo: 5,
  },
  {
    key: 'c03',
    customer: 'Nguyen Thi Lan',
    channel: 'OTHER',
    category: 'LOGISTICS_DELAY',
    urgency: 'NORMAL',
    target: 'RECEIVED',
    description: 'Asked through the mini-program: the parcel has not moved for six days',
    expected: 'Delivery this week',
    order: true,
    hoursAgo: 20,
  },
  {
    key: 'c04',
    customer: 'Ma Jun',
    channel: 'PHONE',
    category: 'SERVICE_ATTITUDE',
    urgency: 'NORMAL',
    target: 'RECEIVED',
    description: 'The hotline hung up twice while transferring the call',
    expected: 'A call back from a supervisor',
    hoursAgo: 1,
  },
  {
    key: 'c05',
    customer: 'Sophie Martin',
    kind: 'SUGGESTION',
    channel: 'EMAIL',
    category: 'OTHER',
    urgency: 'NORMAL',
    target: 'RECEIVED',
    description: 'Please print the care labels in French as well',
    hoursAgo: 30,
  },
  // Classified
  {
    key: 'c06',
    customer: 'Zhu Lin',
    channel: 'WEB_CHAT',
    category: 'LOGISTICS_DELAY',
    urgency: 'NORMAL',
    target: 'CLASSIFIED',
    description: 'Delivery promised for Monday, still not here on Thursday',
    expected: 'A delivery date',
    order: true,
    hoursAgo: 26,
  },
  {
    key: 'c07',
    customer: 'Kim Min-jun',
    channel: 'EMAIL',
    category: 'BILLING',
    urgency: 'HIGH',
    target: 'CLASSIFIED',
    description: 'Charged twice for the same order',
    expected: 'A refund of the second charge',
    order: true,
    hoursAgo: 8,
  },
  {
    key: 'c08',
    customer: 'Hu Xiaoming',
    channel: 'PHONE',
    category: 'SERVICE_ATTITUDE',
    urgency: 'NORMAL',
    target: 'CLASSIFIED',
    description: 'The shop assistant was rude about a return',
    expected: 'An apology',
    hoursAgo: 28,
  },
  // Assigned
  {
    key: 'c09',
    customer: 'Olivia Brown',
    channel: 'EMAIL',
    category: 'LOGISTICS_DELAY',
    urgency: 'HIGH',
    target: 'ASSIGNED',
    description: 'The shipment to London is stuck in customs for two weeks',
    expected: 'Clearance and delivery',
    order: true,
    hoursAgo: 50,
  },
  {
    key: 'c10',
    customer: 'Guo Qiang',
    channel: 'PHONE',
    category: 'PRODUCT_QUALITY',
    urgency: 'HIGH',
    complex: true,
    target: 'ASSIGNED',
    description: 'A whole batch of cotton shirts shrank after the first wash',
    expected: 'A replacement batch',
    product: 'CT-SH-110',
    order: true,
    hoursAgo: 40,
    alsoDepartments: ['PURCHASING'],
  },
  {
    key: 'c11',
    customer: 'He Yan',
    channel: 'WEB_CHAT',
    category: 'OTHER',
    urgency: 'NORMAL',
    target: 'ASSIGNED',
    description: 'The membership card never arrived',
    expected: 'A new card',
    hoursAgo: 70,
  },
  // Investigating
  {
    key: 'c12',
    customer: 'Huang Lei',
    channel: 'WEB_CHAT',
    category: 'POINTS_ANOMALY',
    urgency: 'HIGH',
    target: 'INVESTIGATING',
    description: 'About 20,000 points disappeared from my account overnight',
    expected: 'The points restored',
    hoursAgo: 6,
  },
  {
    key: 'c13',
    customer: 'Luo Bin',
    channel: 'PHONE',
    category: 'PRODUCT_QUALITY',
    urgency: 'NORMAL',
    target: 'INVESTIGATING',
    description: 'Loose threads on every linen tablecloth in the order',
    expected: 'A refund',
    product: 'LN-TC-180',
    order: true,
    hoursAgo: 75,
  },
  {
    key: 'c14',
    customer: 'Song Jia',
    channel: 'EMAIL',
    category: 'LOGISTICS_DELAY',
    urgency: 'NORMAL',
    target: 'INVESTIGATING',
    rejectFirst: true,
    description: 'The courier left the parcel in the rain',
    expected: 'A replacement',
    order: true,
    hoursAgo: 90,
  },
  {
    key: 'c15',
    customer: 'Deng Chao',
    channel: 'PHONE',
    category: 'SERVICE_ATTITUDE',
    urgency: 'HIGH',
    complex: true,
    target: 'INVESTIGATING',
    description: 'A sales representative promised a wholesale price and then denied it',
    expected: 'The promised price honoured',
    hoursAgo: 55,
  },
  // Solution proposed
  {
    key: 'c16',
    customer: 'Yang Xue',
    channel: 'WEB_CHAT',
    category: 'PRODUCT_QUALITY',
    urgency: 'NORMAL',
    target: 'SOLUTION_PROPOSED',
    description: 'The silk blouse tore at the seam on first wear',
    expected: 'A new blouse',
    product: 'SK-BL-032',
    order: true,
    hoursAgo: 80,
    compensation: { points: 3_000 },
  },
  {
    key: 'c17',
    customer: 'Isabella Rossi',
    channel: 'EMAIL',
    category: 'LOGISTICS_DELAY',
    urgency: 'NORMAL',
    target: 'SOLUTION_PROPOSED',
    rejectFirst: true,
    description: 'Half of the order arrived, the rest is missing',
    expected: 'The missing items by air',
    order: true,
    hoursAgo: 100,
  },
  {
    key: 'c18',
    customer: 'Xie Ning',
    channel: 'PHONE',
    category: 'BILLING',
    urgency: 'NORMAL',
    target: 'SOLUTION_PROPOSED',
    description: 'The member discount was not applied at checkout',
    expected: 'The difference refunded',
    order: true,
    hoursAgo: 60,
    compensation: { refund: '128.00' },
  },
  // Solution accepted
  {
    key: 'c19',
    customer: 'Zhao Min',
    channel: 'PHONE',
    category: 'PRODUCT_QUALITY',
    urgency: 'HIGH',
    target: 'SOLUTION_ACCEPTED',
    description: 'The dye of the linen curtains ran in the first wash',
    expected: 'New curtains and compensation',
    product: 'LN-CU-300',
    order: true,
    hoursAgo: 45,
    compensation: { points: 5_000 },
  },
  {
    key: 'c20',
    customer: 'Han Bing',
    channel: 'WEB_CHAT',
    category: 'LOGISTICS_DELAY',
    urgency: 'NORMAL',
    target: 'SOLUTION_ACCEPTED',
    description: 'Delivered to the wrong address',
    expected: 'Redelivery',
    order: true,
    hoursAgo: 48,
  },
  // Implementing: the urgent one, compensated at once and approved afterwards
  {
    key: 'c21',
    customer: 'Wang Li',
    channel: 'PHONE',
    category: 'PRODUCT_QUALITY',
    urgency: 'URGENT',
    complex: true,
    target: 'IMPLEMENTING',
    description: '200 bolts of silk for a trade fair arrived stained; the buyer threatens to go to the press',
    expected: 'Replacement before the fair and compensation',
    product: 'SK-BT-900',
    order: true,
    hoursAgo: 4,
    compensation: { points: 300_000, refund: '12000.00' },
  },
  {
    key: 'c22',
    customer: 'Chen Hao',
    channel: 'EMAIL',
    category: 'LOGISTICS_DELAY',
    urgency: 'NORMAL',
    target: 'IMPLEMENTING',
    description: 'Cartons crushed in transit',
    expected: 'Replacement of the damaged goods',
    order: true,
    hoursAgo: 70,
  },
  // Resolved
  {
    key: 'c23',
    customer: 'Cao Rui',
    channel: 'PHONE',
    category: 'SERVICE_ATTITUDE',
    urgency: 'NORMAL',
    target: 'RESOLVED',
    description: 'Waited 40 minutes on the hotline',
    expected: 'An explanation',
    hoursAgo: 110,
  },
  {
    key: 'c24',
    customer: 'Tang Yi',
    channel: 'EMAIL',
    category: 'LOGISTICS_DELAY',
    urgency: 'HIGH',
    target: 'RESOLVED',
    feedback: true,
    description: 'The Hong Kong shipment missed the promised sailing',
    expected: 'The next sailing and a discount',
    order: true,
    hoursAgo: 65,
  },
  {
    key: 'c25',
    customer: 'Peng Li',
    channel: 'WEB_CHAT',
    category: 'OTHER',
    urgency: 'NORMAL',
    target: 'RESOLVED',
    description: 'Cannot log in to the member site',
    expected: 'Access restored',
    hoursAgo: 30,
  },
  // Closed, with feedback, follow-up and report
  {
    key: 'c26',
    customer: 'Liu Fang',
    channel: 'PHONE',
    category: 'PRODUCT_QUALITY',
    urgency: 'NORMAL',
    target: 'CLOSED',
    description: 'Silk pillowcases pilled within a week',
    expected: 'A replacement',
    product: 'SK-PC-050',
    order: true,
    hoursAgo: 120,
    compensation: { points: 2_000 },
    approveCompensation: true,
    improvement: 'Add a pilling test to the incoming inspection of silk lots',
  },
  {
    key: 'c27',
    customer: 'Zheng Hui',
    channel: 'WEB_CHAT',
    category: 'LOGISTICS_DELAY',
    urgency: 'NORMAL',
    target: 'CLOSED',
    description: 'The delivery came a week late',
    expected: 'An apology',
    order: true,
    hoursAgo: 100,
  },
  {
    key: 'c28',
    customer: 'Emma Schneider',
    channel: 'EMAIL',
    category: 'BILLING',
    urgency: 'NORMAL',
    target: 'CLOSED',
    description: 'The invoice was in CNY instead of EUR',
    expected: 'An invoice in EUR',
    order: true,
    hoursAgo: 96,
  },
  {
    key: 'c29',
    customer: 'Hiroshi Tanaka',
    channel: 'PHONE',
    category: 'PRODUCT_QUALITY',
    urgency: 'NORMAL',
    target: 'CLOSED',
    description: 'Kimono silk had a weaving fault',
    expected: 'A replacement bolt',
    product: 'SK-KM-210',
    order: true,
    hoursAgo: 90,
    linkedFollowUp: 'The replacement bolt arrived with a water stain',
  },
  {
    key: 'c30',
    customer: 'Zhou Jie',
    kind: 'INQUIRY',
    channel: 'PHONE',
    category: 'OTHER',
    urgency: 'NORMAL',
    target: 'CLOSED',
    description: 'How are points counted when part of an order is returned?',
    hoursAgo: 24,
  },
];

// ---------------------------------------------------------------------------------------------------
// Staff

type Staff =
  | 'specialist'
  | 'manager'
  | 'director'
  | 'sales'
  | 'salesHead'
  | 'internalControl'
  | 'marketing'
  | 'finance'
  | 'supervisor'
  | 'vp'
  | 'gm'
  | 'leadership';

const STAFF: Record<Staff, Actor> = {
  specialist: {
    sub: 'seed-cs-chen-jing',
    name: 'Chen Jing',
    roles: ['cs_specialist'],
    department: 'CUSTOMER_SERVICE',
  },
  manager: {
    sub: 'seed-cs-liu-yang',
    name: 'Liu Yang',
    roles: ['cs_manager'],
    department: 'CUSTOMER_SERVICE',
  },
  director: {
    sub: 'seed-cs-zhao-wei',
    name: 'Zhao Wei',
    roles: ['cs_director'],
    department: 'CUSTOMER_SERVICE',
  },
  sales: { sub: 'seed-sales-sun-hao', name: 'Sun Hao', roles: ['sales'], department: 'SALES' },
  salesHead: {
    sub: 'seed-sales-head-xu-lei',
    name: 'Xu Lei',
    roles: ['department_head'],
    department: 'SALES',
  },
  internalControl: {
    sub: 'seed-ic-he-qian',
    name: 'He Qian',
    roles: ['internal_control'],
    department: 'INTERNAL_CONTROL',
  },
  marketing: { sub: 'seed-mkt-gao-yan', name: 'Gao Yan', roles: ['marketing'], department: 'MARKETING' },
  finance: { sub: 'seed-fin-deng-rui', name: 'Deng Rui', roles: ['finance'], department: 'FINANCE' },
  supervisor: {
    sub: 'seed-loyalty-feng-min',
    name: 'Feng Min',
    roles: ['loyalty_supervisor'],
    department: 'SALES',
  },
  vp: { sub: 'seed-vp-tang-jun', name: 'Tang Jun', roles: ['vp'], department: 'MANAGEMENT' },
  gm: { sub: 'seed-gm-wu-gang', name: 'Wu Gang', roles: ['gm'], department: 'MANAGEMENT' },
  leadership: {
    sub: 'seed-lead-qian-hong',
    name: 'Qian Hong',
    roles: ['leadership_group'],
    department: 'MANAGEMENT',
  },
};

// ---------------------------------------------------------------------------------------------------
// GraphQL over HTTP

class SeedError extends Error {}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

class Client {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    private readonly url: string,
    private readonly secret: string,
  ) {}

  token(actor: Actor): Promise<string> {
    const key = `${actor.sub}|${actor.roles.join(',')}|${actor.department ?? ''}`;
    let token = this.tokens.get(key);
    if (!token) {
      token = devToken(actor, this.secret, '2h');
      this.tokens.set(key, token);
    }
    return token;
  }

  /** The data, or a SeedError naming the operation and the error codes. */
  async call<T>(actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.raw<T>(actor, query, variables);
    if (body.errors?.length) {
      const what = query.replace(/\s+/g, ' ').slice(0, 80);
      throw new SeedError(
        `${what}: ${body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'} ${e.message}`).join('; ')}`,
      );
    }
    return body.data as T;
  }

  async raw<T>(
    actor: Actor,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: T | null; errors?: GraphQLErrorShape[] }> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await this.token(actor)}`,
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new SeedError(
        `cannot reach the gateway at ${this.url} (${error instanceof Error ? error.message : String(error)}): is \`pnpm start\` running?`,
      );
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as { data?: T | null; errors?: GraphQLErrorShape[] };
    } catch {
      throw new SeedError(`the gateway answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    }
  }
}

/** Files a complaint, retrying while complaints does not know the (just registered) customer yet. */
function fileWhenKnown(
  client: Client,
  customerId: string,
  timeoutMs: number,
  variables: Record<string, unknown>,
): Promise<{ fileComplaint: ComplaintRow }> {
  const query = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ${COMPLAINT_FIELDS} } }`;
  return waitFor(
    `complaints to know customer ${customerId}`,
    async () => {
      const body = await client.raw<{ fileComplaint: ComplaintRow }>(STAFF.specialist, query, variables);
      if (body.errors?.length === 1 && body.errors[0]!.extensions?.code === 'NOT_FOUND') return undefined;
      if (body.errors?.length)
        throw new SeedError(
          `fileComplaint: ${body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'} ${e.message}`).join('; ')}`,
        );
      return body.data!;
    },
    timeoutMs,
  );
}

/** Polls until `check` returns a value (not undefined) or the time is up; then fails saying what it waited for. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new SeedError(
        `timed out after ${timeoutMs / 1000} s waiting for ${what}: are the services' event consumers running (NATS)?`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---------------------------------------------------------------------------------------------------
// Dates

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const local = (at: Date) => {
  const d = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

// ---------------------------------------------------------------------------------------------------
// The seed

interface CustomerRow {
  id: string;
  name: string;
  tier: Tier;
  status: string;
  identityVerified: boolean;
  consentHistory: { kind: string; granted: boolean }[];
}

const CUSTOMER_FIELDS = 'id name tier status identityVerified consentHistory { kind granted }';

interface ComplaintRow {
  id: string;
  number: string;
  kind: string;
  status: ComplaintStatus;
  leadDepartment: string | null;
  rootCause: { category: string } | null;
  solutions: { id: string; response: string | null }[];
  compensation: { solutionId: string; status: string } | null;
  feedback: { satisfaction: number } | null;
  followUps: { id: string }[];
  improvementActions: { id: string }[];
  sla: { firstRespondedAt: string | null };
}

const COMPLAINT_FIELDS =
  'id number kind status leadDepartment rootCause { category } solutions { id response } compensation { solutionId status } feedback { satisfaction } followUps { id } improvementActions { id } sla { firstRespondedAt }';

interface ApprovalRow {
  id: string;
  type: string;
  status: string;
  requiredAuthority: string;
  reference: { id: string } | null;
}

export async function seed(options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stdout.write(`[seed] ${line}\n`));
  const timeoutMs = options.eventTimeoutMs ?? 30_000;
  const client = new Client(options.gatewayUrl, options.secret);
  const call = <T>(actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
    client.call<T>(actor, query, variables);
  const now = new Date();
  const today = local(now);
  const lastYear = today.year - 1;
  const random = generator(0x5eed_2026);
  const between = (min: number, max: number) => Math.floor(min + random() * (max - min + 1));
  const created = { customers: 0, complaints: 0, redemptions: 0, campaigns: 0 };

  const department = (name: string, role: Role = 'department_staff'): Actor => ({
    sub: `seed-${role === 'department_head' ? 'head' : 'staff'}-${name.toLowerCase().replace(/_/g, '-')}`,
    name: `${role === 'department_head' ? 'Head of' : 'Staff of'} ${name.toLowerCase().replace(/_/g, ' ')}`,
    roles: [role],
    department: name as Department,
  });

  // ---- Customers ------------------------------------------------------------------------------
  const existing = new Map<string, CustomerRow>();
  for (let after: string | null = null; ;) {
    const {
      customers,
    }: {
      customers: {
        edges: { node: CustomerRow }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await call(
      STAFF.sales,
      `query($tag: String!, $after: String) { customers(filter: { tag: $tag }, first: 100, after: $after) { edges { node { ${CUSTOMER_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { tag: SEED_TAG, after },
    );
    for (const { node } of customers.edges) existing.set(node.name, node);
    if (!customers.pageInfo.hasNextPage) break;
    after = customers.pageInfo.endCursor;
  }
  if (existing.size > 0) log(`${existing.size} seeded customers found: completing what is missing`);

  const customers = new Map<string, CustomerRow & { plan: CustomerPlan; spend: number }>();
  const pendingCurrentYear: { id: string; plan: CustomerPlan; cny: number; order: string }[] = [];
  for (const [index, plan] of CUSTOMERS.entries()) {
    // Every draw happens on every run, in the same order, so the amounts never shift.
    const [min, max] = SPEND_BANDS[plan.tier];
    const spend = between(min, max);
    const parts = between(2, 5);
    const weights = Array.from({ length: parts }, () => 0.5 + random());
    const months = Array.from({ length: parts }, () => between(1, 12));
    const days = Array.from({ length: parts }, () => between(1, 28));
    const birthMonth = plan.birthdayThisMonth ? today.month : between(1, 12);
    const birthDay = between(1, 28);
    const birthYear = between(1962, 1998);
    const currentYearOrder = random() < 0.4 ? between(300, Math.max(400, Math.floor(spend / 20))) : 0;

    let row = existing.get(plan.name);
    if (!row) {
      const slug = plan.name.toLowerCase().replace(/[^a-z]+/g, '.');
      const { registerCustomer } = await call<{ registerCustomer: CustomerRow }>(
        STAFF.sales,
        `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { ${CUSTOMER_FIELDS} } }`,
        {
          input: {
            name: plan.name,
            email: `${slug}@example.com`,
            phone: plan.region.startsWith('CN')
              ? `13${pad(index + 10, 2)}0${pad(between(1000, 9999), 4)}${pad(index, 2)}`
              : `+00 555 01${pad(index, 2)}`,
            region: plan.region,
            birthday: isoDate(birthYear, birthMonth, birthDay),
            preferredLanguage: plan.language,
            tags: [SEED_TAG, ...plan.tags],
            ...(plan.tier === 'DIAMOND' ? { representative: STAFF.sales.sub } : {}),
          },
        },
      );
      row = registerCustomer;
      created.customers++;
    } else if (plan.region.startsWith('CN')) {
      between(1000, 9999); // the phone number's draw, kept so later amounts do not shift
    }
    const id = row.id;

    // Consents: the signed privacy authorisation (DOMAIN 2.7), and marketing e-mail for some.
    const history = (kind: string) => row!.consentHistory.filter((c) => c.kind === kind);
    if (history('PRIVACY').length === 0)
      await call(
        STAFF.specialist,
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            customerId: id,
            kind: 'PRIVACY',
            granted: true,
            lawfulBasis: plan.region.startsWith('US')
              ? 'CCPA_NOTICE'
              : plan.region.startsWith('CN') || plan.region === 'HK'
                ? 'CONSENT'
                : 'CONTRACT',
            source: 'signed privacy authorisation',
          },
        },
      );
    if (plan.marketing) {
      const marketing = history('MARKETING_EMAIL');
      if (marketing.length === 0)
        await call(
          STAFF.specialist,
          `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
          {
            input: {
              customerId: id,
              kind: 'MARKETING_EMAIL',
              granted: true,
              lawfulBasis: 'CONSENT',
              source: 'member sign-up form',
            },
          },
        );
      if (plan.marketing === 'UNSUBSCRIBED' && marketing.length < 2)
        await call(
          STAFF.specialist,
          `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
          {
            input: {
              customerId: id,
              kind: 'MARKETING_EMAIL',
              granted: false,
              source: 'unsubscribe link in the mail',
            },
          },
        );
    }
    if (plan.verify && !row.identityVerified)
      await call(
        STAFF.sales,
        `mutation($input: VerifyIdentityInput!) { verifyIdentity(input: $input) { id } }`,
        {
          input: {
            customerId: id,
            documentType: plan.region.startsWith('CN')
              ? 'ID_CARD'
              : plan.region === 'HK'
                ? 'HKID'
                : 'PASSPORT',
            documentNumber: plan.region.startsWith('CN')
              ? `3301021980${pad(index, 2)}01${pad((index * 37) % 10000, 4)}`
              : `P${pad(index * 7919, 8)}`,
          },
        },
      );

    // Last year's purchases: the spend the January re-evaluation looks at.
    let remaining = spend;
    const total = weights.reduce((a, b) => a + b, 0);
    for (let p = 0; p < parts; p++) {
      const cny = p === parts - 1 ? remaining : Math.max(1, Math.floor((spend * weights[p]!) / total));
      remaining -= cny;
      await purchase(
        id,
        plan,
        `DEMO-${lastYear}-${pad(index + 1)}-${p + 1}`,
        cny,
        new Date(Date.UTC(lastYear, months[p]! - 1, days[p]!, 2)),
      );
    }
    customers.set(plan.name, { ...row, plan, spend });
    if (currentYearOrder > 0)
      pendingCurrentYear.push({
        id,
        plan,
        cny: currentYearOrder,
        order: `DEMO-${today.year}-${pad(index + 1)}-1`,
      });
  }

  /** Once per order number: the same order again is the same purchase. */
  async function purchase(
    customerId: string,
    plan: CustomerPlan,
    orderNumber: string,
    cny: number,
    purchasedAt: Date,
  ): Promise<void> {
    const rate = RATES[plan.currency] ?? 1;
    const amount = plan.currency === 'CNY' ? `${cny}.00` : (cny / rate).toFixed(2);
    await call(
      STAFF.sales,
      `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`,
      {
        input: {
          customerId,
          orderNumber,
          amount,
          currency: plan.currency,
          ...(plan.currency === 'CNY' ? {} : { amountCny: `${cny}.00` }),
          purchasedAt: purchasedAt.toISOString(),
        },
      },
    );
  }
  log(`${customers.size} customers (${created.customers} new) with their ${lastYear} purchases`);

  // ---- Tiers: the January re-evaluation of last year's spend, confirmed by internal control ------
  const tierOf = (spend: number): Tier =>
    spend >= 500_000 ? 'DIAMOND' : spend >= 200_000 ? 'PLATINUM' : spend >= 50_000 ? 'GOLD' : 'MEMBER';
  const toChange = [...customers.values()].filter((c) => c.tier !== tierOf(c.spend));
  let tierMethod: SeedSummary['tierMethod'] = 'UNCHANGED';
  if (toChange.length > 0) {
    const evaluation = await client.raw<{
      evaluateTiers: { id: string; status: string; to: Tier; customer: { id: string } }[];
    }>(STAFF.sales, `mutation($year: Int!) { evaluateTiers(year: $year) { id status to customer { id } } }`, {
      year: lastYear,
    });
    if (evaluation.data?.evaluateTiers) {
      tierMethod = 'EVALUATION';
      const ours = new Set(toChange.map((c) => c.id));
      for (const p of evaluation.data.evaluateTiers.filter(
        (p) => p.status === 'PROPOSED' && ours.has(p.customer.id),
      ))
        await call(
          STAFF.internalControl,
          `mutation($input: ConfirmTierChangeInput!) { confirmTierChange(input: $input) { status } }`,
          { input: { id: p.id, approve: true, reason: `purchase history of ${lastYear} checked` } },
        );
    } else if (evaluation.errors?.[0]?.extensions?.code === 'INVALID_TRANSITION') {
      // The re-evaluation runs in January only (DOMAIN 2.1): outside it, the same outcome is entered as
      // audited overrides that name the spend behind them.
      tierMethod = 'OVERRIDE';
      log(
        `evaluateTiers refused (${evaluation.errors[0].message}): setting the tiers by audited overrides instead`,
      );
      for (const c of toChange)
        await call(
          STAFF.internalControl,
          `mutation($input: OverrideTierInput!) { overrideTier(input: $input) { tier } }`,
          {
            input: {
              customerId: c.id,
              tier: tierOf(c.spend),
              reason: `Demo data: ${lastYear} spend of ${c.spend} CNY earns ${tierOf(c.spend)} (the re-evaluation runs in January only)`,
            },
          },
        );
    } else {
      throw new SeedError(
        `evaluateTiers: ${evaluation.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
      );
    }
    for (const c of toChange) c.tier = tierOf(c.spend);
    log(
      `tiers: ${toChange.length} changed (${tierMethod === 'EVALUATION' ? 'evaluateTiers + confirmTierChange' : 'overrideTier'})`,
    );
  }

  // This year's purchases, after the tiers: a Diamond buying in the birthday month earns double points.
  for (const p of pendingCurrentYear) {
    const yearStart = Date.UTC(today.year, 0, 1) - SHANGHAI_OFFSET_MS;
    const at = p.plan.birthdayThisMonth
      ? now.getTime() - 60_000
      : yearStart + ((now.getTime() - yearStart) * ((p.cny % 89) + 5)) / 100;
    await purchase(p.id, p.plan, p.order, p.cny, new Date(Math.min(at, now.getTime() - 60_000)));
  }

  // ---- Redemptions ------------------------------------------------------------------------------
  const approvals = async (type: string): Promise<ApprovalRow[]> => {
    const rows: ApprovalRow[] = [];
    for (let after: string | null = null; ;) {
      const {
        approvalRequests,
      }: {
        approvalRequests: {
          edges: { node: ApprovalRow }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await call(
        STAFF.gm,
        `query($type: ApprovalType!, $after: String) { approvalRequests(filter: { type: [$type] }, first: 100, after: $after) { edges { node { id type status requiredAuthority reference { id } } } pageInfo { hasNextPage endCursor } } }`,
        { type, after },
      );
      rows.push(...approvalRequests.edges.map((e) => e.node));
      if (!approvalRequests.pageInfo.hasNextPage) return rows;
      after = approvalRequests.pageInfo.endCursor;
    }
  };
  const approvalFor = (type: string, referenceId: string, what: string) =>
    waitFor(
      `the approval request for ${what}`,
      async () => (await approvals(type)).find((r) => r.reference?.id === referenceId),
      timeoutMs,
    );
  const decide = (actor: Actor, id: string, decision: 'APPROVE' | 'REJECT', reason?: string) =>
    call(
      actor,
      `mutation($input: DecideApprovalRequestInput!) { decideApprovalRequest(input: $input) { status } }`,
      {
        input: { id, decision, ...(reason ? { reason } : {}) },
      },
    );

  const askedBefore = new Set((await approvals('POINTS_REDEMPTION')).map((r) => r.reference?.id));
  for (const r of REDEMPTIONS) {
    const customer = customers.get(r.customer)!;
    const { requestRedemption } = await call<{ requestRedemption: { id: string; status: string } }>(
      STAFF.manager,
      `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id status } }`,
      { input: { customerId: customer.id, points: r.points, idempotencyKey: r.key } },
    );
    if (!askedBefore.has(requestRedemption.id)) created.redemptions++;
    const request = await approvalFor('POINTS_REDEMPTION', requestRedemption.id, `redemption ${r.key}`);
    if (r.decision && request.status === 'PENDING') {
      await decide(
        STAFF.supervisor,
        request.id,
        r.decision,
        r.decision === 'REJECT'
          ? 'The customer asked for the same gift last week; one redemption a month'
          : undefined,
      );
      await waitFor(
        `redemption ${r.key} to be ${r.decision === 'APPROVE' ? 'completed' : 'cancelled'}`,
        async () => {
          const { redemption } = await call<{ redemption: { status: string } }>(
            STAFF.manager,
            `query($id: ID!) { redemption(id: $id) { status } }`,
            { id: requestRedemption.id },
          );
          return redemption.status === (r.decision === 'APPROVE' ? 'COMPLETED' : 'CANCELLED')
            ? true
            : undefined;
        },
        timeoutMs,
      );
    }
  }
  log(`redemptions: ${REDEMPTIONS.length} (${created.redemptions} new), the largest waiting for the GM`);

  // ---- Reward campaigns -------------------------------------------------------------------------
  const campaignNames = new Map<
    string,
    { id: string; status: string; interactions: { customerId: string }[] }
  >();
  {
    const { campaigns } = await call<{
      campaigns: {
        edges: {
          node: { id: string; name: string; status: string; interactions: { customerId: string }[] };
        }[];
      };
    }>(
      STAFF.sales,
      `{ campaigns(first: 100) { edges { node { id name status interactions { customerId } } } } }`,
    );
    for (const { node } of campaigns.edges) campaignNames.set(node.name, node);
  }
  const monthStart = isoDate(today.year, today.month, 1);
  const CAMPAIGNS = [
    {
      name: `Diamond birthday double points ${today.year}-${pad(today.month)}`,
      type: 'BIRTHDAY_PERK',
      targetTiers: ['DIAMOND'],
      budget: '8000',
      expectedEffect: 'Diamond retention >= 97 %',
      startsOn: monthStart,
      endsOn: isoDate(today.year, today.month + 1, 0),
      approver: department('MARKETING', 'department_head'),
      interactions: CUSTOMERS.filter((c) => c.tier === 'DIAMOND').map((c) => ({
        customer: c.name,
        kind: 'BIRTHDAY_GIFT',
        cost: '380',
        points: 2000,
      })),
      finish: false,
    },
    {
      name: `Gold and Platinum silk trial ${lastYear}-Q4`,
      type: 'PRODUCT_TRIAL',
      targetTiers: ['GOLD', 'PLATINUM'],
      budget: '20000',
      expectedEffect: 'repurchase rate +5 %',
      startsOn: isoDate(lastYear, 10, 1),
      endsOn: isoDate(lastYear, 12, 31),
      approver: STAFF.vp,
      interactions: ['Li Na', 'Chen Hao', 'Liu Fang', 'Xu Jing', 'Isabella Rossi', 'Hiroshi Tanaka'].map(
        (name, i) => ({
          customer: name,
          kind: 'TRIAL_SAMPLE',
          cost: String(260 + i * 85),
          points: 500,
        }),
      ),
      finish: true,
    },
  ];
  const campaignStatus: Record<string, string> = {};
  for (const plan of CAMPAIGNS) {
    let campaign = campaignNames.get(plan.name);
    if (!campaign) {
      const { createCampaign } = await call<{ createCampaign: { id: string; status: string } }>(
        STAFF.sales,
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id status } }`,
        {
          input: {
            name: plan.name,
            type: plan.type,
            targetTiers: plan.targetTiers,
            budget: plan.budget,
            expectedEffect: plan.expectedEffect,
            startsOn: plan.startsOn,
            endsOn: plan.endsOn,
          },
        },
      );
      campaign = { ...createCampaign, interactions: [] };
      created.campaigns++;
    }
    const id = campaign.id;
    let status = campaign.status;
    if (status === 'DRAFT') {
      status = (
        await call<{ submitCampaign: { status: string } }>(
          STAFF.salesHead,
          `mutation($id: ID!) { submitCampaign(id: $id) { status } }`,
          { id },
        )
      ).submitCampaign.status;
    }
    if (status === 'PENDING_APPROVAL') {
      const request = await approvalFor('CAMPAIGN', id, `campaign "${plan.name}"`);
      if (request.status === 'PENDING') await decide(plan.approver, request.id, 'APPROVE');
      status = await waitFor(
        `campaign "${plan.name}" to be approved`,
        async () => {
          const { campaign: c } = await call<{ campaign: { status: string } }>(
            STAFF.sales,
            `query($id: ID!) { campaign(id: $id) { status } }`,
            { id },
          );
          return c.status === 'PENDING_APPROVAL' ? undefined : c.status;
        },
        timeoutMs,
      );
    }
    if (status === 'APPROVED') {
      const done = new Set(campaign.interactions.map((i) => i.customerId));
      for (const i of plan.interactions) {
        const customerId = customers.get(i.customer)!.id;
        if (done.has(customerId)) continue;
        await call(
          STAFF.marketing,
          `mutation($input: RecordCampaignInteractionInput!) { recordCampaignInteraction(input: $input) { id } }`,
          {
            input: {
              campaignId: id,
              customerId,
              kind: i.kind,
              cost: i.cost,
              points: i.points,
              note: 'demo data',
            },
          },
        );
      }
      if (plan.finish) {
        await call(STAFF.marketing, `mutation($id: ID!) { closeCampaign(id: $id) { status } }`, { id });
        status = 'CLOSED';
      }
    }
    if (plan.finish && status === 'CLOSED') {
      await call(STAFF.finance, `mutation($id: ID!) { settleCampaign(id: $id) { status } }`, { id });
      status = 'SETTLED';
    }
    if (plan.finish && status === 'SETTLED') {
      status = (
        await call<{ archiveCampaign: { status: string } }>(
          STAFF.sales,
          `mutation($id: ID!) { archiveCampaign(id: $id) { status } }`,
          { id },
        )
      ).archiveCampaign.status;
    }
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
    const kind = plan.kind ?? 'COMPLAINT';
    // Complaints knows a customer once loyalty's `customer.registered` event has reached it: a customer
    // registered a moment ago may still be NOT_FOUND there, so the filing waits for it (bounded).
    const filed = await fileWhenKnown(client, customer.id, timeoutMs, {
      input: {
        customerId: customer.id,
        kind,
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
    const c = await walk(filed.fileComplaint, plan);
    if (ORDER(c.status) !== ORDER(plan.target) && !(plan.kind && c.status === plan.target))
      throw new SeedError(`complaint ${c.number} ended in ${c.status}, expected ${plan.target}`);
  }

  async function walk(start: ComplaintRow, plan: ComplaintPlan): Promise<ComplaintRow> {
    let c = start;
    const lead = () => department(c.leadDepartment ?? 'CUSTOMER_SERVICE');
    const step = async (actor: Actor, mutation: string, type: string, input: Record<string, unknown>) => {
      const data = await call<Record<string, ComplaintRow>>(
        actor,
        `mutation($input: ${type}!) { ${mutation}(input: $input) { ${COMPLAINT_FIELDS} } }`,
        { input: { id: c.id, ...input } },
      );
      c = data[mutation]!;
    };
    const rejected = () => c.solutions.some((s) => s.response === 'REJECT');
    const signOff = plan.urgency === 'URGENT' ? STAFF.director : STAFF.manager;
    for (let guard = 0; guard < 20; guard++) {
      const reached =
        c.status === plan.target &&
        (!plan.rejectFirst || rejected()) &&
        (!plan.feedback || c.feedback !== null || c.status !== 'RESOLVED');
      if (reached) {
        if (plan.improvement && c.improvementActions.length === 0)
          await step(STAFF.manager, 'addImprovementAction', 'AddImprovementActionInput', {
            description: plan.improvement,
            ownerDepartment: c.leadDepartment ?? 'QUALITY_CONTROL',
            dueDate: isoDate(today.year, today.month + 1, 15),
          });
        return c;
      }
      if (c.kind !== 'COMPLAINT') {
        if (c.status === 'RECEIVED')
          await step(STAFF.specialist, 'answerInquiry', 'AnswerInquiryInput', {
            answer:
              'Returned items take back the points they earned; the rest of the order keeps its points.',
          });
        else if (c.status === 'RESOLVED')
          await step(STAFF.specialist, 'closeComplaint', 'CloseComplaintInput', {});
        else throw new SeedError(`inquiry ${c.number} in ${c.status}`);
        continue;
      }
      switch (c.status) {
        case 'RECEIVED':
          await step(STAFF.specialist, 'classifyComplaint', 'ClassifyComplaintInput', {
            category: plan.category,
            urgency: plan.urgency,
            complexity: plan.complex ? 'COMPLEX' : 'SIMPLE',
          });
          break;
        case 'CLASSIFIED':
          if (!c.sla.firstRespondedAt)
            await step(STAFF.specialist, 'respondToCustomer', 'RespondToCustomerInput', {
              message: 'Your complaint is registered; the responsible department will contact you.',
            });
          if (plan.alsoDepartments)
            await step(STAFF.leadership, 'assignComplaint', 'AssignComplaintInput', {
              additionalDepartments: plan.alsoDepartments,
              leadDepartment: 'QUALITY_CONTROL',
              notes: 'Several departments: quality control leads, purchasing checks the supplier',
            });
          else
            await step(STAFF.manager, 'assignComplaint', 'AssignComplaintInput', {
              notes: `Customer expects: ${plan.expected ?? 'an answer'}`,
              customerExpectedBy: new Date(now.getTime() + 3 * 86_400_000).toISOString(),
            });
          break;
        case 'ASSIGNED':
          await step(lead(), 'recordInvestigation', 'RecordInvestigationInput', {
            note: 'Checked the order, the product data and the logistics records; called the customer',
            evidence: [`ORDER-CHECK-${plan.key.toUpperCase()}`],
          });
          break;
        case 'INVESTIGATING':
          if (!c.rootCause)
            await step(lead(), 'recordRootCause', 'RecordRootCauseInput', {
              category:
                plan.category === 'PRODUCT_QUALITY'
                  ? 'MATERIAL'
                  : plan.category === 'SERVICE_ATTITUDE'
                    ? 'PEOPLE'
                    : 'METHOD',
              what: plan.description,
              why:
                plan.category === 'POINTS_ANOMALY'
                  ? 'A batch job posted a reversal twice'
                  : 'A gap in the process the department follows',
              where: plan.category === 'LOGISTICS_DELAY' ? 'Hand-over to the carrier' : 'Warehouse',
            });
          else
            await step(lead(), 'proposeSolution', 'ProposeSolutionInput', {
              description:
                c.solutions.length === 0
                  ? `Proposal: ${plan.expected ?? 'an apology and a correction'}`
                  : `Revised proposal after the customer's answer: ${plan.expected ?? 'a correction'} and priority handling`,
              ...(plan.compensation
                ? {
                    compensation: {
                      points: plan.compensation.points ?? 0,
                      ...(plan.compensation.refund ? { refundAmount: plan.compensation.refund } : {}),
                    },
                  }
                : {}),
            });
          break;
        case 'SOLUTION_PROPOSED': {
          const latest = c.solutions[c.solutions.length - 1]!;
          const reject = plan.rejectFirst && !rejected();
          await step(STAFF.specialist, 'recordCustomerResponse', 'RecordCustomerResponseInput', {
            solutionId: latest.id,
            response: reject ? 'REJECT' : 'ACCEPT',
            ...(reject ? { reason: 'The customer wants the goods, not a voucher' } : {}),
          });
          break;
        }
        case 'SOLUTION_ACCEPTED':
          if (plan.approveCompensation && c.compensation?.status === 'PENDING_APPROVAL') {
            const request = await approvalFor(
              'COMPENSATION',
              c.compensation.solutionId,
              `the compensation of ${c.number}`,
            );
            if (request.status === 'PENDING')
              await decide(department(c.leadDepartment!, 'department_head'), request.id, 'APPROVE');
            c = await waitFor(
              `the compensation of ${c.number} to be granted`,
              async () => {
                const { complaint } = await call<{ complaint: ComplaintRow }>(
                  STAFF.manager,
                  `query($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`,
                  { id: c.id },
                );
                return complaint.compensation?.status === 'GRANTED' ? complaint : undefined;
              },
              timeoutMs,
            );
          }
          await step(lead(), 'startImplementation', 'ComplaintVersionInput', {});
          break;
        case 'IMPLEMENTING':
          await step(lead(), 'resolveComplaint', 'ResolveComplaintInput', {
            summary: `Done: ${plan.expected ?? 'the agreed solution'}`,
          });
          break;
        case 'RESOLVED':
          if (!c.feedback)
            await step(STAFF.specialist, 'recordFeedback', 'RecordFeedbackInput', {
              whatWasDone: `Carried out: ${plan.expected ?? 'the agreed solution'}`,
              satisfaction: 3 + (plan.key.charCodeAt(2) % 3),
              comment: 'The customer thanked the team',
              resultToldToCustomer: true,
            });
          else if (c.followUps.length === 0)
            await step(
              STAFF.specialist,
              'recordFollowUp',
              'RecordFollowUpInput',
              plan.linkedFollowUp
                ? {
                    outcome: 'A new problem came up at the visit',
                    newProblem: true,
                    action: 'LINKED_COMPLAINT',
                    newProblemDescription: plan.linkedFollowUp,
                  }
                : { outcome: 'The customer is satisfied; no new problem', newProblem: false },
            );
          else
            await step(signOff, 'closeComplaint', 'CloseComplaintInput', {
              report: {
                cause: plan.description,
                handlingIssues: plan.hoursAgo > 96 ? 'The first answer took longer than the target' : 'None',
                solutionEffective: !plan.linkedFollowUp,
              },
            });
          break;
        default:
          throw new SeedError(`complaint ${c.number} is ${c.status}: the seed does not go on from there`);
      }
    }
    throw new SeedError(`complaint ${c.number} did not reach ${plan.target}`);
  }

  // ---- Events other services must have applied before the data is complete ----------------------
  // Compensation points granted (the urgent one at once, the approved one on approval) are credited by
  // loyalty from the complaint's event.
  const credited = COMPLAINTS.filter(
    (p) =>
      p.compensation?.points &&
      ORDER(p.target) >= ORDER('SOLUTION_ACCEPTED') &&
      (p.urgency === 'URGENT' || p.approveCompensation),
  );
  for (const p of credited) {
    const customer = customers.get(p.customer)!;
    await waitFor(
      `the compensation points of complaint ${p.key} on ${p.customer}'s account`,
      async () => {
        const { customer: found } = await call<{
          customer: { pointsLedger: { edges: { node: { source: string; points: number } }[] } };
        }>(
          STAFF.sales,
          `query($id: ID!) { customer(id: $id) { pointsLedger(first: 100) { edges { node { source points } } } } }`,
          { id: customer.id },
        );
        return found.pointsLedger.edges.some(
          (e) => e.node.source === 'COMPLAINT' && e.node.points === p.compensation!.points,
        )
          ? true
          : undefined;
      },
      timeoutMs,
    );
  }
  const anomaly = customers.get('Huang Lei')!;
  await waitFor(
    `the points-anomaly freeze of ${anomaly.plan.name}'s account`,
    async () => {
      const { customer } = await call<{ customer: { status: string } }>(
        STAFF.sales,
        `query($id: ID!) { customer(id: $id) { status } }`,
        { id: anomaly.id },
      );
      return customer.status === 'FROZEN' ? true : undefined;
    },
    timeoutMs,
  );
  const withPendingCompensation = COMPLAINTS.filter(
    (p) => p.compensation && !p.approveCompensation && ORDER(p.target) >= ORDER('SOLUTION_ACCEPTED'),
  );
  for (const p of withPendingCompensation) {
    const { complaints } = await call<{ complaints: { edges: { node: ComplaintRow }[] } }>(
      STAFF.manager,
      `query($c: UUID!) { complaints(filter: { customerId: $c }, first: 100) { edges { node { ${COMPLAINT_FIELDS} } } } }`,
      { c: customers.get(p.customer)!.id },
    );
    const solutionId = complaints.edges.map((e) => e.node).find((n) => n.compensation)
      ?.compensation?.solutionId;
    if (solutionId) await approvalFor('COMPENSATION', solutionId, `the compensation of ${p.key}`);
  }

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

/** The seeded customers by tier, their complaints by status, and the pending approvals, read through the gateway. */
async function summarise(
  client: Client,
  customerIds: string[],
): Promise<
  Pick<SeedSummary, 'customersByTier' | 'frozenCustomers' | 'complaintsByStatus' | 'approvalsPending'>
> {
  const ours = new Set(customerIds);
  const customersByTier = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  let frozenCustomers = 0;
  for (let after: string | null = null; ;) {
    const {
      customers,
    }: {
      customers: {
        edges: { node: { id: string; tier: Tier; status: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await client.call(
      STAFF.sales,
      `query($tag: String!, $after: String) { customers(filter: { tag: $tag }, first: 100, after: $after) { edges { node { id tier status } } pageInfo { hasNextPage endCursor } } }`,
      { tag: SEED_TAG, after },
    );
    for (const { node } of customers.edges) {
      customersByTier[node.tier]++;
      if (node.status === 'FROZEN') frozenCustomers++;
    }
    if (!customers.pageInfo.hasNextPage) break;
    after = customers.pageInfo.endCursor;
  }
  const complaintsByStatus = Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, 0])) as Record<
    ComplaintStatus,
    number
  >;
  for (let after: string | null = null; ;) {
    const {
      complaints,
    }: {
      complaints: {
        edges: { node: { status: ComplaintStatus; customer: { id: string } } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await client.call(
      STAFF.manager,
      `query($after: String) { complaints(first: 100, after: $after) { edges { node { status customer { id } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const { node } of complaints.edges)
      if (ours.has(node.customer.id)) complaintsByStatus[node.status]++;
    if (!complaints.pageInfo.hasNextPage) break;
    after = complaints.pageInfo.endCursor;
  }
  const approvalsPending: Record<string, number> = {};
  for (let after: string | null = null; ;) {
    const {
      approvalRequests,
    }: {
      approvalRequests: {
        edges: { node: { requiredAuthority: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await client.call(
      STAFF.gm,
      `query($after: String) { approvalRequests(filter: { status: [PENDING] }, first: 100, after: $after) { edges { node { requiredAuthority } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const { node } of approvalRequests.edges)
      approvalsPending[node.requiredAuthority] = (approvalsPending[node.requiredAuthority] ?? 0) + 1;
    if (!approvalRequests.pageInfo.hasNextPage) break;
    after = approvalRequests.pageInfo.endCursor;
  }
  return { customersByTier, frozenCustomers, complaintsByStatus, approvalsPending };
}

const total = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

const FIRST_QUERY = `{
  complaints(first: 10, filter: { status: [INVESTIGATING, SOLUTION_PROPOSED] }) {
    totalCount
    edges { node { number status category urgency customer { name tier pointsBalance status } } }
  }
}`;

export function printSummary(summary: SeedSummary, write: (line: string) => void): void {
  const line = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const pending = total(summary.approvalsPending);
  write(`done in ${summary.seconds} s; created now: ${line(summary.created)}`);
  write(`customers by tier: ${line(summary.customersByTier)} (${summary.frozenCustomers} frozen)`);
  write(`complaints by status: ${line(summary.complaintsByStatus)}`);
  write(`approvals pending: ${pending} (${line(summary.approvalsPending)})`);
  write('a first query (token: pnpm -s run token -- --role cs_manager --department CUSTOMER_SERVICE):');
  for (const l of FIRST_QUERY.split('\n')) write(`  ${l}`);
}

if (require.main === module) {
  const write = (line: string) => process.stdout.write(`[seed] ${line}\n`);
  seed({ gatewayUrl: process.env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL, secret: devSecret(), log: write })
    .then((summary) => printSummary(summary, write))
    .catch((error: unknown) => {
      process.stderr.write(`[seed] failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
