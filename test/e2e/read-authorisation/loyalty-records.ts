import { testToken } from '@care/testing';

type Call = <T>(token: string, query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * The loyalty records of a customer that the matrix reads: a redemption waiting for approval and a Gold
 * quarterly discount, issued at once (the customer is verified, spent 60,000 CNY and holds Gold).
 */
export async function loyaltyRecordsOf(
  call: Call,
  staff: string,
  customerId: string,
): Promise<{ redemptionId: string; discountId: string }> {
  const on = <T>(token: string, mutation: string) => call<T>(token, mutation, { id: customerId });
  await on(
    staff,
    `mutation($id: ID!) { verifyIdentity(input: { customerId: $id, documentType: "ID_CARD", documentNumber: "330102199001011234" }) { id } }`,
  );
  await on(
    staff,
    `mutation($id: ID!) { recordPurchase(input: { customerId: $id, orderNumber: "SO-READ-1", amount: "60000" }) { id } }`,
  );
  const { requestRedemption } = await on<{ requestRedemption: { id: string } }>(
    staff,
    `mutation($id: ID!) { requestRedemption(input: { customerId: $id, points: 1000, idempotencyKey: "read-matrix" }) { id } }`,
  );
  await on(
    await testToken({ sub: 'head-read', roles: ['department_head'] }),
    `mutation($id: ID!) { overrideTier(input: { customerId: $id, tier: GOLD, reason: "Spend this year" }) { id } }`,
  );
  const { issueDiscount } = await on<{ issueDiscount: { id: string } }>(
    staff,
    `mutation($id: ID!) { issueDiscount(input: { customerId: $id, kind: GOLD_QUARTERLY, value: "100" }) { id } }`,
  );
  return { redemptionId: requestRedemption.id, discountId: issueDiscount.id };
}
