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
/** Supervision: internal control, audit and compliance (DOMAIN "Who uses it"). */
const SUPERVISION_ROLES = ['internal_control', 'audit', 'compliance'] as const;
/** HR and administration evaluate performance from statistics and lists (DOMAIN 1.11). */
const PERFORMANCE_ROLES = ['hr', 'administration'] as const;
/** Supervision (internal control, audit, compliance, administration, HR) and analysts read statistics (DOMAIN 1.11). */
export const STATS_ROLES = [
  'analyst',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'leadership_group',
  ...SUPERVISION_ROLES,
  ...PERFORMANCE_ROLES,
] as const;
/** Staff who may read internal notes of a complaint (everyone else sees the customer-facing timeline). */
export const INTERNAL_READER_ROLES = [
  ...CUSTOMER_SERVICE_ROLES,
  'qa_inspector',
  ...DEPARTMENT_ROLES,
  'leadership_group',
  ...SUPERVISION_ROLES,
] as const;

export type CsRole = 'cs_specialist' | 'cs_manager' | 'cs_director';

/**
 * DOMAIN 1.12 / "Who uses it": customer service's own sign-off goes specialist -> manager -> director by
 * the weight of the matter: a major (URGENT) complaint is the director's, a complex or HIGH one the
 * manager's (or the director's), the rest any specialist's.
 */
export function signOffRoles(c: { kind: string; urgency: string; complexity: string | null }): CsRole[] {
  if (c.kind !== 'COMPLAINT') return ['cs_specialist', 'cs_manager', 'cs_director'];
  if (c.urgency === 'URGENT') return ['cs_director'];
  if (c.urgency === 'HIGH' || c.complexity === 'COMPLEX') return ['cs_manager', 'cs_director'];
  return ['cs_specialist', 'cs_manager', 'cs_director'];
}

/**
 * Who reads complaint records, and how (DOMAIN 1.10 confidentiality, 2.7 masking):
 * - FULL: the people who handle, decide and supervise complaints, and the service accounts; the internal
 *   fields (hand-over, investigation, root cause, internal timeline) stay with INTERNAL_READER_ROLES.
 * - ANALYSIS: analysts (and HR and administration, who evaluate performance, DOMAIN 1.11) read statistics
 *   and lists, with every free text that can carry personal data masked (`maskedForAnalysis`).
 * - OWN: a customer (the token's `sub` is the customer's id) reads their own complaints only, with the
 *   customer-facing timeline; another customer's complaint is not found.
 * - NONE: everyone else, partners included (they subscribe to events, they do not read records).
 */
export const FULL_READ_ROLES = [...INTERNAL_READER_ROLES, 'admin', 'service'] as const;
export const ANALYSIS_READ_ROLES = ['analyst', ...PERFORMANCE_ROLES] as const;
export const CUSTOMER_ROLE = 'customer';

export type ReadAccess = 'FULL' | 'ANALYSIS' | 'OWN' | 'NONE';

/** The widest read access any of the roles gives. */
export function readAccessOf(roles: readonly string[]): ReadAccess {
  const holds = (list: readonly string[]) => list.some((r) => roles.includes(r));
  if (holds(FULL_READ_ROLES)) return 'FULL';
  if (holds(ANALYSIS_READ_ROLES)) return 'ANALYSIS';
  if (roles.includes(CUSTOMER_ROLE)) return 'OWN';
  return 'NONE';
}

/** Whether a reader with this access (and, for a customer, this customer id) may see the complaint. */
export function mayReadComplaint(
  access: ReadAccess,
  customerId: string | null,
  complaint: { customerId: string },
): boolean {
  if (access === 'FULL' || access === 'ANALYSIS') return true;
  return access === 'OWN' && customerId !== null && complaint.customerId === customerId;
}
