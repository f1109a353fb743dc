import { refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import { requiredText } from './rule-checks';

/**
 * An exception application (DOMAIN 4.6): a natural disaster or a new government rule that makes the
 * company depart from one of its rules, asked for with a risk assessment (mandatory). It goes to
 * approvals as a request and comes back by its decision:
 *
 *   SUBMITTED -approved-> APPROVED | -rejected-> REJECTED | -withdrawn-> WITHDRAWN
 */
export type ExceptionKind = 'NATURAL_DISASTER' | 'NEW_GOVERNMENT_RULE';
export type ExceptionStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH';
export type ExceptionOutcome = Exclude<ExceptionStatus, 'SUBMITTED'>;

/** How the application is named to approvals, and how its decision names it back. */
export const EXCEPTION_REFERENCE = { service: 'governance', aggregate: 'exception_application' } as const;

/** The subject type of an application's entries in the audit trail (that of its `exception.*` events). */
export const EXCEPTION_SUBJECT = 'exception';

/** What could go wrong, how likely and bad it is, and what limits it. */
export interface RiskAssessment {
  level: RiskLevel;
  risks: string;
  mitigation: string;
}

export interface ExceptionApplication {
  id: string;
  version: number;
  kind: ExceptionKind;
  status: ExceptionStatus;
  title: string;
  /** The rule or process the company departs from. */
  exceptionTo: string;
  justification: string;
  riskAssessment: RiskAssessment;
  /** The money at stake (CNY), 0.00 when none: the authority matrix routes the request by it. */
  amount: string;
  currency: 'CNY';
  /** Until when the exception would hold; null: until revoked. */
  validUntil: Date | null;
  applicant: string;
  submittedAt: Date;
  /** The approval request approvals opened for it, once governance has seen it. */
  approvalRequestId: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
}

export interface SubmitInput {
  kind: ExceptionKind;
  title: string;
  exceptionTo: string;
  justification: string;
  riskAssessment?: { level?: RiskLevel | null; risks?: string | null; mitigation?: string | null } | null;
  amount?: string | null;
  validUntil?: Date | null;
}

const TITLE_MAX = 200;
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** The risk assessment is mandatory, all of it (DOMAIN 4.6). */
function assessment(input: SubmitInput['riskAssessment']): RiskAssessment {
  if (!input?.level)
    throw refuse.input(
      'riskAssessment.level',
      'an exception application carries a risk assessment (DOMAIN 4.6)',
    );
  return {
    level: input.level,
    risks: requiredText('riskAssessment.risks', input.risks),
    mitigation: requiredText('riskAssessment.mitigation', input.mitigation),
  };
}

/** Submits an application: SUBMITTED, on its way to approvals. */
export function submitException(
  input: SubmitInput,
  context: { id: string; actor: string; now: Date },
): ExceptionApplication {
  const amount = input.amount?.trim() || '0';
  if (!AMOUNT.test(amount))
    throw refuse.input('amount', 'an amount of CNY with at most 2 decimals, 0 when none');
  if (input.validUntil && input.validUntil <= context.now)
    throw refuse.input('validUntil', 'an exception holds until a time still to come');
  return {
    id: context.id,
    version: 1,
    kind: input.kind,
    status: 'SUBMITTED',
    title: requiredText('title', input.title, TITLE_MAX),
    exceptionTo: requiredText('exceptionTo', input.exceptionTo),
    justification: requiredText('justification', input.justification),
    riskAssessment: assessment(input.riskAssessment),
    amount: new Decimal(amount).toFixed(2),
    currency: 'CNY',
    validUntil: input.validUntil ?? null,
    applicant: context.actor,
    submittedAt: context.now,
    approvalRequestId: null,
    decidedAt: null,
    decisionReason: null,
  };
}

/** Approvals opened its request: the application knows it (no change of status). */
export const linkApprovalRequest = (a: ExceptionApplication, requestId: string): ExceptionApplication =>
  a.approvalRequestId === requestId ? a : { ...a, approvalRequestId: requestId };

/**
 * The approval's final decision comes back: the application takes its outcome. Null when it is decided
 * already (a decision arrives once per request; another request's is not this one's).
 */
export function decideException(
  a: ExceptionApplication,
  decision: { outcome: ExceptionOutcome; requestId: string; decidedAt: Date; reason: string | null },
): ExceptionApplication | null {
  if (a.status !== 'SUBMITTED') return null;
  return {
    ...a,
    status: decision.outcome,
    approvalRequestId: decision.requestId,
    decidedAt: decision.decidedAt,
    decisionReason: decision.reason,
  };
}
