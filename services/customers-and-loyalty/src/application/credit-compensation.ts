import type { EventContext } from '@care/contracts';
import type { Deps, Transaction } from './ports';
import { postCreditNow } from './post-points';

/**
 * A complaint's granted compensation credits its points as a COMPENSATE entry, once per solution. A
 * compensation corrects the account, so it is credited even while the account is frozen.
 */
export async function creditCompensation(
  deps: Pick<Deps, 'clock' | 'newId' | 'timeZone'>,
  tx: Transaction,
  grant: { solutionId: string; complaintId: string; customerId: string; points: number },
  context: EventContext,
): Promise<'credited' | 'ignored'> {
  const now = deps.clock.now();
  if (grant.points <= 0) return 'ignored';
  if (await tx.ledger.findEntry('COMPENSATE', 'COMPLAINT', grant.solutionId)) return 'ignored';
  const customer = await tx.customers.lock(grant.customerId);
  if (!customer) return 'ignored';
  const credit = {
    kind: 'COMPENSATE' as const,
    points: grant.points,
    source: 'COMPLAINT' as const,
    sourceId: grant.solutionId,
    reason: `compensation for complaint ${grant.complaintId}`,
  };
  await postCreditNow(deps, tx, customer, credit, now, context);
  return 'credited';
}
