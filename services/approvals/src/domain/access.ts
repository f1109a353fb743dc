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
