import type { Envelope, EventContext } from '@care/contracts';
import { refuse } from '@care/domain-kernel';
import {
  changeAggregate,
  eventContextOf,
  isUuid,
  requireRole,
  type Caller,
  type Role,
  type UnitOfWork,
  type UseCase,
} from '@care/service-kit';
import type { Complaint, Happening, Outcome, RuleContext } from '../domain/complaint';
import { assertDepartmentMember } from '../domain/handling';
import { assertCommand, type ComplaintCommand } from '../domain/state-machine';
import { happeningEvents } from './events';
import type { Deps, Transaction } from './ports';

const OVERSEERS: Role[] = ['admin', 'leadership_group', 'cs_specialist', 'cs_manager', 'cs_director'];

/** The role an actor acts in, for the record: the first of the allowed roles they hold. */
export function actingRole(caller: Caller, roles: readonly Role[]): string {
  return roles.find((r) => caller.actor.roles.includes(r)) ?? caller.actor.roles[0] ?? 'unknown';
}

/** Department staff act for their own department only; customer service and leadership for all. */
export function departmentScope(caller: Caller): string | undefined {
  const { actor } = caller;
  if (OVERSEERS.some((r) => actor.roles.includes(r))) return undefined;
  if (!actor.department) throw refuse.forbidden('department staff must carry their department');
  return actor.department;
}

/** A unit of work inside a transaction already open (an event's, a job's): changes join it. */
export const within =
  (tx: Transaction): UnitOfWork<Transaction> =>
  (work) =>
    work(tx);

/** A rule's result as the application takes it: the new state and what else happened. */
const outcomeOf = (result: Outcome | Complaint): Outcome =>
  'happened' in result ? result : { complaint: result, happened: [] };

/** Which complaint a caller changes, and the version they saw: CONFLICT when it changed since. */
export interface ComplaintTarget {
  id: string;
  expectedVersion?: number | null;
}

/** A use case that changes one complaint, given what the caller sends for the change beside the target. */
export type ComplaintChange<I = unknown> = UseCase<Deps, ComplaintTarget & I, Complaint>;

export interface ChangeSpec {
  /** The lifecycle command: refused with INVALID_TRANSITION before any other check on the complaint. */
  command?: ComplaintCommand;
  roles: readonly Role[];
  /** Department staff must belong to an assigned department (or the lead one). */
  department?: 'member' | 'lead';
  apply: (
    c: Complaint,
    ctx: RuleContext,
    tx: Transaction,
  ) => Outcome | Complaint | Promise<Outcome | Complaint>;
  events?: (before: Complaint, after: Complaint, ctx: EventContext, now: Date) => Envelope[];
}

/**
 * The shape of every change to a complaint a caller asks for: authorize before any I/O, then the one
 * shape of an aggregate change (load, locked for the transaction: NOT_FOUND; the version the caller
 * saw: CONFLICT; a caller who sends none has the change applied to the complaint as it is, after any
 * change being made at that moment, by the same rules), where the
 * lifecycle refuses a command it does not allow in the complaint's status first (INVALID_TRANSITION,
 * before the department and every other check), then the pure rule; saved with the optimistic lock,
 * with its events, all in one transaction.
 */
export async function changeComplaint(
  deps: Deps,
  caller: Caller,
  target: ComplaintTarget,
  spec: ChangeSpec,
): Promise<Complaint> {
  requireRole(caller.actor, ...spec.roles);
  if (!isUuid(target.id)) throw refuse.input('id', 'id is not a complaint id');
  const scope = spec.department ? departmentScope(caller) : undefined;
  const now = deps.clock.now();
  const ctx: RuleContext = {
    now,
    calendar: deps.calendar,
    actor: { id: caller.actor.sub, role: actingRole(caller, spec.roles) },
  };
  const eventContext = eventContextOf(caller);
  // What the rule made happen, evented after the change's own events, from the saved complaint.
  let happened: Happening[] = [];
  return changeAggregate(deps.unitOfWork, {
    what: 'Complaint',
    id: target.id,
    label: (current) => `complaint ${current.number}`,
    expectedVersion: target.expectedVersion,
    // Locked for the transaction: changes to one complaint queue instead of failing each other.
    load: (tx) => tx.complaints.lockById(target.id),
    apply: async (current, tx) => {
      if (spec.command) assertCommand(spec.command, current);
      if (spec.department) assertDepartmentMember(current, scope, spec.department === 'lead');
      const outcome = outcomeOf(await spec.apply(current, ctx, tx));
      happened = outcome.happened;
      return { next: outcome.complaint };
    },
    save: (tx, next, version) => tx.complaints.save(next, version),
    events: (before, after) => [
      ...(spec.events?.(before, after, eventContext, now) ?? []),
      ...happeningEvents(after, happened, now, eventContext),
    ],
  });
}
