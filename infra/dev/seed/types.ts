import type { Clock } from '@care/service-kit';

import {
  CATEGORIES,
  type Category,
  type Channel,
  type ComplaintStatus,
  type Urgency,
} from '@care/complaints/src/domain/complaint';
import { STATUSES } from '@care/complaints/src/domain/state-machine';

// The complaint vocabulary (DOMAIN 1) is the complaints service's own; its domain/ is plain code.
export {
  CATEGORIES,
  STATUSES as COMPLAINT_STATUSES,
  type Category,
  type Channel,
  type ComplaintStatus,
  type Urgency,
};

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
  /** The time the data is dated from: the services' clock (CLOCK_START / CLOCK_OFFSET); default the real time. */
  clock?: Clock;
}

export type Tier = 'MEMBER' | 'GOLD' | 'PLATINUM' | 'DIAMOND';
export const TIERS: readonly Tier[] = ['DIAMOND', 'PLATINUM', 'GOLD', 'MEMBER'];

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
  created: {
    customers: number;
    complaints: number;
    redemptions: number;
    /** Data change requests entered. */
    changeRequests: number;
    campaigns: number;
  };
  /** How tiers were set: the January re-evaluation, or overrides outside January. */
  tierMethod: 'EVALUATION' | 'OVERRIDE' | 'UNCHANGED';
  seconds: number;
}

export interface CustomerPlan {
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

/** How one complaint is walked through its lifecycle, and where it stops. */
export interface ComplaintPlan {
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

export interface CustomerRow {
  id: string;
  name: string;
  tier: Tier;
  status: string;
  identityVerified: boolean;
  consentHistory: { kind: string; granted: boolean }[];
}

export const CUSTOMER_FIELDS = 'id name tier status identityVerified consentHistory { kind granted }';

export interface ComplaintRow {
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

export const COMPLAINT_FIELDS =
  'id number kind status leadDepartment rootCause { category } solutions { id response } compensation { solutionId status } feedback { satisfaction } followUps { id } improvementActions { id } sla { firstRespondedAt }';

export interface ApprovalRow {
  id: string;
  type: string;
  status: string;
  requiredAuthority: string;
  reference: { id: string } | null;
}

export const total = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
