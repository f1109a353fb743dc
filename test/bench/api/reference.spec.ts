/**
 * The API benchmark's ground truth on a tiny seeded set: the reference subgraph answers the measured
 * reads with the same data and the same SQL as the complaints subgraph, and the seeded rows are ones the
 * service reads and extends as its own.
 */
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { sqlLog, type Server } from './processes';
import { OPERATIONS, callers, post, type Callers } from './scenarios';
import { customerIdOf, sampleComplaintIds, seedVolume } from './seed';
import { startReference, startSubgraphs, type BenchSystem } from './system';

let system: BenchSystem;
let complaints: Server;
let reference: Server;
let who: Callers;
let ids: string[];
const VOLUME = { customers: 20, complaints: 150 };

beforeAll(async () => {
  system = await startSubgraphs({ logLevel: 'warn', only: ['complaints'] });
  complaints = system.subgraphs.complaints;
  await seedVolume({ complaints: system.schemas.complaints }, VOLUME);
  reference = await startReference(system);
  who = await callers();
  ids = await sampleComplaintIds(system.schemas.complaints, 20);
}, 90_000);

afterAll(async () => {
  await reference?.stop();
  await system?.stop();
  if (system) rmSync(system.logDir, { recursive: true, force: true });
});

const normalised = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** The data a server answers and the SQL it ran for it. */
async function answerAndSql(server: Server, query: string, variables?: Record<string, unknown>) {
  const before = await sqlLog(server);
  const data = await post(server.graphql, who.staff, query, variables);
  const after = await sqlLog(server);
  const statements = after.statements - before.statements;
  return { data, sql: after.recent.slice(after.recent.length - statements).map((r) => normalised(r.text)) };
}

describe('the reference subgraph', () => {
  it.each([
    ['complaints(first: 1)', OPERATIONS.list(1), () => undefined],
    ['complaints(first: 20)', OPERATIONS.list(20), () => undefined],
    ['complaint(id)', OPERATIONS.byId, () => ({ id: ids[0] })],
    [
      '_entities of 10 complaints',
      OPERATIONS.complaintEntities,
      () => ({ r: ids.slice(0, 10).map((id) => ({ __typename: 'Complaint', id })) }),
    ],
  ])(
    'answers %s with the same data and the same SQL as the complaints subgraph',
    async (_, query, variables) => {
      const real = await answerAndSql(complaints, query, variables());
      const copy = await answerAndSql(reference, query, variables());
      expect(copy.data).toEqual(real.data);
      expect(real.sql.length).toBeGreaterThan(0);
      expect(copy.sql).toEqual(real.sql);
    },
  );
});

describe('the seeded volume', () => {
  it('reads through the complaints subgraph with every part a closed complaint has', async () => {
    const { complaints: list } = await post<{
      complaints: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(
      complaints.graphql,
      who.staff,
      `{ complaints(first: 1, filter: { status: [CLOSED] }) { totalCount edges { node {
          number status category leadDepartment customerTier acknowledgement { message accepted }
          handover { notes } investigation { note } rootCause { category what } solutions { description }
          feedback { satisfaction } followUps { outcome withinWindow } report { cause solutionEffective }
          sla { tier resolutionDueAt onTime workingHoursToResolve } timeline { action status }
        } } } }`,
    );
    expect(list.totalCount).toBeGreaterThan(0);
    const closed = list.edges[0]!.node;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      handover: { notes: 'Check the order and the goods' },
      investigation: [{ note: 'Checked the batch: the fault is confirmed' }],
      rootCause: { category: 'METHOD' },
      report: { solutionEffective: true },
      followUps: [{ outcome: 'All well at the visit', withinWindow: true }],
      sla: { workingHoursToResolve: 36 },
    });
    expect((closed.acknowledgement as { message: string }).message).toMatch(
      /^Your complaint CP-\d{4}-\d{6} has been/,
    );
    const timeline = closed.timeline as { action: string }[];
    expect(timeline[0]!.action).toBe('RECEIVED');
    expect(timeline[timeline.length - 1]).toEqual({ action: 'CLOSED', status: 'CLOSED' });
  });

  it('goes on with the next number of the year when the service files a complaint for a seeded customer', async () => {
    const client = new Client({ connectionString: system.schemas.complaints.url });
    await client.connect();
    try {
      const schema = system.schemas.complaints.schema;
      const [first] = (
        await client.query<{ id: string }>(
          `SELECT customer_id AS id FROM "${schema}".known_customer ORDER BY registered_at LIMIT 1`,
        )
      ).rows;
      expect(first!.id).toBe(customerIdOf(0));
      const { fileComplaint } = await post<{ fileComplaint: { number: string } }>(
        complaints.graphql,
        who.staff,
        OPERATIONS.file,
        { input: { customerId: customerIdOf(0), channel: 'PHONE', description: 'Late again' } },
      );
      const year = Number(fileComplaint.number.slice(3, 7));
      const [{ n }] = (
        await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${schema}".complaint WHERE number LIKE $1`,
          [`CP-${year}-%`],
        )
      ).rows as [{ n: number }];
      expect(fileComplaint.number).toBe(`CP-${year}-${String(n).padStart(6, '0')}`);
    } finally {
      await client.end();
    }
  });
});
