import { authorised, type Caller } from '@care/service-kit';
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
export const verifyRectificationItem = authorised(
  VERIFY_ROLES,
  async (
    deps: Deps,
    caller: Caller,
    input: { id: string; outcome: VerificationOutcome; note: string; expectedVersion?: number | null },
  ): Promise<RectificationItem> => {
    return changeRectificationItem(deps, caller, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: (item, now) => verifyRectification(item, input, { actor: caller.actor.sub, now }),
      events: (after, now, context) => [verifiedEvent(after, input.outcome, now, context)],
    });
  },
);
