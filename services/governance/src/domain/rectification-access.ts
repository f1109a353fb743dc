import { refuse, type Department, type Role } from '@care/domain-kernel';
import { SUPERVISION_ROLES } from './access';
import type { RectificationItem, RectificationSource } from './rectification';

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

/** Those who see every item: supervision, the GM and the GM office. */
export const RECTIFICATION_OVERSIGHT_ROLES: readonly Role[] = [...SUPERVISION_ROLES, 'gm', 'gm_office'];

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
