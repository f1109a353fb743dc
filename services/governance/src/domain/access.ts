import { type Department, refuse, type Role } from '@care/domain-kernel';
import type { RectificationItem, RectificationSource } from './rectification';
import type { Violation } from './violation';

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

/** Who is acting, as the rules need it (the verified token's claims). */
export interface Acting {
  sub: string;
  roles: readonly Role[];
  department?: Department;
}

const holds = (actor: Acting, roles: readonly Role[]) =>
  actor.roles.includes('admin') || roles.some((r) => actor.roles.includes(r));

/**
 * Who records a finding as a rectification item, by where it comes from: audit its audit reports,
 * internal control its checks, compliance and HR violations. A complaint's improvement action opens its
 * item by itself, from the complaint's event.
 */
export const OPEN_ROLES: Record<RectificationSource, readonly Role[]> = {
  AUDIT: ['audit'],
  CHECK: ['internal_control'],
  VIOLATION: ['compliance', 'hr'],
  COMPLAINT_IMPROVEMENT_ACTION: [],
};

/** Every role that may open some kind of item (the check made before any I/O). */
export const ANY_OPEN_ROLES: readonly Role[] = [...new Set(Object.values(OPEN_ROLES).flat())];

/** DOMAIN 4.4: the GM office meeting names the owner of a major item. */
export const NAME_OWNER_ROLES: readonly Role[] = ['gm_office'];

/** Supervision checks that a fix holds. */
export const VERIFY_ROLES: readonly Role[] = ['internal_control', 'audit', 'compliance'];

/** Supervision and the leadership that acts on what it finds: the GM and the GM office meeting. */
export const OVERSIGHT_ROLES = [...SUPERVISION_ROLES, 'gm', 'gm_office'] as const satisfies readonly Role[];

/** Those who see every item: supervision, the GM and the GM office. */
export const RECTIFICATION_OVERSIGHT_ROLES: readonly Role[] = OVERSIGHT_ROLES;

/** Staff of a department see and work on their own department's items. */
export const DEPARTMENT_ROLES: readonly Role[] = ['department_head', 'department_staff'];

/** Every role that can read some items (the check made before any I/O). */
export const RECTIFICATION_READ_ROLES: readonly Role[] = [
  ...RECTIFICATION_OVERSIGHT_ROLES,
  ...DEPARTMENT_ROLES,
];

export function assertMayOpen(actor: Acting, source: RectificationSource): void {
  if (source === 'COMPLAINT_IMPROVEMENT_ACTION')
    throw refuse.input('source', "an improvement action's item opens from the complaint's own event");
  if (!holds(actor, OPEN_ROLES[source]))
    throw refuse.forbidden(
      `opening a ${source} item needs one of the roles: ${OPEN_ROLES[source].join(', ')}`,
    );
}

/** Which items the actor may read: all of them, or those of their own department. FORBIDDEN otherwise. */
export function readScope(actor: Acting): 'ALL' | { department: Department } {
  if (holds(actor, RECTIFICATION_OVERSIGHT_ROLES)) return 'ALL';
  if (holds(actor, DEPARTMENT_ROLES) && actor.department) return { department: actor.department };
  throw refuse.forbidden('reading rectification items needs a supervision role or a department role');
}

/** One item: within the actor's scope, or the actor is its named owner. FORBIDDEN otherwise. */
export function assertMayRead(actor: Acting, item: RectificationItem): void {
  if (item.owner !== null && item.owner === actor.sub) return;
  const scope = readScope(actor);
  if (scope !== 'ALL' && item.ownerDepartment !== scope.department)
    throw refuse.forbidden('this rectification item belongs to another department');
}

/**
 * The owner works on the item: the person the GM office meeting named, or the owner department's staff
 * (reporting progress) and head (completing).
 */
export function assertOwnerActs(
  actor: Acting,
  item: RectificationItem,
  action: 'progress' | 'complete',
): void {
  if (actor.roles.includes('admin') || (item.owner !== null && item.owner === actor.sub)) return;
  const roles: readonly Role[] = action === 'complete' ? ['department_head'] : DEPARTMENT_ROLES;
  const ofDepartment = item.ownerDepartment !== null && actor.department === item.ownerDepartment;
  if (!ofDepartment || !roles.some((r) => actor.roles.includes(r)))
    throw refuse.forbidden(
      action === 'complete'
        ? "only the item's named owner or its owner department's head completes it"
        : "only the item's named owner or its owner department reports progress",
    );
}

/** Who takes each step of the penalty procedure (DOMAIN 4.5). */
export const VIOLATION_STEP_ROLES = {
  /** Compliance investigates, reports, gives written notice and may dismiss a case. */
  investigate: ['compliance'],
  /** HR decides the penalty. */
  decide: ['hr'],
  /** The GM records the decision. */
  record: ['gm'],
  /** The GM office meeting decides an appeal (the GM chairs it). */
  decideAppeal: ['gm_office', 'gm'],
} as const satisfies Record<string, readonly Role[]>;

/** Those who read every violation: the procedure's roles and supervision. */
export const VIOLATION_READERS = [
  'compliance',
  'hr',
  'gm',
  'gm_office',
  'audit',
  'internal_control',
  'admin',
] as const satisfies readonly Role[];

/** Roles that are not staff: they take no part in the procedure and read no violation. */
const OUTSIDERS: readonly Role[] = ['customer', 'partner', 'service'];

/**
 * ALL: every violation; OWN: the staff member's own (they state their case and appeal, so they read
 * it); NONE: customers, partners, service accounts and a token without roles.
 */
export type ViolationReadAccess = 'ALL' | 'OWN' | 'NONE';

export function violationReadAccessOf(roles: readonly Role[]): ViolationReadAccess {
  if (roles.some((r) => (VIOLATION_READERS as readonly Role[]).includes(r))) return 'ALL';
  if (roles.length === 0 || roles.some((r) => OUTSIDERS.includes(r))) return 'NONE';
  return 'OWN';
}

export const mayReadViolation = (access: ViolationReadAccess, sub: string, v: Violation): boolean =>
  access === 'ALL' || (access === 'OWN' && v.personId === sub);

/** The person concerned takes their own steps: any staff member, never a customer, partner or service. */
export const isStaff = (roles: readonly Role[]): boolean =>
  roles.length > 0 && !roles.some((r) => OUTSIDERS.includes(r));

/**
 * Emergencies (DOMAIN 4.6), by who uses them (DOMAIN "Who uses it"): compliance (a leak of customer data),
 * administration (the press and the public) and the leadership (the GM, the GM office meeting) report an
 * incident, freeze its systems, record its notifications and steer its response; the GM and the GM office
 * meeting name the spokesperson; finance, the GM and the GM office book spending against the emergency
 * budget.
 */
export const INCIDENT_ROLES = {
  respond: ['compliance', 'administration', 'gm_office', 'gm'],
  nameSpokesperson: ['gm', 'gm_office'],
  spend: ['finance', 'gm', 'gm_office'],
} as const satisfies Record<string, readonly Role[]>;

/** Who reads incidents and the emergency budget: supervision, the GM, the GM office and finance. */
export const INCIDENT_READERS = [...OVERSIGHT_ROLES, 'finance'] as const satisfies readonly Role[];

/**
 * Who applies for an exception (DOMAIN 4.6): the heads of the departments concerned (department heads,
 * the customer-service director), compliance (a new government rule), administration and the GM office.
 */
export const EXCEPTION_APPLICANT_ROLES = [
  'department_head',
  'cs_director',
  'compliance',
  'administration',
  'gm_office',
] as const satisfies readonly Role[];

/** Who reads exception applications: supervision, the GM, the GM office and those who apply. */
export const EXCEPTION_READERS = [
  ...OVERSIGHT_ROLES,
  'department_head',
  'cs_director',
] as const satisfies readonly Role[];

/** DOMAIN 4.2: internal control draws the monthly sample of customer files and records the check's findings. */
export const SAMPLE_ROLES = ['internal_control'] as const satisfies readonly Role[];

/** DOMAIN 4.2: audit runs the yearly review and opens rectification items from its findings. */
export const REVIEW_ROLES = ['audit'] as const satisfies readonly Role[];

/**
 * Who reads the samples, their findings, interaction coverage and the yearly reviews: the checking
 * functions (internal control, audit, compliance), the GM and the GM office meeting that act on audit
 * reports (DOMAIN 4.3-4.4), and the admin.
 */
export const CHECK_READERS = [
  'internal_control',
  'audit',
  'compliance',
  'gm',
  'gm_office',
  'admin',
] as const satisfies readonly Role[];

/**
 * DOMAIN 4.3: the monthly activity report and the quarterly customer profile (aggregates, no person's
 * data): supervision, management, the departments that report (sales, marketing, finance) and analysts.
 */
export const REPORT_READERS = [
  ...OVERSIGHT_ROLES,
  'vp',
  'board',
  'sales',
  'marketing',
  'finance',
  'analyst',
] as const satisfies readonly Role[];
