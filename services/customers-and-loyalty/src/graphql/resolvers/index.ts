import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  EmailAddress: scalarResolvers.EmailAddress,
  Customer,
  Query,
  Mutation,
};
