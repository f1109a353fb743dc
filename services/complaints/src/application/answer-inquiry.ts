import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import { answer } from '../domain/resolution';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { resolvedEvent } from './events';

/** DOMAIN 1.12: customer service answers an inquiry or acknowledges a suggestion. */
export const answerInquiry: ComplaintChange<{ answer: string }> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'answerInquiry',
    roles: CUSTOMER_SERVICE_ROLES,
    apply: (c, ctx) => answer(c, input, ctx),
    events: (_b, after, ctx) => [resolvedEvent(after, ctx)],
  });
