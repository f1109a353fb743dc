import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { dataOf, errorCodes, expectSubgraphContract, gql, testToken } from '@care/testing';
import { subgraphSdlFiles } from '@care/service-kit';
import { complaintsHarness, type Harness } from './harness';

const h = complaintsHarness('complaints');
let service: Harness['service'];
let specialist: string;

beforeAll(async () => {
  service = h.service;
  specialist = await h.token({ roles: ['cs_specialist'] });
});

const FILE = `mutation($input: FileComplaintInput!) {
  fileComplaint(input: $input) { id number kind channel status description orderNumber receivedAt customer { id } }
}`;

type Filed = {
  fileComplaint: { id: string; number: string; receivedAt: string; customer: { id: string } } & Record<
    string,
    unknown
  >;
};

describe('filing complaints', () => {
  it('[DOMAIN 1.2] records a complaint from the hotline with its customer and order', async () => {
    const customerId = await h.registerCustomer();
    const result = await gql<Filed>(
      service.app,
      FILE,
      {
        input: {
          customerId,
          channel: 'PHONE',
          orderNumber: 'SO-2026-0042',
          description: 'The fabric arrived torn',
          expectedResolution: 'Send a replacement',
          receivedAt: '2026-03-02T02:00:00Z',
        },
      },
      { token: specialist },
    );
    expect(dataOf(result).fileComplaint).toMatchObject({
      kind: 'COMPLAINT',
      channel: 'PHONE',
      status: 'RECEIVED',
      orderNumber: 'SO-2026-0042',
      description: 'The fabric arrived torn',
      customer: { id: customerId },
      receivedAt: '2026-03-02T02:00:00.000Z',
    });
    expect(dataOf(result).fileComplaint.number).toMatch(/^CP-2026-\d{6}$/);
  });

  it('numbers complaints gaplessly per year even when filed concurrently, and a refused filing takes no number', async () => {
    const year = '2025';
    const customers = await h.registerCustomers(13);
    const refused = await gql(
      service.app,
      FILE,
      {
        input: {
          customerId: customers[12],
          channel: 'EMAIL',
          description: '   ',
          receivedAt: `${year}-06-01T03:00:00Z`,
        },
      },
      { token: specialist },
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gql<Filed>(
          service.app,
          FILE,
          {
            input: {
              customerId: customers[i],
              channel: 'EMAIL',
              description: `Case ${i}`,
              receivedAt: `${year}-06-01T03:00:00Z`,
            },
          },
          { token: specialist },
        ),
      ),
    );
    const numbers = results.map((r) => dataOf(r).fileComplaint.number).sort();
    expect(numbers).toEqual(
      Array.from({ length: 12 }, (_, i) => `CP-${year}-${String(i + 1).padStart(6, '0')}`),
    );
  });

  it("finds a complaint by number and lists a customer's complaints through the Customer entity", async () => {
    const customerId = await h.registerCustomer();
    const filed = await Promise.all(
      ['first', 'second'].map((d) =>
        gql<Filed>(
          service.app,
          FILE,
          { input: { customerId, channel: 'WEB_CHAT', description: d } },
          { token: specialist },
        ),
      ),
    );
    const number = dataOf(filed[0]!).fileComplaint.number;
    const byNumber = await gql<{ complaintByNumber: { description: string } }>(
      service.app,
      `query($n: String!) { complaintByNumber(number: $n) { description } }`,
      { n: number },
      { token: specialist },
    );
    expect(dataOf(byNumber).complaintByNumber.description).toBe('first');
    const entities = await gql<{
      _entities: { complaints: { totalCount: number; edges: { node: { description: string } }[] } }[];
    }>(
      service.app,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { complaints { totalCount edges { node { description } } } } } }`,
      { r: [{ __typename: 'Customer', id: customerId }] },
      { token: specialist },
    );
    const complaints = dataOf(entities)._entities[0]!.complaints;
    expect(complaints.totalCount).toBe(2);
    expect(complaints.edges.map((e) => e.node.description).sort()).toEqual(['first', 'second']);
  });

  it('refuses a bad channel, a non-UUID customer and a role that does not take complaints', async () => {
    const analyst = await testToken({ roles: ['analyst'] });
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ customerId: randomUUID(), channel: 'FAX', description: 'x' }, specialist, 'BAD_USER_INPUT'],
      [{ customerId: 'nope', channel: 'EMAIL', description: 'x' }, specialist, 'BAD_USER_INPUT'],
      [{ customerId: randomUUID(), channel: 'EMAIL', description: 'x' }, analyst, 'FORBIDDEN'],
    ];
    for (const [input, token, code] of refusals)
      expect(errorCodes(await gql(service.app, FILE, { input }, { token }))).toEqual([code]);
  });
});

describe('federation contract', () => {
  it('answers _service { sdl } with its schema file and resolves Complaint entities by id', async () => {
    const filed = dataOf(
      await gql<Filed>(
        service.app,
        FILE,
        {
          input: {
            customerId: await h.registerCustomer(),
            channel: 'OTHER',
            description: 'contract',
          },
        },
        { token: specialist },
      ),
    ).fileComplaint;
    const entity = await expectSubgraphContract(service.app, specialist, {
      sdlFiles: subgraphSdlFiles(path.join(__dirname, '..')),
      entity: { __typename: 'Complaint', id: filed.id },
      fields: 'id number description',
    });
    expect(entity).toEqual({ id: filed.id, number: filed.number, description: 'contract' });
  });
});
