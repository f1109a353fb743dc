import type { EventContext } from '@care/contracts';
import { authorised, type Caller, eventContextOf } from '@care/service-kit';
import { ANY_OPEN_ROLES, assertMayOpen } from '../domain/access';
import {
  type OpenInput,
  openRectification,
  type RectificationItem,
  type WorkingDays,
} from '../domain/rectification';
import { openedEvent } from './events';
import type { Deps, RectificationTransaction } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';

/**
 * Supervision records a finding to be put right: audit, internal control, compliance or HR (DOMAIN 4.3-4.4).
 * The item, its event and the event's audit entry commit together.
 */
export const openRectificationItem = authorised(
  ANY_OPEN_ROLES,
  async (deps: Deps, caller: Caller, input: OpenInput): Promise<RectificationItem> => {
    assertMayOpen(caller.actor, input.source);
    const item = openRectification(input, {
      id: deps.newId(),
      actor: caller.actor.sub,
      now: deps.clock.now(),
      calendar: deps.calendar,
    });
    return tracedUnitOfWork(deps)(async (tx) => {
      await tx.rectifications.insert(item);
      await tx.outbox.enqueue(openedEvent(item, eventContextOf(caller)));
      return item;
    });
  },
);

/**
 * Opens an item inside a transaction that is already open, for a finding that another event or use
 * case brings (a complaint's improvement action, a violation): once per originating event. Whether it
 * opened one.
 */
export async function openRectificationWithin(
  deps: { calendar: WorkingDays; newId: () => string },
  tx: RectificationTransaction,
  input: OpenInput,
  origin: { actor: string; at: Date; eventId: string; context: EventContext },
): Promise<boolean> {
  const item = openRectification(input, {
    id: deps.newId(),
    actor: origin.actor,
    now: origin.at,
    calendar: deps.calendar,
    originEventId: origin.eventId,
  });
  const opened = await tx.rectifications.insertUnlessOpened(item);
  if (opened) await tx.outbox.enqueue(openedEvent(item, origin.context));
  return opened;
}
