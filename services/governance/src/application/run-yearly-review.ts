import { refuse } from '@care/domain-kernel';
import { authorised, type Caller, eventContextOf } from '@care/service-kit';
import { REVIEW_ROLES } from '../domain/access';
import { requireEnded, yearPeriod } from '../domain/report-period';
import { reviewYear, type YearlyReview } from '../domain/yearly-review';
import { reviewCompletedEvent } from './events';
import type { Deps } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';

/**
 * DOMAIN 4.2: audit's review of a year that has ended, once per year (CONFLICT after): tier accuracy,
 * budget execution and complaint timeliness from governance's projections, every finding recorded.
 */
export const runYearlyReview = authorised(
  REVIEW_ROLES,
  async (deps: Deps, caller: Caller, input: { year: number }): Promise<YearlyReview> => {
    const period = yearPeriod(input.year, deps.timeZone);
    const now = deps.clock.now();
    requireEnded('year', period, now);
    const conflict = () => refuse.conflict(`${input.year} has been reviewed already`, { year: input.year });
    if (await deps.checks.reviewByYear(input.year)) throw conflict();
    const { review, findings } = reviewYear(await deps.reports.reviewInputs(period, now), {
      id: deps.newId(),
      year: input.year,
      period,
      actor: caller.actor.sub,
      now,
      newId: deps.newId,
    });
    return tracedUnitOfWork(deps)(async (tx) => {
      if (!(await tx.checks.insertReview(review, findings))) throw conflict();
      await tx.outbox.enqueue(reviewCompletedEvent(review, eventContextOf(caller)));
      return review;
    });
  },
);
