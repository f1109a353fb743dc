import { complaintCompensationGranted, reactionTo } from '@care/contracts';
import { onEvent, subscription, type Subscription } from '@care/messaging';
import { creditCompensation } from '../application/credit-compensation';
import type { Deps } from '../application/ports';
import { SERVICE_ACCOUNT } from '../domain/access';
import { transactionOf } from '../persistence';

/** Complaints: a granted compensation credits its points (a COMPENSATE entry, once per solution). */
export const compensation = (deps: Deps): Subscription =>
  subscription(
    'compensation',
    onEvent(complaintCompensationGranted, (data, event, manager) =>
      creditCompensation(
        transactionOf(manager),
        data,
        { now: deps.clock.now(), newId: deps.newId, timeZone: deps.timeZone },
        reactionTo(event, SERVICE_ACCOUNT),
      ),
    ),
  );
