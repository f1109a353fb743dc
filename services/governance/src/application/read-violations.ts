import { refuse } from '@care/domain-kernel';
import type { Actor } from '@care/service-kit';
import { mayReadViolation, violationReadAccessOf } from '../domain/access';
import type { Violation } from '../domain/violation';
import type { Deps, ViolationFilter } from './ports';
import { type ListRead, pageOldestFirst } from './read-register';

/** The reader's access: FORBIDDEN for customers, partners, services and a token without roles. */
function readerOf(actor: Actor) {
  const access = violationReadAccessOf(actor.roles);
  if (access === 'NONE') throw refuse.forbidden('Your role may not read violations');
  return access;
}

/**
 * `violation(id)`: null for one that does not exist to those who read every violation; to a staff member
 * reading their own, another's is NOT_FOUND exactly like one that does not exist.
 */
export async function getViolation(deps: Deps, actor: Actor, id: string): Promise<Violation | null> {
  const access = readerOf(actor);
  const found = await deps.violations.findById(id);
  if (found && mayReadViolation(access, actor.sub, found)) return found;
  if (access === 'OWN') throw refuse.notFound('Violation', id);
  return null;
}

/** Oldest first; a staff member's list holds their own violations only, whatever the filter. */
export const listViolations: ListRead<
  ViolationFilter & { appealDecisionOverdue?: boolean | null },
  Violation
> = (deps, actor, filter, args) => {
  const access = readerOf(actor);
  const { appealDecisionOverdue, ...rest } = filter;
  const scoped: ViolationFilter = {
    ...rest,
    personId: access === 'OWN' ? actor.sub : (rest.personId ?? null),
    appealDecisionOverdueAt: appealDecisionOverdue ? deps.clock.now() : null,
  };
  return pageOldestFirst(
    args,
    (page) => deps.violations.list(scoped, page),
    (v) => v.opened.at,
  );
};
