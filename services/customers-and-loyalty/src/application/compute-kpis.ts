import { authorised, badInput } from '@care/service-kit';
import { KPI_ROLES } from '../domain/access';
import type { Deps } from './ports';

/** The DOMAIN 2.8 targets the service can compute, over [from, to). */
export const computeKpis = authorised(
  KPI_ROLES,
  async (deps: Deps, _caller, { from, to }: { from: Date; to: Date }) => {
    if (!(from < to)) throw badInput('from must be before to', { argument: 'from' });
    return { from, to, ...(await deps.kpis.compute(from, to)) };
  },
);
