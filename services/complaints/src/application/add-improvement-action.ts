import type { Caller } from '@care/service-kit';
import { IMPROVEMENT_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { addImprovementAction as add } from '../domain/improvement';
import { changeComplaint } from './change-complaint';
import { stepEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 1.9: management sets an improvement measure for a department, with a due date. */
export function addImprovementAction(
  deps: Deps,
  caller: Caller,
  input: {
    id: string;
    description: string;
    ownerDepartment: string;
    dueDate: string;
    expectedVersion?: number | null;
  },
): Promise<Complaint> {
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'addImprovementAction',
    roles: IMPROVEMENT_ROLES,
    expectedVersion: input.expectedVersion,
    apply: (c, ctx) => add(c, { ...input, id: deps.newId() }, ctx),
    events: (_b, after, ctx, now) => [
      stepEvent(after, 'IMPROVEMENT_ACTION_ADDED', now, ctx, { department: input.ownerDepartment }),
    ],
  });
}
