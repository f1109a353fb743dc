import DataLoader from 'dataloader';
import {
  getExceptionApplication,
  getExceptionApplications,
  listExceptionApplications,
  submitExceptionApplication,
} from '../../application/exception-applications';
import type {
  ExceptionApplicationResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import type { ExceptionApplication as ExceptionApplicationModel } from '../../domain/exception-application';
import type { Context } from '../context';
import { byIdQuery, inputMutation, listQuery } from '../resolver-forms';
import { requestLoader } from '../request-loaders';

/** The applications a request's references name, read once per batch (FORBIDDEN to a non-reader). */
const applications = (ctx: Context) =>
  requestLoader(
    ctx,
    'exceptionApplications',
    () =>
      new DataLoader<string, ExceptionApplicationModel | null>((ids) =>
        getExceptionApplications(ctx.deps, ctx.actor, ids),
      ),
  );

export const exceptionQueries: QueryResolvers = {
  exceptionApplication: byIdQuery(getExceptionApplication),
  exceptionApplications: listQuery(listExceptionApplications),
};

export const exceptionMutations: MutationResolvers = {
  submitExceptionApplication: inputMutation(submitExceptionApplication),
};

/**
 * An application by id (approvals names it as the subject of its request), read with the root field's
 * rule; and the request that decides it, a reference the gateway completes from approvals (DOMAIN 4.6).
 */
export const ExceptionApplication: ExceptionApplicationResolvers = {
  __resolveReference: (ref, ctx) => applications(ctx).load(ref.id),
  approvalRequest: (a) => (a.approvalRequestId ? { id: a.approvalRequestId } : null),
};
