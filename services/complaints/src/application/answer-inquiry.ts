import type { Caller } from '@care/service-kit';
import { CUSTOMER_SERVICE_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { answer } from '../domain/resolution';
import { changeComplaint } from './change-complaint';
import { resolvedEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.12: customer service answers an inquiry or acknowledges a suggestion. */
export function answerInquiry(
  deps: Deps,
  caller: Caller,
  input: { id: string; answer: string; expectedVersion?: number | null },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'answerInquiry',
    roles: CUSTOMER_SERVICE_ROLES,
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => answer(c, input, ctx),
    events: (_b, after, ctx) => [resolvedEvent(after, ctx)],
  });
}
