import type { Caller } from '@care/service-kit';
import { DEPARTMENT_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { resolve } from '../domain/resolution';
import { changeComplaint } from './change-complaint';
import { resolvedEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.6-1.8: the solution is carried out; on-time measured; follow-up scheduled. */
export function resolveComplaint(
  deps: Deps,
  caller: Caller,
  input: { id: string; summary: string; expectedVersion?: number | null },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'resolveComplaint',
    roles: DEPARTMENT_ROLES,
    department: 'lead',
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => resolve(c, input, ctx),
    events: (_b, after, ctx) => [resolvedEvent(after, ctx)],
  });
}
