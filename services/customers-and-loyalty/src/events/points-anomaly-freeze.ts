import { complaintClassified, reactionTo } from '@care/contracts';
import { onEvent, subscription, type Subscription } from '@care/messaging';
import { freezeOnComplaint } from '../application/freeze-on-complaint';
import type { Deps } from '../application/ports';
import { SERVICE_ACCOUNT } from '../domain/access';
import { transactionOf } from '../persistence';

/** Complaints: a points-anomaly classification freezes the account (DOMAIN 2.6). */
export const pointsAnomalyFreeze = (deps: Deps): Subscription =>
  subscription(
    'points-anomaly-freeze',
    onEvent(complaintClassified, (data, event, manager) =>
      freezeOnComplaint(
        transactionOf(manager),
        data,
        { now: deps.clock.now(), calendar: deps.calendar, newId: deps.newId },
        reactionTo(event, SERVICE_ACCOUNT),
      ),
    ),
  );
