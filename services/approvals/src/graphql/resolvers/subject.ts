import type { ApprovalReference } from '../../domain/approval-request';
import {
  approvalOfSubject,
  COMPENSATION,
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
 * The reference of an entity another service owns, as approvals answers it (`_entities`): the root
 * fields' rule first, FORBIDDEN to a role that reads no approval request; then the entity as `toRef`
 * makes it of its id.
 */
const checkedReference =
  <R>(toRef: (id: string) => R) =>
  (ref: { id: string }, ctx: Context): R => {
    approvalReaderOf(ctx);
    return toRef(ref.id);
  };

/** A subject entity as approvals sees it: its id, and the request that approves it. */
const subjectEntity = <T extends SubjectType>(type: T) => ({
  __resolveReference: checkedReference((id): SubjectRef<T> => ({ __typename: type, id })),
  approval: (subject: { id: string }, _args: unknown, ctx: Context) =>
    approvalOf(ctx, { ...SUBJECT_REFERENCES[type], id: subject.id }),
});

/** A complaint's solution as approvals sees it: its id, and the request that approves its compensation. */
const solutionEntity = {
  __resolveReference: checkedReference((id) => ({ id })),
  compensationApproval: (solution: { id: string }, _args: unknown, ctx: Context) =>
    approvalOf(ctx, { ...COMPENSATION, id: solution.id }),
};

/** `ApprovalRequest.subject`: what the request approves, when the graph can reach it (06-subjects.graphql). */
export const ApprovalRequestSubject: Pick<ApprovalRequestResolvers, 'subject'> = {
  subject: (request) => subjectOf(request.reference),
};

/** The approval of what a request approves, the other way (06-subjects.graphql). */
export const subjectResolvers = {
  ApprovalSubject: { __resolveType: (subject) => subject.__typename ?? null },
  Redemption: subjectEntity('Redemption'),
  Discount: subjectEntity('Discount'),
  Campaign: subjectEntity('Campaign'),
  Solution: solutionEntity,
} satisfies Pick<Resolvers, 'ApprovalSubject' | SubjectType | 'Solution'>;
