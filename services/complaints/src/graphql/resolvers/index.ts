import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Complaint } from './complaint';
import { Customer } from './customer';
import { ComplaintStats, FollowUp, Solution, TimelineEntry } from './misc';
import { Mutation } from './mutation';
import { Query } from './query';
import { Sla } from './sla';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  UUID: scalarResolvers.UUID,
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Complaint,
  Customer,
  Sla,
  FollowUp,
  TimelineEntry,
  ComplaintStats,
  Solution,
  Query,
  Mutation,
};
