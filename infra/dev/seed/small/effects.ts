import { approvalFor, approvals, decide } from '../approvals';
import { waitFor, type Client } from '../client';
import { STAFF } from '../staff';
import {
  COMPLAINT_FIELDS,
  COMPLAINT_STATUSES,
  type ComplaintPlan,
  type ComplaintRow,
  type ComplaintStatus,
} from '../types';
import { REDEMPTIONS } from './customers';
import type { SeededCustomer } from './seed';

const ORDER = (s: ComplaintStatus) => COMPLAINT_STATUSES.indexOf(s);

/**
 * The redemptions: small ones the loyalty supervisor decides, one from 5,000 CNY that waits for the GM
 * (DOMAIN 3.1). Returns how many are new.
 */
export async function seedRedemptions(
  client: Client,
  customers: Map<string, SeededCustomer>,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<number> {
  let created = 0;
  const askedBefore = new Set((await approvals(client, 'POINTS_REDEMPTION')).map((r) => r.reference?.id));
  for (const r of REDEMPTIONS) {
    const customer = customers.get(r.customer)!;
    const { requestRedemption } = await client.call<{ requestRedemption: { id: string; status: string } }>(
      STAFF.manager,
      `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id status } }`,
      { input: { customerId: customer.id, points: r.points, idempotencyKey: r.key } },
    );
    if (!askedBefore.has(requestRedemption.id)) created++;
    const request = await approvalFor(
      client,
      'POINTS_REDEMPTION',
      requestRedemption.id,
      `redemption ${r.key}`,
      timeoutMs,
    );
    if (r.decision && request.status === 'PENDING') {
      await decide(
        client,
        STAFF.supervisor,
        request.id,
        r.decision,
        r.decision === 'REJECT'
          ? 'The customer asked for the same gift last week; one redemption a month'
          : undefined,
      );
      await waitFor(
        `redemption ${r.key} to be ${r.decision === 'APPROVE' ? 'completed' : 'cancelled'}`,
        async () => {
          const { redemption } = await client.call<{ redemption: { status: string } }>(
            STAFF.manager,
            `query($id: ID!) { redemption(id: $id) { status } }`,
            { id: requestRedemption.id },
          );
          return redemption.status === (r.decision === 'APPROVE' ? 'COMPLETED' : 'CANCELLED')
            ? true
            : undefined;
        },
        timeoutMs,
      );
    }
  }
  log(`redemptions: ${REDEMPTIONS.length} (${created} new), the largest waiting for the GM`);
  return created;
}

/** Events other services must have applied before the data is complete. */
export async function awaitEffects(
  client: Client,
  customers: Map<string, SeededCustomer>,
  complaints: ComplaintPlan[],
  timeoutMs: number,
): Promise<void> {
  // Compensation points granted (the urgent one at once, the approved one on approval) are credited by
  // loyalty from the complaint's event.
  const credited = complaints.filter(
    (p) =>
      p.compensation?.points &&
      ORDER(p.target) >= ORDER('SOLUTION_ACCEPTED') &&
      (p.urgency === 'URGENT' || p.approveCompensation),
  );
  for (const p of credited) {
    const customer = customers.get(p.customer)!;
    await waitFor(
      `the compensation points of complaint ${p.key} on ${p.customer}'s account`,
      async () => {
        const { customer: found } = await client.call<{
          customer: { pointsLedger: { edges: { node: { source: string; points: number } }[] } };
        }>(
          STAFF.sales,
          `query($id: ID!) { customer(id: $id) { pointsLedger(first: 100) { edges { node { source points } } } } }`,
          { id: customer.id },
        );
        return found.pointsLedger.edges.some(
          (e) => e.node.source === 'COMPLAINT' && e.node.points === p.compensation!.points,
        )
          ? true
          : undefined;
      },
      timeoutMs,
    );
  }
  const anomaly = customers.get('Huang Lei')!;
  await waitFor(
    `the points-anomaly freeze of ${anomaly.plan.name}'s account`,
    async () => {
      const { customer } = await client.call<{ customer: { status: string } }>(
        STAFF.sales,
        `query($id: ID!) { customer(id: $id) { status } }`,
        { id: anomaly.id },
      );
      return customer.status === 'FROZEN' ? true : undefined;
    },
    timeoutMs,
  );
  const withPendingCompensation = complaints.filter(
    (p) => p.compensation && !p.approveCompensation && ORDER(p.target) >= ORDER('SOLUTION_ACCEPTED'),
  );
  for (const p of withPendingCompensation) {
    const { complaints: found } = await client.call<{ complaints: { edges: { node: ComplaintRow }[] } }>(
      STAFF.manager,
      `query($c: UUID!) { complaints(filter: { customerId: $c }, first: 100) { edges { node { ${COMPLAINT_FIELDS} } } } }`,
      { c: customers.get(p.customer)!.id },
    );
    const solutionId = found.edges.map((e) => e.node).find((n) => n.compensation)?.compensation?.solutionId;
    if (solutionId)
      await approvalFor(client, 'COMPENSATION', solutionId, `the compensation of ${p.key}`, timeoutMs);
  }
}
