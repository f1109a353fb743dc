import { tierChanged } from '@care/contracts';
import { onEvent, subscription } from '@care/messaging';
import { recordTierChange } from '../application/record-tier-change';
import { TypeOrmTierProjection } from '../persistence';

/** Keeps the local projection of loyalty tiers that the service levels read (DOMAIN 2.1 -> SLA). */
export const tierProjection = subscription(
  'tier-projection',
  onEvent(tierChanged, (data, _event, tx) => recordTierChange(new TypeOrmTierProjection(tx), data)),
);
