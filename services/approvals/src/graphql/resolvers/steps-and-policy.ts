import type { Department } from '@care/domain-kernel';
import { AUTHORITY_HOLDER, holderRoleOf, type Authority } from '../../domain/authority';
import { ratificationWorkingDays } from '../../domain/authority-policy';
import type {
  ApprovalStepResolvers,
  AuthorityPolicyResolvers,
  AuthorityRuleResolvers,
  PendingApprovalResolvers,
  PolicyStepResolvers,
  RouteStepResolvers,
} from '../__generated__/resolvers-types';

/** The role that decides a step: for a department head's step, the one that heads that department. */
const role = (step: { authority: Authority; department: Department | null }) =>
  holderRoleOf(step.authority, step.department);

// Every export of this file is one GraphQL type's resolvers: resolvers/index.ts spreads the module.

export const ApprovalStep: ApprovalStepResolvers = {
  role,
  overdue: (step, _args, ctx) => step.current && step.dueAt.getTime() < ctx.deps.clock.now().getTime(),
};

export const AuthorityPolicy: AuthorityPolicyResolvers = {
  rules: (policy) => policy.document.rules,
  emergencyRatificationWorkingDays: (policy) => ratificationWorkingDays(policy.document),
};

export const AuthorityRule: AuthorityRuleResolvers = {
  department: (rule) => rule.department ?? null,
};

export const PolicyStep: PolicyStepResolvers = {
  role: ({ authority }) => AUTHORITY_HOLDER[authority],
  applicantDepartment: (step) => step.applicantDepartment ?? false,
};

export const RouteStep: RouteStepResolvers = { role };

export const PendingApproval: PendingApprovalResolvers = {
  step: (entry) => ({ ...entry.step, current: true }),
};
