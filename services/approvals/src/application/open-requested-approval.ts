import type { EventContext } from '@care/contracts';
import { submit, type ApprovalReference } from '../domain/approval-request';
import type { ApprovalType } from '../domain/authority-matrix';
import type { Transaction, WorkingTime } from './ports';
import { submittedEvent } from './events';
import { policyInForce, routingBy } from './routing';

/** What another service asks to have approved, read from its event. */
export interface Ask {
  type: ApprovalType;
  title: string;
  amount: string;
  currency: string;
  reference: ApprovalReference;
  /** Already carried out through the expedited channel; the approval follows (DOMAIN 3.6). */
  expedited: boolean;
  /** Who asked: the person behind the other service's event. */
  requestedBy: string;
}

/**
 * Opens a request routed by the authority policy in force for what another service asked (a redemption, a
 * compensation, a discount, a campaign). Asking twice for the same thing opens one request.
 */
export async function openRequestedApproval(
  deps: { calendar: WorkingTime; clock: { now(): Date }; newId: () => string },
  tx: Transaction,
  ask: Ask,
  context: EventContext,
): Promise<void> {
  const now = deps.clock.now();
  const request = submit(
    {
      type: ask.type,
      title: ask.title,
      amount: ask.amount,
      currency: ask.currency,
      reference: ask.reference,
      expedited: ask.expedited,
    },
    {
      id: deps.newId(),
      requestedBy: ask.requestedBy,
      now,
      ...routingBy(await policyInForce(tx.policies, now), deps.calendar),
    },
  );
  if (await tx.requests.insertUnlessAsked(request)) await tx.outbox.enqueue(submittedEvent(request, context));
}
