import type { EventContext } from '@care/contracts';
import { refuse } from '@care/domain-kernel';
import type { OpenInput, RectificationItem } from '../domain/rectification';
import { openRectificationWithin } from './open-rectification-item';
import type { Deps, RectificationTransaction } from './ports';

const DESCRIPTION_MAX = 4_000;

/**
 * Opens the rectification item of a check's or a review's finding (DOMAIN 4.2-4.4), inside the finding's
 * transaction: one item per finding (the finding's id is the item's origin), CONFLICT for a second one.
 */
export async function openFindingRectification(
  deps: Pick<Deps, 'calendar' | 'newId'>,
  tx: RectificationTransaction,
  input: Omit<OpenInput, 'sourceId'>,
  origin: { findingId: string; actor: string; at: Date; context: EventContext },
): Promise<RectificationItem> {
  const opened = await openRectificationWithin(
    deps,
    tx,
    { ...input, sourceId: origin.findingId, description: input.description.slice(0, DESCRIPTION_MAX) },
    { actor: origin.actor, at: origin.at, eventId: origin.findingId, context: origin.context },
  );
  if (!opened) throw refuse.conflict(`finding ${origin.findingId} has its rectification item already`);
  const { rows } = await tx.rectifications.list(
    { source: input.source, sourceId: origin.findingId },
    { size: 1, count: false },
  );
  return rows[0]!;
}
