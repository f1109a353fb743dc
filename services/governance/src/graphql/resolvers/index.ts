import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { auditChainQueries } from './audit-chain';
import { AuditEntry } from './audit-entry';
import {
  ControlledDocument,
  DocumentAccessGrant,
  DocumentContent,
  documentMutations,
  documentQueries,
} from './controlled-document';
import { Mutation } from './mutation';
import { Query } from './query';
import { RectificationItem, rectificationMutations, rectificationQueries } from './rectification-item';
import { Violation, violationMutations, violationQueries } from './violation';

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  DateTime: scalarResolvers.DateTime,
  Decimal: scalarResolvers.Decimal,
  JSONObject: scalarResolvers.JSONObject,
  AuditEntry,
  RectificationItem,
  ControlledDocument,
  DocumentContent,
  DocumentAccessGrant,
  Violation,
  Query: { ...Query, ...rectificationQueries, ...documentQueries, ...auditChainQueries, ...violationQueries },
  Mutation: { ...Mutation, ...rectificationMutations, ...documentMutations, ...violationMutations },
};
