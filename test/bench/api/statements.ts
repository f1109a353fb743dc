/**
 * SQL statements per request, counted inside the servers by sql-counter.ts: requests are sent one at a
 * time, and each server's count of statements made on behalf of requests is read before and after.
 */
import { sqlLog, type Server } from './processes';
import { OPERATIONS, post } from './scenarios';

export const SIZES = [1, 10, 100] as const;

export interface StatementCount {
  label: string;
  size: number;
  /** Statements per server that took part. */
  byServer: Record<string, number>;
}

/** Sends one request and returns the statements each of `servers` made for it. */
export async function statementsOf(
  servers: Server[],
  send: () => Promise<unknown>,
): Promise<Record<string, number>> {
  const before = await Promise.all(servers.map((s) => sqlLog(s)));
  await send();
  const after = await Promise.all(servers.map((s) => sqlLog(s)));
  return Object.fromEntries(servers.map((s, i) => [s.name, after[i]!.statements - before[i]!.statements]));
}

export interface StatementTargets {
  complaints: Server;
  loyalty: Server;
  reference: Server;
  gatewayUrl: string;
  token: string;
  complaintIds: string[];
  customerIds: string[];
}

/** Every case at 1, 10 and 100 items. */
export async function countStatements(t: StatementTargets): Promise<StatementCount[]> {
  const reps = (type: string, ids: string[], n: number) =>
    ids.slice(0, n).map((id) => ({ __typename: type, id }));
  const cases: { label: string; servers: Server[]; send: (n: number) => Promise<unknown> }[] = [
    {
      label: 'complaints(first: n), direct',
      servers: [t.complaints],
      send: (n) => post(t.complaints.graphql, t.token, OPERATIONS.list(n)),
    },
    {
      label: 'complaints(first: n), reference',
      servers: [t.reference],
      send: (n) => post(t.reference.graphql, t.token, OPERATIONS.list(n)),
    },
    {
      label: 'complaints(first: n) with customer { name tier }, gateway',
      servers: [t.complaints, t.loyalty],
      send: (n) => post(t.gatewayUrl, t.token, OPERATIONS.listWithCustomer(n)),
    },
    {
      label: '_entities: n Complaint, complaints',
      servers: [t.complaints],
      send: (n) =>
        post(t.complaints.graphql, t.token, OPERATIONS.complaintEntities, {
          r: reps('Complaint', t.complaintIds, n),
        }),
    },
    {
      label: '_entities: n Complaint, reference',
      servers: [t.reference],
      send: (n) =>
        post(t.reference.graphql, t.token, OPERATIONS.complaintEntities, {
          r: reps('Complaint', t.complaintIds, n),
        }),
    },
    {
      label: '_entities: n Customer { name tier }, customers-and-loyalty',
      servers: [t.loyalty],
      send: (n) =>
        post(t.loyalty.graphql, t.token, OPERATIONS.customerEntities, {
          r: reps('Customer', t.customerIds, n),
        }),
    },
    {
      label: '_entities: n Customer { complaints(first: 5) }, complaints',
      servers: [t.complaints],
      send: (n) =>
        post(t.complaints.graphql, t.token, OPERATIONS.customerComplaintEntities, {
          r: reps('Customer', t.customerIds, n),
        }),
    },
  ];
  const counts: StatementCount[] = [];
  for (const c of cases) {
    for (const size of SIZES) {
      await c.send(size); // once unmeasured: anything a first request loads once is not a per-request cost
      counts.push({ label: c.label, size, byServer: await statementsOf(c.servers, () => c.send(size)) });
    }
  }
  return counts;
}
