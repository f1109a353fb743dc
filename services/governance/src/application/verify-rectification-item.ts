import { authorised, type Caller, eventContextOf } from '@care/service-kit';
import {
  verifyRectification,
  type RectificationItem,
  type VerificationOutcome,
} from '../domain/rectification';
import { VERIFY_ROLES } from '../domain/access';
import { RECTIFICATION_ITEMS } from './change-rectification-item';
import { changeTraced } from './traced-unit-of-work';
import type { Deps } from './ports';
import { verifiedEvent } from './events';

/** Supervision checks the fix: it holds (VERIFIED) or it goes back to the owner. */
export const verifyRectificationItem = authorised(
  VERIFY_ROLES,
  async (
    deps: Deps,
    caller: Caller,
    input: { id: string; outcome: VerificationOutcome; note: string; expectedVersion?: number | null },
  ): Promise<RectificationItem> => {
    return changeTraced(deps, RECTIFICATION_ITEMS, eventContextOf(caller), {
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: (item, now) => verifyRectification(item, input, { actor: caller.actor.sub, now }),
      events: (_before, after, now, context) => [verifiedEvent(after, input.outcome, now, context)],
    });
  },
);
