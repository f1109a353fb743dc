import { Decimal } from 'decimal.js';
import { money, ratio, type Tier, tierForSpend } from './check-policy';
import type { Period } from './report-period';

// DOMAIN 4.2: audit's yearly review in three parts, each computed from what governance has seen of the
// other services' streams, each finding able to open a rectification item (source AUDIT):
// - tier accuracy: the tier a customer holds against the tier their real spend in the year implies
//   (DOMAIN 2.1 thresholds, net of returns);
// - budget execution: what finance paid on each approval request against what was approved (a payment on
//   a request that was never approved, or more paid than approved, is a finding);
// - complaint timeliness: the complaints resolved in the year after their resolution target, and those the
//   complaint system calls on time although it announced the resolution target breached before they were
//   resolved (its own records disagree).

export const REVIEW_PARTS = ['TIER_ACCURACY', 'BUDGET_EXECUTION', 'COMPLAINT_TIMELINESS'] as const;
export type ReviewPart = (typeof REVIEW_PARTS)[number];

export type ReviewFindingKind =
  'TIER_MISMATCH' | 'PAID_WITHOUT_APPROVAL' | 'PAID_OVER_APPROVAL' | 'RESOLVED_LATE' | 'RECORDS_DISAGREE';

export interface ReviewFinding {
  id: string;
  reviewId: string;
  part: ReviewPart;
  kind: ReviewFindingKind;
  subjectType: 'customer' | 'approval_request' | 'complaint';
  subjectId: string;
  description: string;
  details: Record<string, string | number | boolean | null>;
  rectificationItemId: string | null;
}

export interface PartSummary {
  /** Customers, approval requests or complaints examined. */
  checked: number;
  findings: number;
  /** checked without a finding / checked (4 decimals); null when nothing was examined. */
  conformityRate: string | null;
}

export interface YearlyReview {
  id: string;
  year: number;
  from: Date;
  to: Date;
  tierAccuracy: PartSummary;
  budgetExecution: PartSummary;
  complaintTimeliness: PartSummary;
  runBy: string;
  runAt: Date;
}

/** A customer registered before the year's end: the tier held at the review, the year's net spend. */
export interface CustomerSpend {
  customerId: string;
  heldTier: Tier;
  spend: string;
}

/** An approval request paid on in the year: its decision as seen, and everything paid on it. */
export interface RequestExecution {
  requestId: string;
  /** APPROVED, REJECTED, WITHDRAWN, or null when no decision was seen. */
  outcome: string | null;
  approvedAmount: string | null;
  paid: string;
  payments: number;
}

/** A complaint resolved in the year, as the complaint system recorded it. */
export interface ComplaintTiming {
  complaintId: string;
  number: string | null;
  resolvedAt: Date;
  onTime: boolean | null;
  /** The resolution target the complaint system announced breached, when it did. */
  breachedDueAt: Date | null;
}

export interface ReviewInputs {
  customers: readonly CustomerSpend[];
  requests: readonly RequestExecution[];
  complaints: readonly ComplaintTiming[];
}

type Draft = Omit<ReviewFinding, 'id' | 'reviewId' | 'rectificationItemId'>;

function tierFindings(year: number, customers: readonly CustomerSpend[]): Draft[] {
  return customers.flatMap((c) => {
    const implied = tierForSpend(c.spend);
    if (implied === c.heldTier) return [];
    return [
      {
        part: 'TIER_ACCURACY' as const,
        kind: 'TIER_MISMATCH' as const,
        subjectType: 'customer' as const,
        subjectId: c.customerId,
        description: `Customer ${c.customerId} holds ${c.heldTier}; ${money(c.spend)} CNY spent in ${year} implies ${implied}`,
        details: { heldTier: c.heldTier, impliedTier: implied, spend: money(c.spend) },
      },
    ];
  });
}

function budgetFindings(requests: readonly RequestExecution[]): Draft[] {
  return requests.flatMap((r): Draft[] => {
    const common = {
      part: 'BUDGET_EXECUTION' as const,
      subjectType: 'approval_request' as const,
      subjectId: r.requestId,
    };
    const details = {
      outcome: r.outcome,
      approved: r.approvedAmount,
      paid: money(r.paid),
      payments: r.payments,
    };
    if (r.outcome !== 'APPROVED' || r.approvedAmount === null)
      return [
        {
          ...common,
          kind: 'PAID_WITHOUT_APPROVAL',
          description: `${money(r.paid)} CNY paid on request ${r.requestId}, which has no approval (${r.outcome ?? 'no decision seen'})`,
          details,
        },
      ];
    const excess = new Decimal(r.paid).minus(r.approvedAmount);
    if (excess.lessThanOrEqualTo(0)) return [];
    return [
      {
        ...common,
        kind: 'PAID_OVER_APPROVAL',
        description: `${money(r.paid)} CNY paid on request ${r.requestId}, ${money(excess)} more than the ${money(r.approvedAmount)} approved`,
        details: { ...details, excess: money(excess) },
      },
    ];
  });
}

function timelinessFindings(complaints: readonly ComplaintTiming[]): Draft[] {
  return complaints.flatMap((c): Draft[] => {
    const name = c.number ?? c.complaintId;
    const common = {
      part: 'COMPLAINT_TIMELINESS' as const,
      subjectType: 'complaint' as const,
      subjectId: c.complaintId,
    };
    const details = {
      resolvedAt: c.resolvedAt.toISOString(),
      recordedOnTime: c.onTime,
      breachedDueAt: c.breachedDueAt?.toISOString() ?? null,
    };
    if (c.onTime === false)
      return [
        {
          ...common,
          kind: 'RESOLVED_LATE',
          description: `Complaint ${name} was resolved after its target`,
          details,
        },
      ];
    if (c.breachedDueAt && c.resolvedAt.getTime() > c.breachedDueAt.getTime())
      return [
        {
          ...common,
          kind: 'RECORDS_DISAGREE',
          description: `Complaint ${name} is recorded as resolved on time, but its resolution target ${c.breachedDueAt.toISOString()} was announced breached before it was resolved`,
          details,
        },
      ];
    return [];
  });
}

const summary = (checked: number, findings: readonly Draft[]): PartSummary => {
  const subjects = new Set(findings.map((f) => f.subjectId)).size;
  return { checked, findings: findings.length, conformityRate: ratio(checked - subjects, checked) };
};

/** DOMAIN 4.2: the yearly review of the period and its findings. */
export function reviewYear(
  inputs: ReviewInputs,
  context: { id: string; year: number; period: Period; actor: string; now: Date; newId: () => string },
): { review: YearlyReview; findings: ReviewFinding[] } {
  const tier = tierFindings(context.year, inputs.customers);
  const budget = budgetFindings(inputs.requests);
  const timeliness = timelinessFindings(inputs.complaints);
  return {
    review: {
      id: context.id,
      year: context.year,
      from: context.period.from,
      to: context.period.to,
      tierAccuracy: summary(inputs.customers.length, tier),
      budgetExecution: summary(inputs.requests.length, budget),
      complaintTimeliness: summary(inputs.complaints.length, timeliness),
      runBy: context.actor,
      runAt: context.now,
    },
    findings: [...tier, ...budget, ...timeliness].map((f) => ({
      ...f,
      id: context.newId(),
      reviewId: context.id,
      rectificationItemId: null,
    })),
  };
}
