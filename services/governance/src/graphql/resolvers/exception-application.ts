import {
  getExceptionApplication,
  listExceptionApplications,
  submitExceptionApplication,
} from '../../application/exception-applications';
import type {
  ExceptionApplicationResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';

export const exceptionQueries: Pick<QueryResolvers, 'exceptionApplication' | 'exceptionApplications'> = {
  exceptionApplication: (_root, { id }, ctx) => getExceptionApplication(ctx.deps, ctx.actor, id),
  exceptionApplications: (_root, { filter, ...page }, ctx) =>
    listExceptionApplications(ctx.deps, ctx.actor, filter ?? {}, page),
};

export const exceptionMutations: Pick<MutationResolvers, 'submitExceptionApplication'> = {
  submitExceptionApplication: (_root, { input }, ctx) => submitExceptionApplication(ctx.deps, ctx, input),
};

/** The request that decides the application: a reference the gateway completes from approvals (DOMAIN 4.6). */
export const ExceptionApplication: ExceptionApplicationResolvers = {
  approvalRequest: (a) => (a.approvalRequestId ? { id: a.approvalRequestId } : null),
};
