import type { Role } from '@care/service-kit';

/** Roles that see customers' personal data in full (DOMAIN 2.7: masked wherever it is not needed). */
export const PERSONAL_DATA_ROLES = ['cs_specialist', 'cs_manager', 'cs_director', 'sales', 'admin'] as const;

/** Roles that may register and update customers. */
export const CUSTOMER_WRITE_ROLES: Role[] = ['cs_specialist', 'cs_manager', 'sales', 'admin'];
/** Entry clerks and reviewers of customer data change requests (DOMAIN 2.5). */
export const CHANGE_ROLES: Role[] = ['sales', 'cs_specialist', 'cs_manager'];
export const PURCHASE_ROLES: Role[] = ['sales', 'service'];
export const TIER_PROPOSER_ROLES: Role[] = ['sales'];
export const TIER_CHECKER_ROLES: Role[] = ['internal_control'];
export const TIER_OVERRIDE_ROLES: Role[] = ['department_head', 'internal_control'];
export const REDEMPTION_ROLES: Role[] = ['cs_specialist', 'cs_manager', 'sales'];
export const DISCOUNT_ROLES: Role[] = ['sales', 'marketing'];
export const FREEZE_ROLES: Role[] = ['sales', 'internal_control', 'cs_manager'];
export const UNFREEZE_ROLES: Role[] = ['internal_control', 'sales'];
export const CAMPAIGN_ROLES: Role[] = ['sales'];
/** The application is signed by the department head when it is submitted (DOMAIN 2.4). */
export const CAMPAIGN_SIGN_ROLES: Role[] = ['department_head'];
export const CAMPAIGN_RUN_ROLES: Role[] = ['marketing', 'sales'];
export const SETTLE_ROLES: Role[] = ['finance'];
export const KPI_ROLES: Role[] = [
  'analyst',
  'internal_control',
  'audit',
  'gm',
  'vp',
  'sales',
  'marketing',
  'finance',
];
export const JOB_ROLES: Role[] = ['service'];

export function maySeePersonalData(roles: readonly string[]): boolean {
  return PERSONAL_DATA_ROLES.some((r) => roles.includes(r));
}
