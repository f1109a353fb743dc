import { requireRole } from '@care/service-kit';
import { INCIDENT_READERS } from '../domain/access';
import type { EmergencySpending } from '../domain/emergency-budget';
import type { Incident } from '../domain/incident';
import type { Deps, IncidentFilter } from './ports';
import { registerReads } from './read-register';

const incidentReads = registerReads<Incident, IncidentFilter>({
  check: (actor) => requireRole(actor, ...INCIDENT_READERS),
  register: (deps) => deps.incidents,
  listedBy: (incident) => incident.reportedAt,
});

/** `incident(id)`: supervision, the GM, the GM office and finance; null when there is none. */
export const getIncident = incidentReads.get;

/** `incidents(filter)`: oldest report first. */
export const listIncidents = incidentReads.list;

/** The spending of each incident of a batch (the incidents were read with the reader's role checked). */
export async function spendingOfIncidents(
  deps: Pick<Deps, 'emergencyBudgets'>,
  incidentIds: readonly string[],
): Promise<EmergencySpending[][]> {
  const rows = await deps.emergencyBudgets.spendingOf(incidentIds);
  return incidentIds.map((id) => rows.filter((s) => s.incidentId === id));
}
