import { authorised, type Caller, eventContextOf } from '@care/service-kit';
import { nameOwner, type RectificationItem } from '../domain/rectification';
import { NAME_OWNER_ROLES } from '../domain/access';
import { RECTIFICATION_ITEMS } from './change-rectification-item';
import { changeTraced } from './traced-unit-of-work';
import type { Deps } from './ports';
import { ownerNamedEvent } from './events';

/** DOMAIN 4.4: the GM office meeting names the owner of a major item; its deadline runs from then. */
export const nameRectificationOwner = authorised(
  NAME_OWNER_ROLES,
  async (
    deps: Deps,
    caller: Caller,
    input: {
      id: string;
      owner: string;
      ownerDepartment: string;
      deadline?: Date | null;
      expectedVersion?: number | null;
    },
  ): Promise<RectificationItem> => {
    return changeTraced(deps, RECTIFICATION_ITEMS, eventContextOf(caller), {
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: (item, now) => nameOwner(item, input, { actor: caller.actor.sub, now, calendar: deps.calendar }),
      events: (_before, after, _now, context) => [ownerNamedEvent(after, context)],
    });
  },
);
