import type { Role } from '@care/domain-kernel';

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
/** The service account loyalty's jobs and reactions act as (a freeze on a complaint, the expiry job). */
export const SERVICE_ACCOUNT = 'customers-and-loyalty';

/**
 * Who reads customers and loyalty records (DOMAIN "Who uses it", 2.7, 4):
 * - STAFF: the people who serve customers, run the programme, approve its money or supervise it, and the
 *   service accounts, read customers (contact details masked unless PERSONAL_DATA_ROLES), redemptions,
 *   campaigns, change requests, tier proposals and the tier policy; analysts read them with personal data
 *   masked. KPIs (KPI_ROLES) and the statistics export (compliance) have narrower rules of their own.
 * - OWN: a customer (the token's `sub` is the customer's id) reads their own customer record and their own
 *   redemptions and discounts; another customer's is not found to them. Nothing else (no lists, campaigns,
 *   policy).
 * - NONE: everyone else: partners (they subscribe to events), a token without roles.
 */
export const STAFF_READ_ROLES = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'sales',
  'marketing',
  'internal_control',
  'finance',
  'analyst',
  'audit',
  'compliance',
  'administration',
  'hr',
  'department_head',
  'department_staff',
  'loyalty_supervisor',
  'gm',
  'gm_office',
  'vp',
  'leadership_group',
  'admin',
  'service',
] as const;
export const CUSTOMER_ROLE = 'customer';

export type LoyaltyReadAccess = 'STAFF' | 'OWN' | 'NONE';

/** The widest read access any of the roles gives. */
export function loyaltyReadAccessOf(roles: readonly string[]): LoyaltyReadAccess {
  if (STAFF_READ_ROLES.some((r) => roles.includes(r))) return 'STAFF';
  if (roles.includes(CUSTOMER_ROLE)) return 'OWN';
  return 'NONE';
}

/** Whether a reader may see a record that belongs to `customerId` (the customer, their redemption). */
export function mayReadCustomerRecord(access: LoyaltyReadAccess, sub: string, customerId: string): boolean {
  if (access === 'STAFF') return true;
  return access === 'OWN' && customerId === sub;
}

export function maySeePersonalData(roles: readonly string[]): boolean {
  return PERSONAL_DATA_ROLES.some((r) => roles.includes(r));
}
