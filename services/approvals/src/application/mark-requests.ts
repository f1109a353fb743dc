import type { Envelope, EventContext } from '@care/contracts';
import { isRefusal } from '@care/domain-kernel';
import { changeAggregate } from '@care/service-kit';
import type { ApprovalRequest } from '../domain/approval-request';
import type { Deps, Transaction } from './ports';

/** What a marking job does to one request: the request marked and its events, or null when nothing is due. */
export type Marking = (
  request: ApprovalRequest,
  now: Date,
  context: EventContext,
) => { next: ApprovalRequest; events: Envelope[] } | null;

const BATCH = 500;

/**
 * The shape of the approvals jobs: each request a query finds is read again and marked by the pure rule
 * in its own transaction, saved with the optimistic lock together with its events. A request already
 * marked, or changed so that nothing is due any more, is left alone; one changed meanwhile (CONFLICT) is
 * seen again by the next run. A request is therefore marked, and announced, once. Returns the ids marked.
 */
export async function markRequests(
  deps: Pick<Deps, 'unitOfWork' | 'clock'>,
  job: { actor: string; find: (now: Date, limit: number) => Promise<string[]>; mark: Marking },
): Promise<string[]> {
  const now = deps.clock.now();
  const context: EventContext = {
    actor: { kind: 'service', id: job.actor },
    correlationId: `${job.actor}:${now.toISOString()}`,
  };
  const marked: string[] = [];
  for (const id of await job.find(now, BATCH)) {
    try {
      await deps.unitOfWork(async (tx) => {
        const current = await tx.requests.findById(id);
        const change = current && job.mark(current, now, context);
        if (!current || !change) return;
        await changeAggregate<ApprovalRequest, Transaction>((work) => work(tx), {
          what: 'Approval request',
          id,
          load: async () => current,
          apply: () => change,
          save: (t, next, version) => t.requests.update(next, version),
        });
        marked.push(id);
      });
    } catch (error) {
      if (isRefusal(error) && error.code === 'CONFLICT') continue;
      throw error;
    }
  }
  return marked;
}
