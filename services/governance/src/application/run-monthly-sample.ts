import { randomBytes } from 'node:crypto';
import { refuse } from '@care/domain-kernel';
import { authorised, type Caller, eventContextOf } from '@care/service-kit';
import { SAMPLE_ROLES } from '../domain/access';
import { type CheckSample, takeSample } from '../domain/check-sample';
import { monthPeriod, requireBegun } from '../domain/report-period';
import { sampleDrawnEvent } from './events';
import type { Deps } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';

/**
 * DOMAIN 4.2: internal control's random sample of 3 customer files for a month, drawn once per month
 * (CONFLICT after) from the files registered before the month's end, with a fresh random seed kept with
 * it: the same seed over the same population draws the same files again.
 */
export const runMonthlySample = authorised(
  SAMPLE_ROLES,
  async (deps: Deps, caller: Caller, input: { month: string }): Promise<CheckSample> => {
    const period = monthPeriod(input.month, deps.timeZone);
    const now = deps.clock.now();
    requireBegun('month', period, now);
    const conflict = () =>
      refuse.conflict(`the customer files of ${input.month} were sampled already`, { month: input.month });
    return tracedUnitOfWork(deps)(async (tx) => {
      if (await tx.checks.sampleByMonth(input.month)) throw conflict();
      const sample = takeSample(input.month, await tx.checks.lockPopulation(period.to), {
        id: deps.newId(),
        seed: randomBytes(16).toString('hex'),
        actor: caller.actor.sub,
        now,
      });
      if (!(await tx.checks.insertSample(sample))) throw conflict();
      await tx.outbox.enqueue(sampleDrawnEvent(sample, eventContextOf(caller)));
      return sample;
    });
  },
);
