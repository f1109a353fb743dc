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
import { byIdQuery, inputMutation, listQuery } from '../resolver-forms';

export const exceptionQueries: QueryResolvers = {
  exceptionApplication: byIdQuery(getExceptionApplication),
  exceptionApplications: listQuery(listExceptionApplications),
};

export const exceptionMutations: MutationResolvers = {
  submitExceptionApplication: inputMutation(submitExceptionApplication),
};

/** The request that decides the application: a reference the gateway completes from approvals (DOMAIN 4.6). */
export const ExceptionApplication: ExceptionApplicationResolvers = {
  approvalRequest: (a) => (a.approvalRequestId ? { id: a.approvalRequestId } : null),
};
