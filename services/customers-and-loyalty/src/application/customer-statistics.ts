import { authorised } from '@care/service-kit';
import type { Deps } from './ports';

/** DOMAIN 2.7: a data export needs compliance's authorisation and is for statistics only: aggregates, no person. */
export const customerStatistics = authorised(['compliance'], (deps: Deps, _caller, year: number) =>
  deps.kpis.statistics(year),
);
