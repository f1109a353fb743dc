import { scalarResolvers } from '@care/service-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { auditChainQueries } from './audit-chain';
import { AuditEntry } from './audit-entry';
import { auditTrailLinks } from './audit-trail-links';
import { CheckSample, checkMutations, checkQueries, Kpi, YearlyReview } from './checks-and-reports';
import {
  ControlledDocument,
  DocumentAccessGrant,
  DocumentContent,
  documentMutations,
  documentQueries,
} from './controlled-document';
import { ExceptionApplication, exceptionMutations, exceptionQueries } from './exception-application';
import { Incident, IncidentNotification, incidentMutations, incidentQueries } from './incident';
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
  Kpi,
  CheckSample,
  YearlyReview,
  Incident,
  IncidentNotification,
  ExceptionApplication,
  ...auditTrailLinks,
  Query: {
    ...Query,
    ...rectificationQueries,
    ...documentQueries,
    ...auditChainQueries,
    ...violationQueries,
    ...checkQueries,
    ...incidentQueries,
    ...exceptionQueries,
  },
  Mutation: {
    ...Mutation,
    ...rectificationMutations,
    ...documentMutations,
    ...violationMutations,
    ...checkMutations,
    ...incidentMutations,
    ...exceptionMutations,
  },
};
