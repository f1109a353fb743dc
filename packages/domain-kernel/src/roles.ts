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
