import type { Client } from './client';
import { STAFF } from './staff';
import {
  COMPLAINT_STATUSES,
  SEED_TAG,
  TIERS,
  total,
  type ComplaintStatus,
  type SeedSummary,
  type Tier,
} from './types';

/** The seeded customers by tier, their complaints by status, and the pending approvals, read through the gateway. */
export async function summarise(
  client: Client,
  customerIds: string[],
  tag = SEED_TAG,
): Promise<
  Pick<SeedSummary, 'customersByTier' | 'frozenCustomers' | 'complaintsByStatus' | 'approvalsPending'>
> {
  const ours = new Set(customerIds);
  const customersByTier = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  let frozenCustomers = 0;
  const customers = await client.all<{ id: string; tier: Tier; status: string }>(
    STAFF.sales,
    `query($tag: String!, $after: String) { customers(filter: { tag: $tag }, first: 100, after: $after) { edges { node { id tier status } } pageInfo { hasNextPage endCursor } } }`,
    { tag },
    (data) => data.customers,
  );
  for (const node of customers) {
    customersByTier[node.tier]++;
    if (node.status === 'FROZEN') frozenCustomers++;
  }
  const complaintsByStatus = Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, 0])) as Record<
    ComplaintStatus,
    number
  >;
  const complaints = await client.all<{ status: ComplaintStatus; customer: { id: string } }>(
    STAFF.manager,
    `query($after: String) { complaints(first: 100, after: $after) { edges { node { status customer { id } } } pageInfo { hasNextPage endCursor } } }`,
    {},
    (data) => data.complaints,
  );
  for (const node of complaints) if (ours.has(node.customer.id)) complaintsByStatus[node.status]++;
  const approvalsPending: Record<string, number> = {};
  const pending = await client.all<{ requiredAuthority: string }>(
    STAFF.gm,
    `query($after: String) { approvalRequests(filter: { status: [PENDING] }, first: 100, after: $after) { edges { node { requiredAuthority } } pageInfo { hasNextPage endCursor } } }`,
    {},
    (data) => data.approvalRequests,
  );
  for (const node of pending)
    approvalsPending[node.requiredAuthority] = (approvalsPending[node.requiredAuthority] ?? 0) + 1;
  return { customersByTier, frozenCustomers, complaintsByStatus, approvalsPending };
}

const FIRST_QUERY = `{
  complaints(first: 10, filter: { status: [INVESTIGATING, SOLUTION_PROPOSED] }) {
    totalCount
    edges { node { number status category urgency customer { name tier pointsBalance status } } }
  }
}`;

export function printSummary(summary: SeedSummary, write: (line: string) => void): void {
  const line = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const pending = total(summary.approvalsPending);
  write(`done in ${summary.seconds} s; created now: ${line(summary.created)}`);
  write(`customers by tier: ${line(summary.customersByTier)} (${summary.frozenCustomers} frozen)`);
  write(`complaints by status: ${line(summary.complaintsByStatus)}`);
  write(`approvals pending: ${pending} (${line(summary.approvalsPending)})`);
  write('a first query (token: pnpm -s run token -- --role cs_manager --department CUSTOMER_SERVICE):');
  for (const l of FIRST_QUERY.split('\n')) write(`  ${l}`);
}
