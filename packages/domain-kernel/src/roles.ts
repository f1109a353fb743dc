/** Every role the platform knows (DOMAIN.md "Who uses it"). */
export const ROLES = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'department_staff',
  'department_head',
  'leadership_group',
  'sales',
  'marketing',
  'internal_control',
  'finance',
  'vp',
  'gm',
  'gm_office',
  'board',
  'loyalty_supervisor',
  'compliance',
  'audit',
  'hr',
  'administration',
  'analyst',
  'partner',
  'admin',
  'service',
  'customer', // a customer in the customer app: the token's `sub` is the customer's id
] as const;
export type Role = (typeof ROLES)[number];

/** The roles that are no member of staff: outsiders (analysts, partners, customers) and service accounts. */
export const NON_STAFF_ROLES = [
  'analyst',
  'partner',
  'service',
  'customer',
] as const satisfies readonly Role[];
type NonStaffRole = (typeof NON_STAFF_ROLES)[number];

/** Every role a member of staff may hold, in the order of ROLES. */
export const STAFF_ROLES: readonly Exclude<Role, NonStaffRole>[] = ROLES.filter(
  (r): r is Exclude<Role, NonStaffRole> => !(NON_STAFF_ROLES as readonly Role[]).includes(r),
);
