import { authorised, type Caller, type Connection } from '@care/service-kit';
import { CHECK_READERS } from '../domain/access';
import { coverageKpi } from '../domain/activity-report';
import { type CheckSample, reproduces } from '../domain/check-sample';
import { monthPeriod } from '../domain/report-period';
import type { ReviewFinding, ReviewPart, YearlyReview } from '../domain/yearly-review';
import type { Deps } from './ports';
import { type PageArgs, pageOf } from './read-register';

/** The month's sample (DOMAIN 4.2); null when none was drawn. */
export const getCheckSample = authorised(
  CHECK_READERS,
  (deps: Deps, _caller: Caller, month: string): Promise<CheckSample | null> => {
    monthPeriod(month, deps.timeZone);
    return deps.checks.sampleByMonth(month);
  },
);

/** What each sampled file holds for its month. */
export const sampledFiles = (deps: Deps, sample: CheckSample) =>
  deps.reports.sampledFiles(sample.customerIds, monthPeriod(sample.month, deps.timeZone));

/** Whether the stored seed over the population read again draws the same files. */
export async function sampleReproduced(deps: Deps, sample: CheckSample): Promise<boolean> {
  const period = monthPeriod(sample.month, deps.timeZone);
  return reproduces(sample, await deps.checks.population(period.to, sample.populationThrough));
}

export const sampleFindings = (deps: Deps, sample: CheckSample) => deps.checks.findings(sample.id);

/**
 * DOMAIN 4.2: interaction-record coverage of the month against the 95 % target: of the customers the
 * month's campaigns targeted, and of the sampled files when the month has a sample.
 */
export const interactionCoverage = authorised(
  CHECK_READERS,
  async (deps: Deps, _caller: Caller, month: string) => {
    const period = monthPeriod(month, deps.timeZone);
    const [figures, sample] = await Promise.all([
      deps.reports.coverage(period),
      deps.checks.sampleByMonth(month),
    ]);
    const files = sample ? await sampledFiles(deps, sample) : [];
    const sampled = { targeted: files.length, covered: files.filter((f) => f.interactions > 0).length };
    return {
      month,
      from: period.from,
      to: period.to,
      ...figures,
      coverage: coverageKpi(figures),
      sample: sample && {
        sampleId: sample.id,
        files: sampled.targeted,
        covered: sampled.covered,
        coverage: coverageKpi(sampled),
      },
    };
  },
);

/** The year's review (DOMAIN 4.2); null when it was not run. */
export const getYearlyReview = authorised(
  CHECK_READERS,
  (deps: Deps, _caller: Caller, year: number): Promise<YearlyReview | null> => deps.checks.reviewByYear(year),
);

/** A review's findings, in a stable order, optionally of one part (read through the review). */
export const reviewFindings = (
  deps: Deps,
  review: YearlyReview,
  args: PageArgs & { part?: ReviewPart | null },
): Promise<Connection<ReviewFinding>> =>
  pageOf(
    args,
    (page) => deps.checks.reviewFindings(review.id, args.part ?? null, page),
    (f) => ({ at: review.runAt, id: f.id }),
  );
