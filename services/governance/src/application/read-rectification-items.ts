import { Refusal, refuse } from '@care/domain-kernel';
import { type Actor, type Connection, requireRole } from '@care/service-kit';
import { assertMayRead, readScope, RECTIFICATION_READ_ROLES } from '../domain/access';
import type { RectificationItem } from '../domain/rectification';
import type { Deps, RectificationFilter } from './ports';
import { inOrderOf, type PageArgs, pageOldestFirst } from './read-register';

/**
 * One item, for supervision, the GM office, its owner department or its named owner (who may hold any
 * role: the check needs the item, so it follows the read).
 */
export async function getRectificationItem(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<RectificationItem | null> {
  const [item = null] = await getRectificationItems(deps, actor, [id]);
  if (item instanceof Refusal) throw item;
  return item;
}

/**
 * Items by id at once (a batch of entity references), in the order of `ids`, each as getRectificationItem
 * answers it: null when there is none, the refusal in the place of one the actor may not read.
 */
export async function getRectificationItems(
  deps: Deps,
  actor: Actor,
  ids: readonly string[],
): Promise<(RectificationItem | Refusal | null)[]> {
  return inOrderOf(ids, await deps.rectifications.findByIds(ids)).map((item) => {
    if (!item) return null;
    try {
      assertMayRead(actor, item);
      return item;
    } catch (refusal) {
      if (refusal instanceof Refusal) return refusal;
      throw refusal;
    }
  });
}

/** Items by filter: every item for supervision and the GM office, a department's own for its staff. */
export function listRectificationItems(
  deps: Deps,
  actor: Actor,
  filter: RectificationFilter,
  args: PageArgs,
): Promise<Connection<RectificationItem>> {
  requireRole(actor, ...RECTIFICATION_READ_ROLES);
  const scope = readScope(actor);
  if (scope !== 'ALL' && filter.ownerDepartment && filter.ownerDepartment !== scope.department)
    throw refuse.forbidden("a department reads its own department's rectification items only");
  const scoped = scope === 'ALL' ? filter : { ...filter, ownerDepartment: scope.department };
  return pageOldestFirst(
    args,
    (page) => deps.rectifications.list(scoped, page),
    (i) => i.openedAt,
  );
}
