import type { Caller } from '@care/service-kit';
import { DEPARTMENT_ROLES } from '../domain/access';
import type { Complaint, RootCause } from '../domain/complaint';
import { recordRootCause as record } from '../domain/handling';
import { changeComplaint } from './change-complaint';
import { stepEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.5: the root cause, by fishbone category, with the 5W2H. */
export function recordRootCause(
  deps: Deps,
  caller: Caller,
  input: { id: string; expectedVersion?: number | null } & Omit<RootCause, 'at' | 'by'>,
): Promise<Complaint> {
  const { id, expectedVersion, ...cause } = input;
  return changeComplaint(deps, caller, {
    id,
    command: 'recordRootCause',
    roles: DEPARTMENT_ROLES,
    department: 'member',
    expectedVersion,
    apply: (c, ctx) => record(c, cause, ctx),
    events: (_b, after, ctx, now) => [stepEvent(after, 'ROOT_CAUSE', now, ctx)],
  });
}
