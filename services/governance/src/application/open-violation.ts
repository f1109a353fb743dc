import { authorised, eventContextOf, type Caller } from '@care/service-kit';
import { openViolation, type OpenInput, type Violation } from '../domain/violation';
import { VIOLATION_STEP_ROLES } from '../domain/access';
import type { Deps } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';
import { violationEvents } from './events';

/** Compliance opens a violation with its investigation report (DOMAIN 4.5). */
export const openViolationCase = authorised(
  VIOLATION_STEP_ROLES.investigate,
  async (deps: Deps, caller: Caller, input: OpenInput & { report: string }): Promise<Violation> => {
    const now = deps.clock.now();
    const violation = openViolation(input, { id: deps.newId(), actor: caller.actor.sub, now });
    return tracedUnitOfWork(deps)(async (tx) => {
      await tx.violations.insert(violation);
      await tx.outbox.enqueue(...violationEvents(null, violation, now, eventContextOf(caller)));
      return violation;
    });
  },
);
