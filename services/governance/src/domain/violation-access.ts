import type { Role } from '@care/domain-kernel';
import type { Violation } from './violation';

/** Who takes each step of the penalty procedure (DOMAIN 4.5). */
export const VIOLATION_STEP_ROLES = {
  /** Compliance investigates, reports, gives written notice and may dismiss a case. */
  investigate: ['compliance'],
  /** HR decides the penalty. */
  decide: ['hr'],
  /** The GM records the decision. */
  record: ['gm'],
  /** The GM office meeting decides an appeal (the GM chairs it). */
  decideAppeal: ['gm_office', 'gm'],
} as const satisfies Record<string, readonly Role[]>;

/** Those who read every violation: the procedure's roles and supervision. */
export const VIOLATION_READERS = [
  'compliance',
  'hr',
  'gm',
  'gm_office',
  'audit',
  'internal_control',
  'admin',
] as const satisfies readonly Role[];

/** Roles that are not staff: they take no part in the procedure and read no violation. */
const OUTSIDERS: readonly Role[] = ['customer', 'partner', 'service'];

/**
 * ALL: every violation; OWN: the staff member's own (they state their case and appeal, so they read
 * it); NONE: customers, partners, service accounts and a token without roles.
 */
export type ViolationReadAccess = 'ALL' | 'OWN' | 'NONE';

export function violationReadAccessOf(roles: readonly Role[]): ViolationReadAccess {
  if (roles.some((r) => (VIOLATION_READERS as readonly Role[]).includes(r))) return 'ALL';
  if (roles.length === 0 || roles.some((r) => OUTSIDERS.includes(r))) return 'NONE';
  return 'OWN';
}

export const mayReadViolation = (access: ViolationReadAccess, sub: string, v: Violation): boolean =>
  access === 'ALL' || (access === 'OWN' && v.personId === sub);

/** The person concerned takes their own steps: any staff member, never a customer, partner or service. */
export const isStaff = (roles: readonly Role[]): boolean =>
  roles.length > 0 && !roles.some((r) => OUTSIDERS.includes(r));
