import { refuse } from '@care/domain-kernel';
import { chainOf, openStep } from './approval-step';
import { latestRound, requestAmount, validTitle, type ApprovalRequest, type Routing } from './request-model';
import { routeOf, sameStep, scheduleSteps } from './route';

/** What the applicant changes before resubmitting; absent fields stay as they were. */
export interface Amendment {
  title?: string | null;
  amount?: string | null;
  orderNumber?: string | null;
}

/**
 * The applicant amends a request returned for changes and resubmits it (DOMAIN 3.2). The chain restarts
 * at the step that returned it. When the new amount falls in a band with another chain, the request is
 * routed again by its own policy version: the approvals given before the returning step are kept as far
 * as the new chain begins with the same steps, and it restarts at the first step after them (never later
 * than the step that returned it). The steps still to decide share a fresh time limit from now (DOMAIN
 * 3.3): the applicant's time is not the approvers'.
 */
export function resubmit(
  request: ApprovalRequest,
  amendment: Amendment,
  by: { sub: string; isService: boolean },
  context: Routing & { now: Date },
): ApprovalRequest {
  if (request.status !== 'RETURNED')
    throw refuse.transition(
      `only a request returned for changes is resubmitted; this one is ${request.status}`,
    );
  if (!by.isService && by.sub !== request.requestedBy)
    throw refuse.forbidden('only the person who asked resubmits a request');
  const title = amendment.title != null ? validTitle(amendment.title) : request.title;
  const amount = amendment.amount != null ? requestAmount(request.type, amendment.amount) : request.amount;
  const orderNumber =
    amendment.orderNumber != null ? amendment.orderNumber.trim() || null : request.orderNumber;

  const chain = chainOf(request.steps);
  const returnedAt = chain.find((s) => s.decision === 'RETURN_FOR_CHANGES')?.position;
  if (returnedAt === undefined) throw new Error(`returned request ${request.id} has no returning step`);
  const route = routeOf(context.policy.document, request.type, amount, request.department);
  let kept = 0;
  while (kept < returnedAt - 1 && kept < route.steps.length && sameStep(chain[kept]!, route.steps[kept]!))
    kept++;
  const restartAt = Math.min(kept + 1, route.steps.length);
  const round = latestRound(request) + 1;
  const plan = scheduleSteps(
    route.steps.slice(restartAt - 1),
    context.now,
    route.workingDays,
    context.addWorkingDays,
  );
  return {
    ...request,
    title,
    amount,
    orderNumber,
    status: 'PENDING',
    requiredAuthority: route.requiredAuthority,
    policyVersion: context.policy.version,
    steps: [
      ...request.steps.map((s) =>
        !s.superseded && s.position >= restartAt ? { ...s, superseded: true } : s,
      ),
      ...plan.steps.map((s) => openStep(round, s)),
    ],
    dueAt: plan.dueAt,
    dueAtProvisional: plan.provisional,
  };
}
