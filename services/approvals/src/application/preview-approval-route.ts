import type { Department } from '@care/domain-kernel';
import type { Caller } from '@care/service-kit';
import { requestAmount } from '../domain/approval-request';
import type { Authority } from '../domain/authority';
import type { ApprovalType } from '../domain/authority-policy';
import { routeOf, scheduleSteps, type RoutedStep } from '../domain/route';
import type { Deps } from './ports';
import { approvalReaderOf } from './read-approval-requests';
import { policyInForce } from './routing';

/** The chain a request would travel if submitted now, with its due times. */
export interface RoutePreview {
  policyVersion: number;
  type: ApprovalType;
  amount: string;
  department: Department | null;
  requiredAuthority: Authority;
  workingDays: number;
  dueAt: Date;
  steps: (RoutedStep & { dueAt: Date })[];
}

/**
 * `approvalRoute(type, amount, department)`: the chain by the policy in force now (DOMAIN 3.1-3.3),
 * creating nothing.
 */
export async function previewApprovalRoute(
  deps: Deps,
  caller: Pick<Caller, 'actor'>,
  input: { type: ApprovalType; amount: string; department?: Department | null },
): Promise<RoutePreview> {
  approvalReaderOf(caller);
  const amount = requestAmount(input.type, input.amount);
  const now = deps.clock.now();
  const policy = await policyInForce(deps.policies, now);
  const department = input.department ?? null;
  const route = routeOf(policy.document, input.type, amount, department);
  const plan = scheduleSteps(route.steps, now, route.workingDays, (from, days) =>
    deps.calendar.addWorkingDays(from, days),
  );
  return {
    policyVersion: policy.version,
    type: input.type,
    amount,
    department,
    requiredAuthority: route.requiredAuthority,
    workingDays: route.workingDays,
    dueAt: plan.dueAt,
    steps: plan.steps,
  };
}
