/**
 * The demo and training clock (CLOCK_START): a stack set to a January day runs the tier review of the
 * year before through the gateway, whatever today is; the same stack set to June refuses it. Tokens are
 * signed in real time and still accepted: JWT checks keep the real clock.
 */
import { dataOf, errorCodes, gql, testToken } from '@care/testing';
import { systemForFile, type System } from './harness';

/** Company (Shanghai) year now; the demo days lie in the next one, so they are always ahead of today. */
const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const demoYear = thisYear + 1;
const reviewedYear = demoYear - 1;

let sales: string;

beforeAll(async () => {
  sales = await testToken({ sub: 'demo-clock-sales', roles: ['sales'], department: 'SALES' });
});

const call = async <T>(system: System, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await gql<T>(system.gateway.app, query, variables, { token: sales }));

/** A customer with `spend` CNY of purchases in the reviewed year; returns the id and registration time. */
async function customerWhoSpent(system: System, name: string, spend: string) {
  const { registerCustomer } = await call<{ registerCustomer: { id: string; registeredAt: string } }>(
    system,
    `mutation($name: String!) { registerCustomer(input: { name: $name, region: "CN-ZJ" }) { id registeredAt } }`,
    { name },
  );
  await call(system, `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`, {
    input: {
      customerId: registerCustomer.id,
      orderNumber: `CLOCK-${registerCustomer.id.slice(0, 8)}`,
      amount: spend,
      purchasedAt: `${reviewedYear}-03-10T10:00:00+08:00`,
    },
  });
  return registerCustomer;
}

const EVALUATE = `mutation($year: Int!) { evaluateTiers(year: $year) { status from to evaluationYear annualSpend customer { id } } }`;

describe('CLOCK_START set to a January day', () => {
  const system = systemForFile({ subgraphEnv: { CLOCK_START: `${demoYear}-01-05T09:00:00+08:00` } }, 60_000);

  it('[DOMAIN 2.1] runs the January tier review through the gateway: proposals where last year’s spend justifies a change', async () => {
    const diamond = await customerWhoSpent(system, 'Clock Diamond', '620000.00');
    const gold = await customerWhoSpent(system, 'Clock Gold', '75000.00');
    const member = await customerWhoSpent(system, 'Clock Member', '9000.00');
    // Domain times come from the demo clock: the customers registered on the demo day.
    for (const c of [diamond, gold, member]) expect(c.registeredAt.slice(0, 10)).toBe(`${demoYear}-01-05`);

    const { evaluateTiers } = await call<{
      evaluateTiers: {
        status: string;
        from: string;
        to: string;
        evaluationYear: number;
        annualSpend: string;
        customer: { id: string };
      }[];
    }>(system, EVALUATE, { year: reviewedYear });
    const byCustomer = new Map(evaluateTiers.map((p) => [p.customer.id, p]));
    expect(byCustomer.get(diamond.id)).toMatchObject({
      status: 'PROPOSED',
      from: 'MEMBER',
      to: 'DIAMOND',
      evaluationYear: reviewedYear,
    });
    expect(Number(byCustomer.get(diamond.id)!.annualSpend)).toBe(620000);
    expect(byCustomer.get(gold.id)).toMatchObject({ status: 'PROPOSED', from: 'MEMBER', to: 'GOLD' });
    expect(byCustomer.has(member.id)).toBe(false);
    expect(evaluateTiers).toHaveLength(2);
  });
});

describe('CLOCK_START set to a June day', () => {
  const system = systemForFile({ subgraphEnv: { CLOCK_START: `${demoYear}-06-15T10:00:00+08:00` } }, 60_000);

  it('[DOMAIN 2.1] refuses the tier review outside January', async () => {
    await customerWhoSpent(system, 'Clock June', '620000.00');
    const result = await gql(system.gateway.app, EVALUATE, { year: reviewedYear }, { token: sales });
    expect(errorCodes(result)).toEqual(['INVALID_TRANSITION']);
    expect(result.errors?.[0]?.message).toMatch(/January only/);
  });
});
