import { dataOf, eventSeen, expectEventually, gql, tapStream, testToken, type EventTap } from '@care/testing';
import { registerCustomer, startSystem, type System } from './harness';

let system: System;
let partner: EventTap;

beforeAll(async () => {
  system = await startSystem();
  // A partner system: a real NATS subscriber reading the complaints stream.
  partner = await tapStream(system.namespace, 'CARE_COMPLAINTS');
});

afterAll(async () => {
  await partner?.stop();
  await system?.stop();
});

describe('events across the platform', () => {
  it('[DOMAIN 4.1] a complaint filed through the gateway reaches the partner and the audit trail', async () => {
    const specialist = await testToken({ sub: 'cs-42', roles: ['cs_specialist'] });
    const customerId = await registerCustomer(system, specialist, { name: 'Chen Jie' });
    const complaint = (
      await expectEventually(async () =>
        dataOf(
          await gql<{ fileComplaint: { id: string; number: string } }>(
            system.gateway.app,
            `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: EMAIL, description: "Wrong colour" }) { id number } }`,
            { c: customerId },
            { token: specialist, headers: { 'x-correlation-id': 'corr-e2e-events' } },
          ),
        ),
      )
    ).fileComplaint;

    const event = await eventSeen(partner, (e) => e.subject === complaint.id);
    expect(event).toMatchObject({
      type: 'care.complaints.complaint.received.v1',
      natsSubject: `${system.namespace}.care.complaints.complaint.received`,
      correlationId: 'corr-e2e-events',
      actor: { kind: 'user', id: 'cs-42' },
      data: {
        complaintId: complaint.id,
        number: complaint.number,
        customerId,
        channel: 'EMAIL',
      },
    });

    const auditor = await testToken({ roles: ['audit'] });
    const trail = await expectEventually(async () => {
      const result = dataOf(
        await gql<{
          auditEntries: { edges: { node: { action: string; subjectId: string; actor: string } }[] };
        }>(
          system.gateway.app,
          `{ auditEntries(first: 50) { edges { node { action subjectId actor } } } }`,
          {},
          { token: auditor },
        ),
      ).auditEntries.edges.map((e) => e.node);
      expect(result).toEqual(
        expect.arrayContaining([
          { action: 'care.loyalty.customer.registered.v1', subjectId: customerId, actor: 'user:cs-42' },
          { action: 'care.complaints.complaint.received.v1', subjectId: complaint.id, actor: 'user:cs-42' },
        ]),
      );
      return result;
    });
    expect(trail.filter((e) => e.subjectId === complaint.id)).toHaveLength(1);
  });
});
