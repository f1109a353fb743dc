import { IMPROVEMENT_ROLES } from '../domain/access';
import { addImprovementAction as add } from '../domain/improvement';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { stepEvent } from './events';

/** DOMAIN 1.9: management sets an improvement measure for a department, with a due date. */
export const addImprovementAction: ComplaintChange<{
  description: string;
  ownerDepartment: string;
  dueDate: string;
}> = (deps, caller, input) =>
  changeComplaint(deps, caller, input, {
    command: 'addImprovementAction',
    roles: IMPROVEMENT_ROLES,
    apply: (c, ctx) => add(c, { ...input, id: deps.newId() }, ctx),
    events: (_b, after, ctx, now) => [
      stepEvent(after, 'IMPROVEMENT_ACTION_ADDED', now, ctx, { department: input.ownerDepartment }),
    ],
  });
