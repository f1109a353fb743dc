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
