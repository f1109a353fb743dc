import {
  getExceptionApplication,
  listExceptionApplications,
  submitExceptionApplication,
} from '../../application/exception-applications';
import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';

export const exceptionQueries: Pick<QueryResolvers, 'exceptionApplication' | 'exceptionApplications'> = {
  exceptionApplication: (_root, { id }, ctx) => getExceptionApplication(ctx.deps, ctx.actor, id),
  exceptionApplications: (_root, { filter, ...page }, ctx) =>
    listExceptionApplications(ctx.deps, ctx.actor, filter ?? {}, page),
};

export const exceptionMutations: Pick<MutationResolvers, 'submitExceptionApplication'> = {
  submitExceptionApplication: (_root, { input }, ctx) => submitExceptionApplication(ctx.deps, ctx, input),
};
