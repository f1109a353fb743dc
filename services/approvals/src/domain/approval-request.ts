import {
  requiredAuthority,
  type ApprovalType,
  type Authority,
  type AuthorityPolicy,
} from './authority-matrix';

export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

export interface ApprovalRequest {
  id: string;
  type: ApprovalType;
  title: string;
  amount: string;
  currency: string;
  status: ApprovalStatus;
  requiredAuthority: Authority;
  requestedBy: string;
  submittedAt: Date;
  dueAt: Date;
  dueAtProvisional: boolean;
  version: number;
}

export interface SubmissionInput {
  type: ApprovalType;
  title: string;
  amount: string;
  currency?: string | null;
}

export class ApprovalRuleViolation extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A regular approval is decided within 2 working days of submission (DOMAIN 3.3). */
export const DECISION_WORKING_DAYS = 2;

export function submit(
  input: SubmissionInput,
  context: {
    id: string;
    requestedBy: string;
    now: Date;
    due: { at: Date; provisional: boolean };
    policy?: AuthorityPolicy;
  },
): ApprovalRequest {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 300)
    throw new ApprovalRuleViolation('title', 'the title must have 1 to 300 characters');
  const currency = (input.currency ?? 'CNY').toUpperCase();
  if (currency !== 'CNY')
    throw new ApprovalRuleViolation(
      'currency',
      'the authority matrix is defined in CNY: convert the amount first',
    );
  if (input.amount.startsWith('-'))
    throw new ApprovalRuleViolation('amount', 'the amount cannot be negative');
  return {
    id: context.id,
    type: input.type,
    title,
    amount: input.amount,
    currency,
    status: 'PENDING',
    requiredAuthority: requiredAuthority(input.type, input.amount, context.policy),
    requestedBy: context.requestedBy,
    submittedAt: context.now,
    dueAt: context.due.at,
    dueAtProvisional: context.due.provisional,
    version: 1,
  };
}
