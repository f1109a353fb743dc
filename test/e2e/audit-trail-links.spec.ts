import { dataOf, errorCodes, expectEventually, gql, testToken } from '@care/testing';
import { systemForFile } from './harness';

// DOMAIN 4.1 through the gateway: a complaint read from complaints, its audit trail from governance.

const system = systemForFile();
let specialist: string;
let auditor: string;

beforeAll(async () => {
  specialist = await testToken({ sub: 'cs-trail-1', roles: ['cs_specialist'] });
  auditor = await testToken({ sub: 'audit-trail-1', roles: ['audit'] });
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = Record<string, any>;

describe('the audit trail reachable from its subjects', () => {
  it('[DOMAIN 4.1] reads a complaint with its auditTrail and its customer with theirs, one query through the gateway', async () => {
    const customer = dataOf(
      await gql<Data>(
        system.gateway.app,
        `mutation { registerCustomer(input: { name: "Zhou Min", region: "CN-ZJ" }) { id } }`,
        {},
        { token: specialist },
      ),
    ).registerCustomer.id as string;
    // Complaints learns of the customer from loyalty's event.
    const complaint = (
      await expectEventually(async () =>
        dataOf(
          await gql<Data>(
            system.gateway.app,
            `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: EMAIL, description: "Torn fabric" }) { id } }`,
            { c: customer },
            { token: specialist },
          ),
        ),
      )
    ).fileComplaint.id as string;

    const query = `query($id: ID!) { complaint(id: $id) { id
        auditTrail(first: 10) { totalCount edges { node { action actor subjectId source } } }
        customer { id auditTrail { totalCount edges { node { action } } } } } }`;
    const read = await expectEventually(async () => {
      const { complaint: found } = dataOf(
        await gql<Data>(system.gateway.app, query, { id: complaint }, { token: auditor }),
      );
      expect(found.auditTrail.totalCount).toBeGreaterThanOrEqual(1);
      expect(found.customer.auditTrail.totalCount).toBeGreaterThanOrEqual(1);
      return found;
    });
    expect(read.auditTrail.edges[0].node).toEqual({
      action: 'care.complaints.complaint.received.v1',
      actor: 'user:cs-trail-1',
      subjectId: complaint,
      source: 'complaints',
    });
    expect(read.customer.auditTrail.edges.map((e: Data) => e.node.action)).toContain(
      'care.loyalty.customer.registered.v1',
    );

    // The complaint's handler reads the complaint, but not its audit trail.
    const refused = await gql<Data>(system.gateway.app, query, { id: complaint }, { token: specialist });
    expect(refused.data?.complaint).toMatchObject({ id: complaint, auditTrail: null });
    expect(errorCodes(refused)).toContain('FORBIDDEN');
  });
});
