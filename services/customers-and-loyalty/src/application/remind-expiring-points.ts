import { createEvent, pointsExpiring } from '@care/contracts';
import { expiryNotices, noticePeriodEnd, type ExpiryNotice } from '../domain/points';
import { serviceContext } from './events';
import type { Deps } from './ports';

/** A reminder given: the customer's points of one expiry moment. */
export type Reminder = ExpiryNotice & { customerId: string };

/**
 * The reminder job: every active customer whose points of an expiry moment come within the notice period
 * is reminded once (`points.expiring`, for the partner that writes to them), one transaction per customer
 * under its row lock, the record of the reminder and its event together. Returns the reminders given.
 */
export async function remindExpiringPoints(deps: Deps): Promise<Reminder[]> {
  if (deps.expiryNoticeDays === 0) return [];
  const now = deps.clock.now();
  const until = noticePeriodEnd(now, deps.expiryNoticeDays);
  const given: Reminder[] = [];
  for (const customerId of await deps.ledger.customersToRemind(now, until)) {
    given.push(
      ...(await deps.unitOfWork(async (tx) => {
        const customer = await tx.customers.lock(customerId);
        if (customer?.status !== 'ACTIVE') return [];
        const context = serviceContext();
        const notices = expiryNotices(await tx.ledger.lots(customerId), now, deps.expiryNoticeDays);
        const recorded: Reminder[] = [];
        for (const notice of notices) {
          if (!(await tx.ledger.recordExpiryNotice(customerId, notice, now))) continue;
          const data = {
            customerId,
            points: notice.points,
            expiresAt: notice.expiresAt.toISOString(),
            noticedAt: now.toISOString(),
          };
          await tx.outbox.enqueue(createEvent(pointsExpiring, customerId, data, { ...context, time: now }));
          recorded.push({ customerId, ...notice });
        }
        return recorded;
      })),
    );
  }
  return given;
}
