import { reactionTo, type EventContext, type EventDefinition } from '@care/contracts';
import { onEvent, type Reaction } from '@care/messaging';
import type { z } from 'zod';
import type { Deps, Transaction } from '../application/ports';
import { SERVICE_ACCOUNT } from '../domain/access';
import { transactionOf } from '../persistence';

/**
 * Loyalty's reaction to another service's event: the use case runs in the transaction that records the
 * event as handled, acting as loyalty's service account, caused by the event.
 */
export function reaction<S extends z.ZodObject>(
  deps: Deps,
  definition: EventDefinition<S>,
  react: (deps: Deps, tx: Transaction, data: z.output<S>, context: EventContext) => Promise<unknown>,
): Reaction {
  return onEvent(definition, (data, event, manager) =>
    react(deps, transactionOf(manager), data, reactionTo(event, SERVICE_ACCOUNT)),
  );
}
