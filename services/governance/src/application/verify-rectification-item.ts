import { requireRole, type Caller } from '@care/service-kit';
import {
  verifyRectification,
  type RectificationItem,
  type VerificationOutcome,
} from '../domain/rectification';
import { VERIFY_ROLES } from '../domain/access';
import { changeRectificationItem } from './change-rectification-item';
import type { Deps } from './ports';
import { verifiedEvent } from './events';

/** Supervision checks the fix: it holds (VERIFIED) or it goes back to the owner. */
export function verifyRectificationItem(
  deps: Deps,
  caller: Caller,
  input: { id: string; outcome: VerificationOutcome; note: string; expectedVersion?: number | null },
): Promise<RectificationItem> {
  requireRole(caller.actor, ...VERIFY_ROLES);
  return changeRectificationItem(deps, caller, {
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: (item, now) => verifyRectification(item, input, { actor: caller.actor.sub, now }),
    events: (after, now, context) => [verifiedEvent(after, input.outcome, now, context)],
  });
}
