import type { Tier } from '../domain/complaint';
import type { TierProjection } from './ports';

/** Loyalty's `tier.changed`: the local projection the service levels read (DOMAIN 2.1 -> SLA). */
export function recordTierChange(
  tiers: TierProjection,
  event: { customerId: string; to: Tier; effectiveAt: string },
): Promise<void> {
  return tiers.record(event.customerId, event.to, new Date(event.effectiveAt));
}
