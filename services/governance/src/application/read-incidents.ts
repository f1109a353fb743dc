import { type Actor, type Connection, paginate, requireRole } from '@care/service-kit';
import { INCIDENT_READERS } from '../domain/access';
import type { EmergencySpending } from '../domain/emergency-budget';
import type { Incident } from '../domain/incident';
import type { Deps, IncidentFilter } from './ports';

/** `incident(id)`: supervision, the GM, the GM office and finance; null when there is none. */
export async function getIncident(deps: Deps, actor: Actor, id: string): Promise<Incident | null> {
  requireRole(actor, ...INCIDENT_READERS);
  return deps.incidents.findById(id);
}

/** `incidents(filter)`: oldest report first. */
export function listIncidents(
  deps: Deps,
  actor: Actor,
  filter: IncidentFilter,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<Incident>> {
  requireRole(actor, ...INCIDENT_READERS);
  return paginate(
    args,
    (page) => deps.incidents.list(filter, page),
    (i) => ({ at: i.reportedAt, id: i.id }),
  );
}

/** The spending of each incident of a batch (the incidents were read with the reader's role checked). */
export async function spendingOfIncidents(
  deps: Pick<Deps, 'emergencyBudgets'>,
  incidentIds: readonly string[],
): Promise<EmergencySpending[][]> {
  const rows = await deps.emergencyBudgets.spendingOf(incidentIds);
  return incidentIds.map((id) => rows.filter((s) => s.incidentId === id));
}
