import type { Role } from '@care/domain-kernel';

/** Supervision (DOMAIN "Who uses it"): the only ones who read and annotate the audit trail. */
export const SUPERVISION_ROLES = [
  'internal_control',
  'audit',
  'compliance',
  'administration',
  'hr',
  'admin',
] as const satisfies readonly Role[];

/**
 * Who reads the audit chain's head and verifies the chain (DOMAIN 4.1): the functions that check the
 * trail itself (audit, internal control, compliance) and the platform admin; HR and administration read
 * entries but have no part in proving the trail intact.
 */
export const AUDIT_CHAIN_ROLES = [
  'audit',
  'internal_control',
  'compliance',
  'admin',
] as const satisfies readonly Role[];
