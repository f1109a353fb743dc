import type { Envelope, EventContext } from '@care/contracts';
import {
  badInput,
  DomainError,
  eventContextOf,
  notFound,
  requireRole,
  type Caller,
  type Role,
} from '@care/service-kit';
import type { Complaint } from '../domain/complaint';
import type { Happening, Outcome, RuleContext } from '../domain/rule-support';
import { assertDepartmentMember } from '../domain/handling';
import { assertCommand, type ComplaintCommand } from '../domain/state-machine';
import { rule } from './errors';
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
  if (!actor.department) throw new DomainError('FORBIDDEN', 'department staff must carry their department');
  return actor.department;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

export interface ChangeSpec {
  id: string;
  /** The lifecycle command: refused with INVALID_TRANSITION before any other check on the complaint. */
  command?: ComplaintCommand;
  roles: readonly Role[];
  /** The version the caller saw: CONFLICT when the complaint changed since. */
  expectedVersion?: number | null;
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
 * The shape of every change to a complaint: authorize before any I/O, load (NOT_FOUND), check the
 * version the caller saw, refuse a command the lifecycle does not allow in the complaint's status
 * (INVALID_TRANSITION, before the department and every other check), apply the pure rule, save with the optimistic lock, enqueue the events, all
 * in one transaction.
 */
export async function changeComplaint(deps: Deps, caller: Caller, spec: ChangeSpec): Promise<Complaint> {
  requireRole(caller.actor, ...spec.roles);
  if (!isUuid(spec.id)) throw badInput('id is not a complaint id', { field: 'id' });
  const scope = spec.department ? departmentScope(caller) : undefined;
  const now = deps.clock.now();
  const ctx: RuleContext = {
    now,
    calendar: deps.calendar,
    actor: { id: caller.actor.sub, role: actingRole(caller, spec.roles) },
  };
  return deps.unitOfWork(async (tx) => {
    const current = await tx.complaints.findById(spec.id);
    if (!current) throw notFound('Complaint', spec.id);
    if (
      spec.expectedVersion !== null &&
      spec.expectedVersion !== undefined &&
      spec.expectedVersion !== current.version
    )
      throw new DomainError(
        'CONFLICT',
        `complaint ${current.number} is at version ${current.version}, not ${spec.expectedVersion}: reload and try again`,
        { id: current.id, version: current.version },
      );
    const { command } = spec;
    if (command) rule(() => assertCommand(command, current));
    if (spec.department) rule(() => assertDepartmentMember(current, scope, spec.department === 'lead'));
    const result = await (async () => {
      try {
        return await spec.apply(current, ctx, tx);
      } catch (error) {
        return rule(() => {
          throw error;
        });
      }
    })();
    const outcome: Outcome =
      'complaint' in result ? result : { complaint: result, happened: [] as Happening[] };
    const saved = await tx.complaints.save(outcome.complaint, current.version);
    const eventContext = eventContextOf(caller);
    await tx.outbox.enqueue(
      ...(spec.events?.(current, saved, eventContext, now) ?? []),
      ...happeningEvents(saved, outcome.happened, now, eventContext),
    );
    return saved;
  });
}
