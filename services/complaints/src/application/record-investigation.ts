import type { Caller } from '@care/service-kit';
import { DEPARTMENT_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { recordInvestigation as record } from '../domain/handling';
import { changeComplaint } from './change-complaint';
import { stepEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.5: the department's investigation notes and evidence references (internal). */
export function recordInvestigation(
  deps: Deps,
  caller: Caller,
  input: { id: string; note: string; evidence?: string[] | null; expectedVersion?: number | null },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'recordInvestigation',
    roles: DEPARTMENT_ROLES,
    department: 'member',
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) =>
      record(c, { ...input, id: deps.newId(), department: caller.actor.department ?? null }, ctx),
    events: (_b, after, ctx, now) => [
      stepEvent(after, 'INVESTIGATION_NOTE', now, ctx, { department: caller.actor.department ?? null }),
    ],
  });
}
