import type { Caller } from '@care/service-kit';
import DataLoader from 'dataloader';
import type { ApprovalReference, ApprovalRequest } from '../domain/approval-request';
import type { Deps } from './ports';
import { approvalReaderOf, visibleTo } from './read-approval-requests';

/**
 * The things a request can approve that the graph can reach both ways (entities other services own and
 * resolve by id), and the reference each is asked for with: loyalty's redemptions, discounts and
 * campaigns, a complaint's solution (the request approves its compensation) and governance's exception
 * applications.
 */
export const SUBJECT_REFERENCES = {
  Redemption: { service: 'loyalty', aggregate: 'redemption' },
  Discount: { service: 'loyalty', aggregate: 'discount' },
  Campaign: { service: 'loyalty', aggregate: 'campaign' },
  Solution: { service: 'complaints', aggregate: 'solution' },
  ExceptionApplication: { service: 'governance', aggregate: 'exception_application' },
} as const satisfies Record<string, Omit<ApprovalReference, 'id'>>;

export type SubjectType = keyof typeof SUBJECT_REFERENCES;

/** A subject as the gateway resolves it: its type and id, its fields from the service that owns it. */
export interface SubjectRef<T extends SubjectType = SubjectType> {
  __typename: T;
  id: string;
}

const keyOf = (r: Pick<ApprovalReference, 'service' | 'aggregate' | 'id'>) =>
  `${r.service}/${r.aggregate}/${r.id.toLowerCase()}`;

/** What a request approves, when it is a thing the graph can reach; null otherwise. */
export function subjectOf(reference: ApprovalReference | null): SubjectRef | null {
  if (!reference) return null;
  const found = Object.entries(SUBJECT_REFERENCES).find(
    ([, r]) => r.service === reference.service && r.aggregate === reference.aggregate,
  );
  return found ? { __typename: found[0] as SubjectType, id: reference.id } : null;
}

/** One request's loader: the requests of every subject asked for in a batch, in one lookup. */
export function approvalBySubjectLoader(
  deps: Pick<Deps, 'subjects'>,
): DataLoader<ApprovalReference, ApprovalRequest | null, string> {
  return new DataLoader<ApprovalReference, ApprovalRequest | null, string>(
    async (references) => {
      const found = await deps.subjects.findBySubjects(references);
      const byReference = new Map(found.flatMap((r) => (r.reference ? [[keyOf(r.reference), r]] : [])));
      return references.map((r) => byReference.get(keyOf(r)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}

/**
 * `Redemption.approval`, `Solution.compensationApproval` and the like: the request asked for with
 * `reference`, if the caller may see it. A role that reads no approval request is FORBIDDEN (as
 * `approvalRequest(id)`); a request the caller may not see (a requester's view of another's) is null,
 * like none at all.
 */
export async function approvalOfSubject(
  caller: Pick<Caller, 'actor'>,
  reference: ApprovalReference,
  load: (reference: ApprovalReference) => Promise<ApprovalRequest | null>,
): Promise<ApprovalRequest | null> {
  // The kit refuses a representation whose id is not a UUID before any resolver runs.
  const reader = approvalReaderOf(caller);
  return visibleTo(reader, await load(reference));
}
