import { badInput, requireRole, type Caller } from '@care/service-kit';
import { KPI_ROLES } from '../domain/access';
import type { Deps, Kpis } from './ports';

/** The DOMAIN 2.8 targets the service can compute, over [from, to). */
export async function computeKpis(
  deps: Deps,
  caller: Caller,
  from: Date,
  to: Date,
): Promise<Kpis & { from: Date; to: Date }> {
  requireRole(caller.actor, ...KPI_ROLES);
  if (!(from < to)) throw badInput('from must be before to', { argument: 'from' });
  return { from, to, ...(await deps.kpis.compute(from, to)) };
}
