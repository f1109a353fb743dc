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
] as const;

/** The roles that hold some approval authority (which requests each may decide: AUTHORITY_ROLES). */
export const DECIDE_ROLES = ['department_head', 'vp', 'gm', 'gm_office', 'loyalty_supervisor'] as const;
