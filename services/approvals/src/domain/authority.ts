import { AUTHORITIES, type Authority, type Department, type Role } from '@care/domain-kernel';

export { AUTHORITIES, type Authority };

/**
 * The role that holds each authority. A delegate acts as its holder, for that authority only (DOMAIN
 * 3.5); the GM office meeting's decisions are recorded by the GM office.
 */
export const AUTHORITY_HOLDER: Record<Authority, Role> = {
  DEPARTMENT_HEAD: 'department_head',
  INTERNAL_CONTROL: 'internal_control',
  FINANCE: 'finance',
  VP: 'vp',
  GM: 'gm',
  GM_OFFICE_MEETING: 'gm_office',
  LOYALTY_SUPERVISOR: 'loyalty_supervisor',
  CS_SPECIALIST: 'cs_specialist',
  CS_MANAGER: 'cs_manager',
  CS_DIRECTOR: 'cs_director',
};

/**
 * The departments not headed by a `department_head`: customer service is led by its director (DOMAIN "Who
 * uses it", 1.12), who decides the department head's step of its own staff's requests.
 */
export const DEPARTMENT_LED_BY: Partial<Record<Department, Role>> = { CUSTOMER_SERVICE: 'cs_director' };

/** The role that decides a step of this authority for this department (null: any holder). */
export const holderRoleOf = (authority: Authority, department: Department | null): Role =>
  (authority === 'DEPARTMENT_HEAD' && department && DEPARTMENT_LED_BY[department]) ||
  AUTHORITY_HOLDER[authority];

/**
 * Whether these roles (and department) hold a step's own authority: its holder, for a department head's
 * step the head of that department (any department head when it names none), or the role that leads the
 * department where it is not a `department_head` (customer service's director).
 */
export function holdsStep(
  step: { authority: Authority; department: Department | null },
  by: { roles: readonly string[]; department?: string | null },
): boolean {
  const led = step.authority === 'DEPARTMENT_HEAD' && step.department && DEPARTMENT_LED_BY[step.department];
  if (led && by.roles.includes(led)) return true;
  if (!by.roles.includes(AUTHORITY_HOLDER[step.authority])) return false;
  return step.department === null || by.department === step.department;
}

const ABOVE_VP = ['GM', 'GM_OFFICE_MEETING'] as const;
const ABOVE_DEPARTMENT_HEAD = ['VP', ...ABOVE_VP] as const;

/**
 * Who stands above each authority on the line: a holder of one of these may decide a step in its place,
 * only as a skip-level decision with a written justification and risk assessment (DOMAIN 3.4). A higher
 * authority never decides a lower step silently, a lower one never decides a higher step, and the control
 * functions (internal control, finance) are skipped by nobody: they check the line, the line does not
 * stand in for them.
 */
export const HIGHER_AUTHORITIES: Record<Authority, readonly Authority[]> = {
  DEPARTMENT_HEAD: ABOVE_DEPARTMENT_HEAD,
  LOYALTY_SUPERVISOR: ABOVE_VP,
  CS_SPECIALIST: ['CS_MANAGER', 'CS_DIRECTOR', ...ABOVE_DEPARTMENT_HEAD],
  CS_MANAGER: ['CS_DIRECTOR', ...ABOVE_DEPARTMENT_HEAD],
  CS_DIRECTOR: ABOVE_DEPARTMENT_HEAD,
  VP: ABOVE_VP,
  GM: ['GM_OFFICE_MEETING'],
  GM_OFFICE_MEETING: [],
  INTERNAL_CONTROL: [],
  FINANCE: [],
};

/** The authorities a person holds by their roles (not by delegation). */
export const authoritiesHeldBy = (roles: readonly string[]): Authority[] =>
  AUTHORITIES.filter((a) => roles.includes(AUTHORITY_HOLDER[a]));

export const isAuthority = (value: unknown): value is Authority =>
  typeof value === 'string' && (AUTHORITIES as readonly string[]).includes(value);
