import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { ApprovalRequest } from './approval-request';
import { Mutation } from './mutation';
import { Query } from './query';
import {
  ApprovalStep,
  AuthorityPolicy,
  AuthorityRule,
  PendingApproval,
  PolicyStep,
  RouteStep,
} from './steps-and-policy';
import { ApprovalRequestSubject, subjectResolvers } from './subject';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Decimal: scalarResolvers.Decimal,
  ApprovalRequest: { ...ApprovalRequest, ...ApprovalRequestSubject },
  ApprovalStep,
  AuthorityPolicy,
  AuthorityRule,
  PendingApproval,
  PolicyStep,
  RouteStep,
  Query,
  Mutation,
  ...subjectResolvers,
};
