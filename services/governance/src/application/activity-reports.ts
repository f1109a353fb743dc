import { authorised, type Caller } from '@care/service-kit';
import { REPORT_READERS } from '../domain/access';
import { monthlyReport, quarterlyProfile } from '../domain/activity-report';
import { monthPeriod, quarterPeriod, requireBegun, shiftPeriod } from '../domain/report-period';
import type { Deps } from './ports';

/** DOMAIN 4.3: the monthly activity report, each KPI with its policy target where DOMAIN gives one. */
export const getMonthlyReport = authorised(
  REPORT_READERS,
  async (deps: Deps, _caller: Caller, month: string) => {
    const period = monthPeriod(month, deps.timeZone);
    requireBegun('month', period, deps.clock.now());
    return monthlyReport(period, await deps.reports.monthly(period));
  },
);

/** DOMAIN 4.3 / 2.8: the quarterly customer-profile analysis against the targets of DOMAIN 2.8. */
export const getQuarterlyCustomerProfile = authorised(
  REPORT_READERS,
  async (deps: Deps, _caller: Caller, quarter: string) => {
    const period = quarterPeriod(quarter, deps.timeZone);
    requireBegun('quarter', period, deps.clock.now());
    const [year, q] = quarter.split('-Q');
    const yearBefore = shiftPeriod(period, -12, deps.timeZone, `${Number(year) - 1}-Q${q}`);
    return quarterlyProfile(period, await deps.reports.quarterly(period, yearBefore, yearBefore.from));
  },
);
