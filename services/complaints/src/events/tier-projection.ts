import { tierChanged, SERVICES } from '@care/contracts';
import { EventConsumer } from '@care/messaging';
import type { MessagingContext } from '@care/service-kit';
import { recordTierChange } from '../application/record-tier-change';
import { TypeOrmTierProjection } from '../persistence';

/** Keeps the local projection of loyalty tiers that the service levels read (DOMAIN 2.1 -> SLA). */
export function tierProjectionConsumer(context: MessagingContext): EventConsumer {
  return new EventConsumer({
    ...context,
    service: 'complaints',
    purpose: 'tier-projection',
    sources: [{ stream: SERVICES.loyalty.stream, subjects: [tierChanged.subject] }],
    handle: async (event, tx) => {
      if (event.type !== tierChanged.type) return;
      const data = tierChanged.data.parse(event.data);
      await recordTierChange(new TypeOrmTierProjection(tx), data);
    },
  });
}
