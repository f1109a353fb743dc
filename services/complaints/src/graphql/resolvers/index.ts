import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Complaint } from './complaint';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  UUID: scalarResolvers.UUID,
  Complaint,
  Customer,
  Query,
  Mutation,
};
