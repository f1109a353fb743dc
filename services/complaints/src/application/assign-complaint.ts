import { requireRole, type Caller } from '@care/service-kit';
import { ASSIGN_ROLES, LEAD_DEPARTMENT_ROLES } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { assign } from '../domain/handling';
import { changeComplaint } from './change-complaint';
import { assignedEvent } from './events';
import type { Deps } from './ports';

export interface AssignInput {
  id: string;
  additionalDepartments?: string[] | null;
  leadDepartment?: string | null;
  customerExpectedBy?: Date | null;
  notes: string;
  expectedVersion?: number | null;
}

/**
 * DOMAIN 1.4: the routing table names the responsible department; more departments need a lead
 * department, named by the leadership group. The department heads are notified by the event.
 */
export function assignComplaint(deps: Deps, caller: Caller, input: AssignInput): Promise<Complaint> {
  const several = (input.additionalDepartments ?? []).length > 0;
  if (several || input.leadDepartment) requireRole(caller.actor, ...LEAD_DEPARTMENT_ROLES);
  return changeComplaint(deps, caller, {
    id: input.id,
    command: 'assignComplaint',
    roles: ASSIGN_ROLES,
    expectedVersion: input.expectedVersion,
    apply: async (c, ctx, tx) => {
      if (!c.category) return assign(c, { ...input, routedDepartment: '' }, ctx); // refused by the state machine
      return assign(c, { ...input, routedDepartment: await tx.routing.departmentFor(c.category) }, ctx);
    },
    events: (_before, after, ctx) => [assignedEvent(after, ctx)],
  });
}
