import type { Caller } from '@care/service-kit';
import type { Complaint } from '../domain/complaint';
import { completeImprovementAction as complete } from '../domain/improvement';
import { changeComplaint, departmentScope } from './change-complaint';
import { stepEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.9: the owner department reports the measure done. */
export function completeImprovementAction(
  deps: Deps,
  caller: Caller,
  input: { id: string; actionId: string; result: string; expectedVersion?: number | null },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    roles: ['department_staff', 'department_head', 'cs_manager', 'cs_director', 'leadership_group'],
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => complete(c, { ...input, department: departmentScope(caller) ?? null }, ctx),
    events: (_b, after, ctx, now) => [stepEvent(after, 'IMPROVEMENT_ACTION_DONE', now, ctx)],
  });
}
