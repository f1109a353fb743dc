import { accountFrozen, createEvent, type EventContext } from '@care/contracts';
import { badInput, DomainError, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { FREEZE_ROLES } from '../domain/access';
import type { Customer } from '../domain/customer';
import { openFreeze, type Freeze } from '../domain/freeze';
import type { WorkingTime } from '../domain/working-time';
import { lockCustomer } from './rules';
import type { Deps, Transaction } from './ports';

/** A manual freeze by sales, with its reason (DOMAIN 2.6). */
export async function freezeAccount(
  deps: Deps,
  caller: Caller,
  customerId: string,
  reason: string,
): Promise<Customer> {
  requireRole(caller.actor, ...FREEZE_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, customerId);
    if (customer.status !== 'ACTIVE')
      throw new DomainError('INVALID_TRANSITION', `the account is ${customer.status} already`);
    if (reason.trim().length < 3) throw badInput('a freeze needs a reason', { field: 'reason' });
    return freeze(
      tx,
      customer,
      {
        id: deps.newId(),
        source: 'MANUAL',
        complaintId: null,
        reason: reason.trim(),
        reportedAt: now,
        frozenBy: caller.actor.sub,
      },
      now,
      deps.calendar,
      eventContextOf(caller),
    );
  });
}

/** Freezes the account (if it is not frozen already) and records the freeze with its deadlines. */
export async function freeze(
  tx: Transaction,
  customer: Customer,
  input: Pick<Freeze, 'id' | 'source' | 'complaintId' | 'reason' | 'reportedAt' | 'frozenBy'> & {
    major?: boolean;
  },
  now: Date,
  calendar: WorkingTime,
  context: EventContext,
): Promise<Customer> {
  const record = openFreeze({ ...input, customerId: customer.id }, now, calendar);
  const frozen: Customer = { ...customer, status: 'FROZEN' };
  if (customer.status === 'ACTIVE') await tx.customers.update(frozen);
  await tx.customers.insertFreeze(record);
  await tx.outbox.enqueue(
    createEvent(
      accountFrozen,
      customer.id,
      {
        freezeId: record.id,
        customerId: customer.id,
        source: record.source,
        complaintId: record.complaintId,
        reportedAt: record.reportedAt.toISOString(),
        freezeDueAt: record.freezeDueAt.toISOString(),
        frozenAt: record.frozenAt.toISOString(),
        frozenOnTime: record.frozenOnTime,
        investigationDueAt: record.investigationDueAt.toISOString(),
        major: record.major,
        escalateTo: record.major ? 'GM_OFFICE_MEETING' : null,
      },
      context,
    ),
  );
  return customer.status === 'ACTIVE' ? frozen : customer;
}
