import {
  isUuid,
  notFound,
  paginate,
  readerOf,
  type Caller,
  type Connection,
  type PageArgs,
  type Reader,
} from '@care/service-kit';
import { approvalReadAccessOf, mayReadApprovalRequest, type ApprovalReadAccess } from '../domain/access';
import type { ApprovalRequest } from '../domain/approval-request';
import type { ApprovalRequestFilter, Deps } from './ports';

/** Who reads approval requests: the access their roles give, and who they are. */
export type ApprovalReader = Reader<ApprovalReadAccess>;

/** FORBIDDEN for a caller whose roles read no approval request (customers, partners, no roles ...). */
export const approvalReaderOf = (caller: Pick<Caller, 'actor'>): ApprovalReader =>
  readerOf(caller, approvalReadAccessOf, 'Your role may not read approval requests');

/** The request if the reader may see it (and there is one); null otherwise. */
export const visibleTo = (reader: ApprovalReader, request: ApprovalRequest | null): ApprovalRequest | null =>
  request && mayReadApprovalRequest(reader.access, reader.sub, request) ? request : null;

/**
 * The request if the reader may see it; null otherwise. An entity reference (`_entities`) resolves
 * through this: a role that reads no request is FORBIDDEN (approvalReaderOf), a reference the reader may
 * not see is null without an error, exactly like one that does not exist.
 */
export async function visibleApprovalRequest(
  reader: ApprovalReader,
  id: string,
  load: (id: string) => Promise<ApprovalRequest | null>,
): Promise<ApprovalRequest | null> {
  return visibleTo(reader, isUuid(id) ? await load(id) : null);
}

/**
 * `approvalRequest(id)`: null for a request that does not exist to those who read every request; to a
 * requester, another's request is NOT_FOUND exactly as one that does not exist.
 */
export async function readApprovalRequest(
  caller: Pick<Caller, 'actor'>,
  id: string,
  load: (id: string) => Promise<ApprovalRequest | null>,
): Promise<ApprovalRequest | null> {
  const reader = approvalReaderOf(caller);
  const found = await visibleApprovalRequest(reader, id, load);
  if (!found && reader.access === 'OWN') throw notFound('Approval request', id);
  return found;
}

/** Oldest first; a requester's list holds their own requests only, whatever the filter. */
export function listApprovalRequests(
  deps: Deps,
  caller: Pick<Caller, 'actor'>,
  args: PageArgs & { filter?: ApprovalRequestFilter | null },
): Promise<Connection<ApprovalRequest>> {
  const reader = approvalReaderOf(caller);
  const filter: ApprovalRequestFilter = {
    ...(args.filter ?? {}),
    requestedBy: reader.access === 'OWN' ? reader.sub : null,
  };
  return paginate(
    args,
    (page) => deps.requests.list(filter, page),
    (r) => ({ at: r.submittedAt, id: r.id }),
  );
}
