import { authorised } from '@care/service-kit';
import { KPI_ROLES } from '../domain/access';
import { liabilityMonths, pointsValue } from '../domain/liability';
import type { Deps } from './ports';

/** The points customers hold and their worth, with the point value it was taken at (for `expiring`). */
export interface PointsLiability {
  available: number;
  locked: number;
  customers: number;
  value: string;
  pointValueCny: string;
}

/** A month of the liability's expiry schedule. */
export interface PointsExpiryMonth {
  month: string;
  points: number;
  customers: number;
  value: string;
}

/** The company's points liability (DOMAIN 2.1, 2.3): what customers hold and what it is worth. */
export const pointsLiability = authorised(KPI_ROLES, async (deps: Deps): Promise<PointsLiability> => {
  const [held, policy] = await Promise.all([deps.kpis.pointsHeld(), deps.tiers.policyAt(deps.clock.now())]);
  return {
    ...held,
    value: pointsValue(held.available + held.locked, policy.pointValueCny),
    pointValueCny: policy.pointValueCny,
  };
});

/**
 * The redeemable points by the month at whose end they expire, for `months` months from the current one
 * (company time), every month listed, none with no points left out.
 */
export const pointsExpiringByMonth = authorised(
  KPI_ROLES,
  async (
    deps: Deps,
    _caller,
    { months, pointValueCny }: { months: number; pointValueCny: string },
  ): Promise<PointsExpiryMonth[]> => {
    const now = deps.clock.now();
    const schedule = await deps.kpis.pointsExpiringByMonth(now, liabilityMonths(now, months, deps.timeZone));
    return schedule.map((m) => ({ ...m, value: pointsValue(m.points, pointValueCny) }));
  },
);
