import { refuse } from '@care/domain-kernel';
import { authorised, isUuid, pageSize, type Connection } from '@care/service-kit';
import { QUEUE_ROLES } from '../domain/access';
import { currentStep, type ApprovalRequest } from '../domain/approval-request';
import { standingFor, type Decider } from '../domain/approval-step';
import { queueLanes, type DecidingAs, type QueueEntry } from '../domain/queue';
import type { Deps, QueueKey } from './ports';

const encodeKey = (key: QueueKey): string =>
  Buffer.from(JSON.stringify([key.expedited, key.dueAt.toISOString(), key.id])).toString('base64url');

/** Reads a cursor made by encodeKey; BAD_USER_INPUT for anything else. */
function decodeKey(cursor: string): QueueKey {
  try {
    const [expedited, at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const dueAt = new Date(at as string);
    if (typeof expedited !== 'boolean' || typeof at !== 'string' || Number.isNaN(dueAt.getTime()))
      throw new Error('bad cursor');
    if (typeof id !== 'string' || !isUuid(id)) throw new Error('bad cursor');
    return { expedited, dueAt, id };
  } catch {
    throw refuse.input('after', 'The cursor is not valid');
  }
}

/** A queue entry: the request, its step to decide now, and how the caller would decide it. */
function entryOf(request: ApprovalRequest, decider: Decider, now: Date): QueueEntry<ApprovalRequest> | null {
  const step = currentStep(request);
  const standing = step && standingFor(step, decider, now, request);
  if (!step || !standing) return null;
  const decidingAs: DecidingAs =
    standing.as === 'HIGHER' ? 'SKIP_LEVEL' : standing.as === 'DELEGATE' ? 'DELEGATE' : 'HOLDER';
  const delegation = standing.as === 'HOLDER' ? null : (standing.delegation?.id ?? null);
  return { request, step, decidingAs, delegation };
}

/**
 * `myPendingApprovals(first, after)`: the steps the caller may decide now, by their roles and department
 * and the delegations in force they received (within their scope, DOMAIN 3.5), with the overdue steps of
 * the authority right below theirs (DOMAIN 3.7); never a request they asked for or a second step of one.
 * Expedited requests first (DOMAIN 3.3), then the oldest due time.
 */
export const myPendingApprovals = authorised(
  QUEUE_ROLES,
  async (
    deps: Deps,
    caller,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<QueueEntry<ApprovalRequest>>> => {
    const size = pageSize(args.first);
    const after = args.after ? decodeKey(args.after) : undefined;
    const now = deps.clock.now();
    const decider: Decider = {
      ...caller.actor,
      delegations: await deps.delegations.activeFor(caller.actor.sub, now),
    };
    const { rows, totalCount } = await deps.requests.queue(
      { sub: decider.sub, lanes: queueLanes(decider, now) },
      { size, after },
    );
    const edges = rows
      .slice(0, size)
      .flatMap((request) => entryOf(request, decider, now) ?? [])
      .map((node) => ({
        node,
        cursor: encodeKey({ expedited: node.request.expedited, dueAt: node.step.dueAt, id: node.request.id }),
      }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  },
);
