import { batchAll, SeedError, type Client } from './client';
import { tierOf } from './purchases';
import { STAFF } from './staff';
import type { SeedSummary, Tier } from './types';

/**
 * Brings the customers' tiers in line with last year's spend: the January re-evaluation (DOMAIN 2.1:
 * sales proposes, internal control confirms each), or outside January the same outcome as audited
 * overrides that name the spend behind them. Returns how.
 */
export async function setTiers(
  client: Client,
  toChange: { id: string; spend: number }[],
  lastYear: number,
  log: (line: string) => void,
): Promise<SeedSummary['tierMethod']> {
  if (toChange.length === 0) return 'UNCHANGED';
  const evaluation = await client.raw<{
    evaluateTiers: { id: string; status: string; to: Tier; customer: { id: string } }[];
  }>(STAFF.sales, `mutation($year: Int!) { evaluateTiers(year: $year) { id status to customer { id } } }`, {
    year: lastYear,
  });
  let method: SeedSummary['tierMethod'];
  if (evaluation.data?.evaluateTiers) {
    method = 'EVALUATION';
    const ours = new Set(toChange.map((c) => c.id));
    const proposals = evaluation.data.evaluateTiers.filter(
      (p) => p.status === 'PROPOSED' && ours.has(p.customer.id),
    );
    await batchAll(
      client,
      STAFF.internalControl,
      'confirmTierChange',
      'ConfirmTierChangeInput!',
      proposals.map((p) => ({ id: p.id, approve: true, reason: `purchase history of ${lastYear} checked` })),
      'status',
    );
  } else if (evaluation.errors?.[0]?.extensions?.code === 'INVALID_TRANSITION') {
    method = 'OVERRIDE';
    log(
      `evaluateTiers refused (${evaluation.errors[0].message}): setting the tiers by audited overrides instead`,
    );
    await batchAll(
      client,
      STAFF.internalControl,
      'overrideTier',
      'OverrideTierInput!',
      toChange.map((c) => ({
        customerId: c.id,
        tier: tierOf(c.spend),
        reason: `Demo data: ${lastYear} spend of ${c.spend} CNY earns ${tierOf(c.spend)} (the re-evaluation runs in January only)`,
      })),
      'tier',
    );
  } else {
    throw new SeedError(`evaluateTiers: ${evaluation.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  log(
    `tiers: ${toChange.length} changed (${method === 'EVALUATION' ? 'evaluateTiers + confirmTierChange' : 'overrideTier'})`,
  );
  return method;
}
