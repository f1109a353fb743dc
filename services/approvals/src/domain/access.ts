import { STAFF_ROLES, type Role } from '@care/domain-kernel';

/** Every member of staff may ask for an approval; partners and analysts may not. */
export const SUBMIT_ROLES = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'department_staff',
  'department_head',
  'sales',
  'marketing',
  'finance',
  'internal_control',
  'admin',
  'service',
] as const satisfies readonly Role[];

/**
 * Who may take a pending request back: the person who asked, holding a staff role that may ask (or the
 * asking service). A customer, a partner or a token without roles never withdraws, whatever its `sub`.
 */
export const WITHDRAW_ROLES = SUBMIT_ROLES;

/**
 * Who reads every approval request (titles, amounts, requesters, decisions, payments):
 * - the approvers of the authority matrix and the regular route (DOMAIN 3.1-3.2): department head, internal
 *   control, finance, VP, GM, the GM office meeting, the board, and the Diamond-account (loyalty) supervisor;
 * - supervision (DOMAIN "Who uses it", 4): internal control, audit, compliance, administration, HR;
 * - administrators and the service accounts.
 */
export const APPROVAL_READ_ALL_ROLES = [
  'department_head',
  'internal_control',
  'finance',
  'vp',
  'gm',
  'gm_office',
  'board',
  'loyalty_supervisor',
  'audit',
  'compliance',
  'administration',
  'hr',
  'admin',
  'service',
] as const satisfies readonly Role[];

/** Staff who may ask for an approval read the requests they asked for, and no other (OWN). */
export const APPROVAL_READ_OWN_ROLES = SUBMIT_ROLES;

/**
 * How a caller reads approval requests:
 * - ALL: every request;
 * - OWN: the requests whose `requestedBy` is the caller's `sub`; another's is not found to them;
 * - NONE: nothing (FORBIDDEN): customers, partners (they subscribe to events), analysts, QA, the
 *   leadership group as such, and a token without roles.
 */
export type ApprovalReadAccess = 'ALL' | 'OWN' | 'NONE';

export function approvalReadAccessOf(roles: readonly string[]): ApprovalReadAccess {
  const holds = (list: readonly Role[]) => list.some((r) => roles.includes(r));
  if (holds(APPROVAL_READ_ALL_ROLES)) return 'ALL';
  if (holds(APPROVAL_READ_OWN_ROLES)) return 'OWN';
  return 'NONE';
}

/** Whether a reader with this access (and this `sub`) may see the request. */
export function mayReadApprovalRequest(
  access: ApprovalReadAccess,
  sub: string,
  request: { requestedBy: string },
): boolean {
  if (access === 'ALL') return true;
  return access === 'OWN' && request.requestedBy === sub;
}

/** Who may see the delegations in force: approvers, the GM office, supervision. */
export const DELEGATION_READERS = [
  'department_head',
  'vp',
  'gm',
  'gm_office',
  'loyalty_supervisor',
  'internal_control',
  'audit',
  'compliance',
  'admin',
] as const satisfies readonly Role[];

/**
 * Who has a queue of steps to decide (`myPendingApprovals`): the holders of an authority, and every member
 * of staff, since any of them may be named a delegate (DOMAIN 3.5); their queue is empty otherwise. A
 * customer, a partner, an analyst (DOMAIN "Who uses it": outside the company) or a service account has none.
 */
export const QUEUE_ROLES = STAFF_ROLES;
