import type { Caller } from '@care/service-kit';
import { DEPARTMENT_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { startImplementation as start } from '../domain/resolution';
import { changeComplaint } from './change-complaint';
import { stepEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.6: only an accepted solution is carried out; the lead department coordinates. */
export function startImplementation(
  deps: Deps,
  caller: Caller,
  input: { id: string; expectedVersion?: number | null },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'startImplementation',
    roles: DEPARTMENT_ROLES,
    department: 'lead',
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => start(c, ctx),
    events: (_b, after, ctx, now) => [stepEvent(after, 'IMPLEMENTATION_STARTED', now, ctx)],
  });
}
