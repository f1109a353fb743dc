import { requireRole } from '@care/service-kit';
import { ASSIGN_ROLES, LEAD_DEPARTMENT_ROLES } from '../domain/access';
import { assign } from '../domain/handling';
import { changeComplaint, type ComplaintChange } from './change-complaint';
import { assignedEvent } from './events';

export interface AssignInput {
  additionalDepartments?: string[] | null;
  leadDepartment?: string | null;
  customerExpectedBy?: Date | null;
  notes: string;
}

/**
 * DOMAIN 1.4: the routing table names the responsible department; more departments need a lead
 * department, named by the leadership group. The department heads are notified by the event.
 */
export const assignComplaint: ComplaintChange<AssignInput> = (deps, caller, input) => {
  const several = (input.additionalDepartments ?? []).length > 0;
  if (several || input.leadDepartment) requireRole(caller.actor, ...LEAD_DEPARTMENT_ROLES);
  return changeComplaint(deps, caller, input, {
    command: 'assignComplaint',
    roles: ASSIGN_ROLES,
    apply: async (c, ctx, tx) => {
      if (!c.category) return assign(c, { ...input, routedDepartment: '' }, ctx); // refused by the state machine
      return assign(c, { ...input, routedDepartment: await tx.routing.departmentFor(c.category) }, ctx);
    },
    events: (_before, after, ctx) => [assignedEvent(after, ctx)],
  });
};
