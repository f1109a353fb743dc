import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { ApprovalRequest } from './approval-request';
import { Mutation } from './mutation';
import { Query } from './query';
import * as stepsAndPolicy from './steps-and-policy';
import { ApprovalRequestSubject, subjectResolvers } from './subject';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Decimal: scalarResolvers.Decimal,
  ApprovalRequest: { ...ApprovalRequest, ...ApprovalRequestSubject },
  // Steps, routes, policies and the queue.
  ...stepsAndPolicy,
  Query,
  Mutation,
  ...subjectResolvers,
};
