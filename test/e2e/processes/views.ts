/**
 * Who acts in the company's processes, and what they read back through the gateway: the field selections
 * and their shapes.
 */
import type { TestActor } from '@care/testing';

/** The instant as the services answer it (ISO in UTC), from a readable one with its offset. */
export const utc = (instant: string): string => new Date(instant).toISOString();

/** The people who act in the processes, one token each. */
export const STAFF = {
  csSpecialist: { sub: 'cs-specialist-li', roles: ['cs_specialist'], department: 'CUSTOMER_SERVICE' },
  csManager: { sub: 'cs-manager-zhao', roles: ['cs_manager'], department: 'CUSTOMER_SERVICE' },
  csDirector: { sub: 'cs-director-qin', roles: ['cs_director'], department: 'CUSTOMER_SERVICE' },
  sales: { sub: 'sales-chen', roles: ['sales'], department: 'SALES' },
  salesStaff: { sub: 'sales-staff-xu', roles: ['department_staff'], department: 'SALES' },
  salesHead: { sub: 'head-sales-wu', roles: ['department_head'], department: 'SALES' },
  qcStaff: { sub: 'qc-staff-gao', roles: ['department_staff'], department: 'QUALITY_CONTROL' },
  qcHead: { sub: 'head-qc-ma', roles: ['department_head'], department: 'QUALITY_CONTROL' },
  marketing: { sub: 'marketing-hu', roles: ['marketing'], department: 'MARKETING' },
  marketingHead: { sub: 'head-marketing-lin', roles: ['department_head'], department: 'MARKETING' },
  internalControl: { sub: 'ic-sun', roles: ['internal_control'], department: 'INTERNAL_CONTROL' },
  finance: { sub: 'finance-he', roles: ['finance'], department: 'FINANCE' },
  loyaltySupervisor: { sub: 'supervisor-luo', roles: ['loyalty_supervisor'], department: 'SALES' },
  vp: { sub: 'vp-zhang', roles: ['vp'], department: 'MANAGEMENT' },
  gm: { sub: 'gm-liu', roles: ['gm'], department: 'MANAGEMENT' },
  audit: { sub: 'audit-qian', roles: ['audit'], department: 'AUDIT' },
  compliance: { sub: 'compliance-yang', roles: ['compliance'], department: 'COMPLIANCE' },
} satisfies Record<string, TestActor>;

export type Refusal = string | undefined;

/** What the processes read back of a complaint. */
export const COMPLAINT_FIELDS = `id number status kind channel category urgency complexity departments
  leadDepartment customerTier receivedAt
  acknowledgement { accepted expectedAnswerBy }
  solutions { id version response responseReason compensation { points } }
  compensation { solutionId points amount emergency status grantedAt decidedAt }
  sla { tier firstResponseTargetHours resolutionTargetHours firstResponseDueAt resolutionDueAt
    firstRespondedAt resolvedAt paused pausedWorkingHours onTime workingHoursToResolve
    firstResponseBreached resolutionBreached provisional }
  followUpFrom followUpDueBy followUps { withinWindow action newProblem }`;

export interface ComplaintView {
  id: string;
  number: string;
  status: string;
  kind: string;
  channel: string;
  category: string | null;
  urgency: string;
  complexity: string | null;
  departments: string[];
  leadDepartment: string | null;
  customerTier: string;
  receivedAt: string;
  acknowledgement: { accepted: boolean; expectedAnswerBy: string };
  solutions: {
    id: string;
    version: number;
    response: string | null;
    responseReason: string | null;
    compensation: { points: number } | null;
  }[];
  compensation: {
    solutionId: string;
    points: number;
    amount: string;
    emergency: boolean;
    status: string;
    grantedAt: string | null;
    decidedAt: string | null;
  } | null;
  sla: Record<string, string | number | boolean | null>;
  followUpFrom: string | null;
  followUpDueBy: string | null;
  followUps: { withinWindow: boolean; action: string; newProblem: boolean }[];
}

/** What the processes read back of an approval request, its steps included. */
export const APPROVAL_FIELDS = `id type status amount currency requiredAuthority expedited requestedBy
  dueAt ratificationDueAt ratificationOverdue decidedBy decisionReason decidedUnderDelegation
  reference { service aggregate id }
  steps { position authority role department decision decidedBy actingFor decidedAt dueAt decidedLate }`;

export interface ApprovalStepView {
  position: number;
  authority: string;
  role: string;
  department: string | null;
  decision: string | null;
  decidedBy: string | null;
  actingFor: string | null;
  decidedAt: string | null;
  dueAt: string;
  decidedLate: boolean;
}

export interface ApprovalView {
  id: string;
  type: string;
  status: string;
  amount: string;
  currency: string;
  requiredAuthority: string;
  expedited: boolean;
  requestedBy: string;
  dueAt: string;
  ratificationDueAt: string | null;
  ratificationOverdue: boolean;
  decidedBy: string | null;
  decisionReason: string | null;
  decidedUnderDelegation: string | null;
  reference: { service: string; aggregate: string; id: string } | null;
  steps: ApprovalStepView[];
}

export interface Wallet {
  tier: string;
  status: string;
  pointsBalance: number;
  lockedPoints: number;
}

export interface AuditEntryView {
  action: string;
  subjectType: string;
  subjectId: string;
  actor: string;
  position: number;
  details: Record<string, unknown> | null;
}

/** What the processes read back of a reward campaign. */
export const CAMPAIGN_FIELDS = `id status budget spent submittedAt reviewDueAt closedAt settleDueAt settledAt
  settledOnTime archiveNumber interactions { customerId kind cost points }`;

export interface CampaignView {
  id: string;
  status: string;
  budget: string;
  spent: string;
  submittedAt: string | null;
  reviewDueAt: string | null;
  closedAt: string | null;
  settleDueAt: string | null;
  settledAt: string | null;
  settledOnTime: boolean | null;
  archiveNumber: string | null;
  interactions: { customerId: string; kind: string; cost: string; points: number }[];
}
