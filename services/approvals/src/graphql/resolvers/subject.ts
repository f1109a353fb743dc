import type { ApprovalReference } from '../../domain/approval-request';
import {
  approvalOfSubject,
  SUBJECT_REFERENCES,
  subjectOf,
  type SubjectRef,
  type SubjectType,
} from '../../application/approval-subjects';
import { approvalReaderOf } from '../../application/read-approval-requests';
import type { Context } from '../context';
import type { ApprovalRequestResolvers, Resolvers } from '../__generated__/resolvers-types';

/** The request asked for with `reference`, as the caller may see it (approvalOfSubject), batched. */
const approvalOf = (ctx: Context, reference: ApprovalReference) =>
  approvalOfSubject(ctx, reference, (r) => ctx.loaders.approvalBySubject.load(r));

/**
 * A subject entity as approvals resolves it (`_entities`): the root fields' rule first, FORBIDDEN to a
 * role that reads no approval request; then its type and id (its fields come from its own service).
 */
const subjectEntity = <T extends SubjectType>(type: T) => ({
  __resolveReference: (ref: { id: string }, ctx: Context): SubjectRef<T> => {
    approvalReaderOf(ctx);
    return { __typename: type, id: ref.id };
  },
});

/** The field approvals adds to a subject: the request that approves it. */
const approvalField = (type: SubjectType) => (subject: { id: string }, _args: unknown, ctx: Context) =>
  approvalOf(ctx, { ...SUBJECT_REFERENCES[type], id: subject.id });

/** `ApprovalRequest.subject`: what the request approves, when the graph can reach it (06-subjects.graphql). */
export const ApprovalRequestSubject: Pick<ApprovalRequestResolvers, 'subject'> = {
  subject: (request) => subjectOf(request.reference),
};

/** The approval of what a request approves, the other way (06-subjects.graphql). */
export const subjectResolvers = {
  ApprovalSubject: { __resolveType: (subject) => subject.__typename ?? null },
  Redemption: { ...subjectEntity('Redemption'), approval: approvalField('Redemption') },
  Discount: { ...subjectEntity('Discount'), approval: approvalField('Discount') },
  Campaign: { ...subjectEntity('Campaign'), approval: approvalField('Campaign') },
  // A complaint's solution: the request approves its compensation.
  Solution: { ...subjectEntity('Solution'), compensationApproval: approvalField('Solution') },
  // Governance adds the request to the application itself (`approvalRequest`).
  ExceptionApplication: subjectEntity('ExceptionApplication'),
} satisfies Pick<Resolvers, 'ApprovalSubject' | SubjectType>;
