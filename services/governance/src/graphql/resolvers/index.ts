import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { AuditEntry } from './audit-entry';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  JSONObject: scalarResolvers.JSONObject,
  AuditEntry,
  Query,
  Mutation,
};
