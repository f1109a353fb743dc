/** Customer-service staff who take complaints (DOMAIN 1.1-1.2). */
export const INTAKE_ROLES = ['cs_specialist', 'cs_manager', 'cs_director', 'admin'] as const;
/** Customer service classifies, talks to the customer, records feedback and follow-ups. */
export const CUSTOMER_SERVICE_ROLES = ['cs_specialist', 'cs_manager', 'cs_director'] as const;
/** Who may hand a complaint over to departments; naming a lead department is the leadership group's. */
export const ASSIGN_ROLES = ['cs_manager', 'cs_director', 'leadership_group'] as const;
export const LEAD_DEPARTMENT_ROLES = ['leadership_group'] as const;
/** The responsible departments investigate, propose and carry out solutions (DOMAIN 1.5-1.6). */
export const DEPARTMENT_ROLES = ['department_staff', 'department_head'] as const;
/** Management reviews improvement measures (DOMAIN 1.9). */
export const IMPROVEMENT_ROLES = [
  'cs_manager',
  'cs_director',
  'leadership_group',
  'department_head',
] as const;
/** Supervision and analysts read statistics (DOMAIN 1.11). */
export const STATS_ROLES = [
  'analyst',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'leadership_group',
  'internal_control',
  'audit',
  'hr',
  'administration',
] as const;
/** Staff who may read internal notes of a complaint (everyone else sees the customer-facing timeline). */
export const INTERNAL_READER_ROLES = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'department_staff',
  'department_head',
  'leadership_group',
  'internal_control',
  'audit',
  'compliance',
] as const;
