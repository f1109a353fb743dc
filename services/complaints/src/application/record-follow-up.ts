import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import { recordFollowUp as record } from '../domain/follow-up';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { followUpEvent, reopenedEvent } from './events';
import { intakeIn } from './file-complaint';

export interface FollowUpInput {
  outcome: string;
  newProblem: boolean;
  action?: 'REOPEN' | 'LINKED_COMPLAINT' | null;
  /** What the new problem is, for a linked complaint. */
  newProblemDescription?: string | null;
}

/**
 * DOMAIN 1.8: the follow-up visit. A new problem reopens the complaint, or opens a new complaint linked
 * to it (numbered, acknowledged and evented like any other), in the same transaction.
 */
export const recordFollowUp: ComplaintChange<FollowUpInput> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'recordFollowUp',
    roles: CUSTOMER_SERVICE_ROLES,
    apply: async (c, ctx, tx) => {
      const checked = record(c, { ...input, id: deps.newId() }, ctx); // validates before filing anything
      if (input.newProblem && input.action === 'LINKED_COMPLAINT') {
        const linked = await intakeIn(
          tx,
          deps,
          caller,
          {
            customerId: c.customerId,
            channel: c.channel,
            orderNumber: c.orderNumber,
            productModel: c.productModel,
            description: input.newProblemDescription ?? input.outcome,
            receivedAt: ctx.now,
          },
          ctx,
          c.id,
        );
        checked.followUps[checked.followUps.length - 1]!.linkedComplaintId = linked.id;
      }
      return checked;
    },
    events: (_b, after, ctx, now) => [
      followUpEvent(after, ctx),
      ...(after.followUps[after.followUps.length - 1]?.action === 'REOPENED'
        ? [reopenedEvent(after, now, ctx)]
        : []),
    ],
  });
