import { dataOf, errorCodes, expectEventually, gql, testToken } from '@care/testing';
import { systemForFile } from './harness';

const subgraphLogs: string[] = [];
const system = systemForFile({ subgraphLogs: (line) => subgraphLogs.push(line) });
let specialist: string;

beforeAll(async () => {
  specialist = await testToken({ roles: ['cs_specialist'] });
});

describe('the unified graph', () => {
  it('joins a complaint with its customer across two subgraphs, and a customer with its complaints', async () => {
    const customer = dataOf(
      await gql<{ registerCustomer: { id: string } }>(
        system.gateway.app,
        `mutation { registerCustomer(input: { name: "Zhang Wei", region: "CN-ZJ" }) { id } }`,
        {},
        { token: specialist },
      ),
    ).registerCustomer;
    const filed = (
      await expectEventually(async () =>
        dataOf(
          await gql<{ fileComplaint: { number: string } }>(
            system.gateway.app,
            `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: WEB_CHAT, description: "Late parcel" }) { number } }`,
            { c: customer.id },
            { token: specialist },
          ),
        ),
      )
    ).fileComplaint;

    const joined = dataOf(
      await gql<{
        complaints: { edges: { node: { number: string; customer: { name: string; tier: string } } }[] };
      }>(
        system.gateway.app,
        `{ complaints { edges { node { number customer { name tier } } } } }`,
        {},
        { token: specialist },
      ),
    );
    expect(joined.complaints.edges).toEqual([
      { node: { number: filed.number, customer: { name: 'Zhang Wei', tier: 'MEMBER' } } },
    ]);

    const reverse = dataOf(
      await gql<{
        customer: { name: string; complaints: { totalCount: number; edges: { node: { number: string } }[] } };
      }>(
        system.gateway.app,
        `query($id: ID!) { customer(id: $id) { name complaints { totalCount edges { node { number } } } } }`,
        { id: customer.id },
        { token: specialist },
      ),
    );
    expect(reverse.customer).toEqual({
      name: 'Zhang Wei',
      complaints: { totalCount: 1, edges: [{ node: { number: filed.number } }] },
    });
  });

  it("forwards the caller to the subgraphs: a subgraph decides with the caller's roles", async () => {
    const analyst = await testToken({ roles: ['analyst'] });
    const result = await gql(
      system.gateway.app,
      `mutation { registerCustomer(input: { name: "X" }) { id } }`,
      {},
      { token: analyst },
    );
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it('forwards the request and correlation ids to the subgraphs, which log them, and echoes the request id', async () => {
    const result = await gql(
      system.gateway.app,
      `{ customers { totalCount } }`,
      {},
      {
        token: specialist,
        headers: { 'x-request-id': 'req-e2e-42', 'x-correlation-id': 'corr-e2e-7' },
      },
    );
    expect(result.headers['x-request-id']).toBe('req-e2e-42');
    const logged = subgraphLogs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.requestId === 'req-e2e-42');
    expect(logged.length).toBeGreaterThan(0);
    expect(logged[0]).toMatchObject({ service: 'customers-and-loyalty', correlationId: 'corr-e2e-7' });
    expect(JSON.stringify(logged)).not.toContain('Bearer');
  });

  it('refuses an operation without a token with 401 UNAUTHENTICATED', async () => {
    const result = await gql(system.gateway.app, `{ customers { totalCount } }`);
    expect(result.status).toBe(401);
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers a bad custom scalar with BAD_USER_INPUT, not an internal error', async () => {
    const result = await gql(
      system.gateway.app,
      `mutation { submitApprovalRequest(input: { type: EXPENSE, title: "x", amount: "1.5e3" }) { id } }`,
      {},
      { token: specialist },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/^Decimal must be a decimal number/);
    const variable = await gql(
      system.gateway.app,
      `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: PHONE, description: "x" }) { id } }`,
      { c: 'not-a-uuid' },
      { token: specialist },
    );
    expect(errorCodes(variable)).toEqual(['BAD_USER_INPUT']);
  });

  it("passes a subgraph's domain error through with its code, message and details, never as an internal error", async () => {
    const head = await testToken({ sub: 'head-fed', roles: ['department_head'] });
    const missing = '0b9f4c1a-3d2e-4f5a-8b7c-6d5e4f3a2b1c';
    const decide = (id: string) =>
      gql<{ decideApprovalRequest: { status: string } }>(
        system.gateway.app,
        `mutation($id: ID!) { decideApprovalRequest(input: { id: $id, decision: APPROVE }) { status } }`,
        { id },
        { token: head },
      );
    const unknown = await decide(missing);
    expect(unknown.errors?.[0]).toMatchObject({
      message: `Approval request ${missing} was not found`,
      extensions: { code: 'NOT_FOUND', id: missing },
    });

    const staff = await testToken({ sub: 'staff-fed', roles: ['department_staff'] });
    const { submitApprovalRequest } = dataOf(
      await gql<{ submitApprovalRequest: { id: string } }>(
        system.gateway.app,
        `mutation { submitApprovalRequest(input: { type: EXPENSE, title: "Samples", amount: "900" }) { id } }`,
        {},
        { token: staff },
      ),
    );
    expect(dataOf(await decide(submitApprovalRequest.id)).decideApprovalRequest.status).toBe('APPROVED');
    const again = await decide(submitApprovalRequest.id);
    expect(errorCodes(again)).toEqual(['INVALID_TRANSITION']);
    expect(again.errors?.[0]?.message).toBe('the request is APPROVED already');
  });

  it('refuses a query deeper than the limit', async () => {
    const deep = `{ complaints { edges { node { customer { complaints { edges { node { customer { complaints { edges { node { customer { complaints { totalCount } } } } } } } } } } } } } }`;
    const result = await gql(system.gateway.app, deep, {}, { token: specialist });
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.data ?? null).toBeNull();
  });

  it('reports ready only when every subgraph is ready', async () => {
    const request = (await import('supertest')).default;
    const ready = await request(system.gateway.app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.body.checks).sort()).toEqual([
      'approvals',
      'complaints',
      'customers-and-loyalty',
      'governance',
    ]);
  });
});
