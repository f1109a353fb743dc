import type { Actor } from '@care/service-kit';
import { waitFor, type Client } from './client';
import { STAFF } from './staff';
import type { ApprovalRow } from './types';

/** Every approval request of a type, as the GM sees them. */
export const approvals = (client: Client, type: string): Promise<ApprovalRow[]> =>
  client.all<ApprovalRow>(
    STAFF.gm,
    `query($type: ApprovalType!, $after: String) { approvalRequests(filter: { type: [$type] }, first: 100, after: $after) { edges { node { id type status requiredAuthority reference { id } } } pageInfo { hasNextPage endCursor } } }`,
    { type },
    (data) => data.approvalRequests,
  );

/** The approval request approvals opened for a reference (from the requesting service's event). */
export const approvalFor = (
  client: Client,
  type: string,
  referenceId: string,
  what: string,
  timeoutMs: number,
) =>
  waitFor(
    `the approval request for ${what}`,
    async () => (await approvals(client, type)).find((r) => r.reference?.id === referenceId),
    timeoutMs,
  );

/** The approval requests approvals opened for each of these references, by reference id, once it has opened all. */
export const approvalsFor = (
  client: Client,
  type: string,
  referenceIds: ReadonlySet<string>,
  what: string,
  timeoutMs: number,
) =>
  waitFor(
    `${referenceIds.size} ${what} approval requests`,
    async () => {
      const found = new Map(
        (await approvals(client, type))
          .filter((r) => r.reference && referenceIds.has(r.reference.id))
          .map((r) => [r.reference!.id, r]),
      );
      return found.size === referenceIds.size ? found : undefined;
    },
    timeoutMs,
  );

export const decide = (
  client: Client,
  actor: Actor,
  id: string,
  decision: 'APPROVE' | 'REJECT',
  reason?: string,
) =>
  client.call(
    actor,
    `mutation($input: DecideApprovalRequestInput!) { decideApprovalRequest(input: $input) { status } }`,
    { input: { id, decision, ...(reason ? { reason } : {}) } },
  );
