import { completeImprovementAction as complete } from '../domain/improvement';
import { changeComplaint, departmentScope, type ComplaintChange } from './change-complaint';
import { stepEvent } from './events';

/** DOMAIN 1.9: the owner department reports the measure done. */
export const completeImprovementAction: ComplaintChange<{ actionId: string; result: string }> = (
  deps,
  caller,
  input,
) =>
  changeComplaint(deps, caller, input, {
    roles: ['department_staff', 'department_head', 'cs_manager', 'cs_director', 'leadership_group'],
    apply: (c, ctx) => complete(c, { ...input, department: departmentScope(caller) ?? null }, ctx),
    events: (_b, after, ctx, now) => [stepEvent(after, 'IMPROVEMENT_ACTION_DONE', now, ctx)],
  });
