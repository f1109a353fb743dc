import type { Actor } from '@care/service-kit';
import type { Client } from './client';
import { STAFF } from './staff';

/** A customer data change request as the seed enters it, and how its review ends (DOMAIN 2.5). */
export interface ChangePlan {
  /** Names the request: its ID document reference is `demo-seed-change-<key>`, how a rerun finds it. */
  key: string;
  customerId: string;
  changes: { email?: string; phone?: string; preferredLanguage?: string };
  /** Who entered and verified it against the ID photo. */
  enteredBy: Actor;
  /** The second person's decision; none: it waits in the reviewers' queue. */
  review?: { by: Actor; approve: true } | { by: Actor; approve: false; reason: string };
}

const changeDocument = (key: string) => `demo-seed-change-${key}`;

interface SeededChange {
  id: string;
  status: 'PENDING_REVIEW' | 'APPLIED' | 'REJECTED';
  idDocumentReference: string;
}

const CHANGE_FIELDS = 'id status idDocumentReference';

/** The requests there are for a customer, by ID document reference. */
async function existingChanges(client: Client, customerId: string): Promise<Map<string, SeededChange>> {
  const nodes = await client.all<SeededChange>(
    STAFF.sales,
    `query($customerId: ID!, $after: String) { customerChanges(filter: { customerId: $customerId }, first: 100, after: $after) { edges { node { ${CHANGE_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    { customerId },
    (data) => data.customerChanges,
  );
  return new Map(nodes.map((n) => [n.idDocumentReference, n]));
}

/**
 * Enters each request that is not there yet and takes it through its review, so the reviewers' queue
 * (`customerChanges`) shows requests waiting, applied and rejected. A rerun finds each request by its
 * ID document reference and finishes a review a stopped run left. Returns how many it entered.
 */
export async function seedChangeRequests(client: Client, plans: readonly ChangePlan[]): Promise<number> {
  let entered = 0;
  for (const plan of plans) {
    const reference = changeDocument(plan.key);
    let change = (await existingChanges(client, plan.customerId)).get(reference);
    if (!change) {
      ({ submitCustomerChange: change } = await client.call<{ submitCustomerChange: SeededChange }>(
        plan.enteredBy,
        `mutation($input: SubmitCustomerChangeInput!) { submitCustomerChange(input: $input) { ${CHANGE_FIELDS} } }`,
        { input: { customerId: plan.customerId, ...plan.changes, idDocumentReference: reference } },
      ));
      entered++;
    }
    if (plan.review && change.status === 'PENDING_REVIEW') {
      const { by, ...decision } = plan.review;
      await client.call(
        by,
        `mutation($input: ReviewCustomerChangeInput!) { reviewCustomerChange(input: $input) { id } }`,
        { input: { id: change.id, ...decision } },
      );
    }
  }
  return entered;
}
