import type { EventContext } from '@care/contracts';
import { postCredit } from './points-postings';
import type { Transaction } from './ports';

/**
 * A complaint's granted compensation credits its points as a COMPENSATE entry, once per solution. A
 * compensation corrects the account, so it is credited even while the account is frozen.
 */
export async function creditCompensation(
  tx: Transaction,
  grant: { solutionId: string; complaintId: string; customerId: string; points: number },
  deps: { now: Date; newId: () => string },
  context: EventContext,
): Promise<'credited' | 'ignored'> {
  if (grant.points <= 0) return 'ignored';
  if (await tx.ledger.findEntry('COMPENSATE', 'COMPLAINT', grant.solutionId)) return 'ignored';
  const customer = await tx.customers.lock(grant.customerId);
  if (!customer) return 'ignored';
  const policy = await tx.tiers.policyAt(deps.now);
  await postCredit(
    tx,
    customer,
    {
      id: deps.newId(),
      kind: 'COMPENSATE',
      points: grant.points,
      source: 'COMPLAINT',
      sourceId: grant.solutionId,
      reason: `compensation for complaint ${grant.complaintId}`,
    },
    deps.now,
    policy,
    context,
  );
  return 'credited';
}
