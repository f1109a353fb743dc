import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { ApprovalRequest } from './approval-request';
import { Mutation } from './mutation';
import { Query } from './query';
import { ApprovalStep, AuthorityPolicy, AuthorityRule, PolicyStep, RouteStep } from './steps-and-policy';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Decimal: scalarResolvers.Decimal,
  ApprovalRequest,
  ApprovalStep,
  AuthorityPolicy,
  AuthorityRule,
  PolicyStep,
  RouteStep,
  Query,
  Mutation,
};
