import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './customer';
import {
  Campaign,
  CustomerChange,
  Discount,
  LedgerEntry,
  PointsLiability,
  Redemption,
  TierPolicy,
  TierProposal,
} from './misc';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  EmailAddress: scalarResolvers.EmailAddress,
  Decimal: scalarResolvers.Decimal,
  SafeInt: scalarResolvers.SafeInt,
  Date: scalarResolvers.Date,
  Customer,
  Redemption,
  Discount,
  Campaign,
  LedgerEntry,
  PointsLiability,
  TierProposal,
  CustomerChange,
  TierPolicy,
  Query,
  Mutation,
};
