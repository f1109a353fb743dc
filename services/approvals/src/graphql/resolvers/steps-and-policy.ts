import { AUTHORITY_HOLDER } from '../../domain/authority';
import type {
  ApprovalStepResolvers,
  AuthorityPolicyResolvers,
  AuthorityRuleResolvers,
  PolicyStepResolvers,
  RouteStepResolvers,
} from '../__generated__/resolvers-types';

const role = ({ authority }: { authority: keyof typeof AUTHORITY_HOLDER }) => AUTHORITY_HOLDER[authority];

export const ApprovalStep: ApprovalStepResolvers = {
  role,
  overdue: (step, _args, ctx) => step.current && step.dueAt.getTime() < ctx.deps.clock.now().getTime(),
};

export const AuthorityPolicy: AuthorityPolicyResolvers = {
  rules: (policy) => policy.document.rules,
};

export const AuthorityRule: AuthorityRuleResolvers = {
  department: (rule) => rule.department ?? null,
};

export const PolicyStep: PolicyStepResolvers = {
  role,
  applicantDepartment: (step) => step.applicantDepartment ?? false,
};

export const RouteStep: RouteStepResolvers = { role };
