import { refuse } from '@care/domain-kernel';
import { type Actor, type Connection, paginate, requireRole } from '@care/service-kit';
import { assertMayRead, readScope, RECTIFICATION_READ_ROLES } from '../domain/access';
import type { RectificationItem } from '../domain/rectification';
import type { Deps, RectificationFilter } from './ports';

/**
 * One item, for supervision, the GM office, its owner department or its named owner (who may hold any
 * role: the check needs the item, so it follows the read).
 */
export async function getRectificationItem(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<RectificationItem | null> {
  const item = await deps.rectifications.findById(id);
  if (!item) return null;
  assertMayRead(actor, item);
  return item;
}

/** Items by filter: every item for supervision and the GM office, a department's own for its staff. */
export function listRectificationItems(
  deps: Deps,
  actor: Actor,
  filter: RectificationFilter,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<RectificationItem>> {
  requireRole(actor, ...RECTIFICATION_READ_ROLES);
  const scope = readScope(actor);
  if (scope !== 'ALL' && filter.ownerDepartment && filter.ownerDepartment !== scope.department)
    throw refuse.forbidden("a department reads its own department's rectification items only");
  const scoped = scope === 'ALL' ? filter : { ...filter, ownerDepartment: scope.department };
  return paginate(
    args,
    (page) => deps.rectifications.list(scoped, page),
    (i) => ({ at: i.openedAt, id: i.id }),
  );
}
