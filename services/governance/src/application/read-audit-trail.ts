import { paginate, requireRole, type Actor, type Connection } from '@care/service-kit';
import { SUPERVISION_ROLES } from '../domain/access';
import type { AuditEntry } from '../domain/audit-entry';
import type { AuditFilter, Deps } from './ports';

export function listAuditEntries(
  deps: Deps,
  actor: Actor,
  filter: AuditFilter,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<AuditEntry>> {
  requireRole(actor, ...SUPERVISION_ROLES);
  return paginate(
    args,
    (page) => deps.entries.list(filter, page),
    (e) => ({ at: e.occurredAt, id: e.id }),
  );
}

export async function getAuditEntry(deps: Deps, actor: Actor, id: string): Promise<AuditEntry | null> {
  requireRole(actor, ...SUPERVISION_ROLES);
  const [entry] = await deps.entries.findByIds([id]);
  return entry ?? null;
}
