import { approvals, approvalsFor } from '../approvals';
import { batchAll, chunks, MAX_BATCH, mapLimit, type Client } from '../client';
import { STAFF } from '../staff';
import type { Row } from './customers';
import type { LargePlan } from './plan';

/**
 * Redemptions by verified customers (DOMAIN 2.3): the loyalty supervisor approves most and refuses a
 * few, some wait; those from 5,000 CNY wait for the GM (DOMAIN 3.1). Returns how many are new.
 */
export async function seedRedemptions(
  client: Client,
  plan: LargePlan,
  rows: Row[],
  ctx: { timeoutMs: number; concurrency: number },
): Promise<number> {
  const before = new Set((await approvals(client, 'POINTS_REDEMPTION')).map((r) => r.reference?.id));
  const requested = await batchAll<{ id: string }>(
    client,
    STAFF.manager,
    'requestRedemption',
    'RequestRedemptionInput!',
    plan.redemptions.map((r) => ({
      customerId: rows[r.customerIndex]!.id,
      points: r.points,
      idempotencyKey: r.key,
    })),
    'id',
    ctx.concurrency,
  );
  const ids = new Set(requested.map((r) => r.id));
  // Approvals opens a request for each from loyalty's event.
  const requests = await approvalsFor(client, 'POINTS_REDEMPTION', ids, 'redemption', ctx.timeoutMs);
  const decisions = plan.redemptions.flatMap((r, i) => {
    const request = requests.get(requested[i]!.id)!;
    if (!r.decision || request.status !== 'PENDING') return [];
    return [
      {
        id: request.id,
        decision: r.decision,
        ...(r.decision === 'REJECT'
          ? { reason: 'The customer asked for the same gift last month; one redemption a month' }
          : {}),
      },
    ];
  });
  await mapLimit(chunks(decisions, MAX_BATCH), ctx.concurrency, (chunk) =>
    client.batch(
      STAFF.supervisor,
      'mutation',
      chunk.map((value) => ({
        field: 'decideApprovalRequest',
        type: 'DecideApprovalRequestInput!',
        value,
        select: 'status',
      })),
    ),
  );
  return requested.filter((r) => !before.has(r.id)).length;
}
