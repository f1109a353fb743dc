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
  type Request = [query: string, variables?: Record<string, unknown>];
  type Case = { label: string; servers: Server[]; send: (n: number) => Promise<unknown> };
  /** The request for n items sent to `url`; the statements counted are those of `servers`. */
  const to = (label: string, url: string, servers: Server[], request: (n: number) => Request): Case => ({
    label,
    servers,
    send: (n) => post(url, t.token, ...request(n)),
  });
  const list = (n: number): Request => [OPERATIONS.list(n)];
  /** An `_entities` request for the first n of `ids` as representations of `type`. */
  const entities =
    (operation: string, type: string, ids: string[]) =>
    (n: number): Request => [operation, { r: ids.slice(0, n).map((id) => ({ __typename: type, id })) }];
  const complaints = entities(OPERATIONS.complaintEntities, 'Complaint', t.complaintIds);
  const cases: Case[] = [
    to('complaints(first: n), direct', t.complaints.graphql, [t.complaints], list),
    to('complaints(first: n), reference', t.reference.graphql, [t.reference], list),
    to(
      'complaints(first: n) with customer { name tier }, gateway',
      t.gatewayUrl,
      [t.complaints, t.loyalty],
      (n) => [OPERATIONS.listWithCustomer(n)],
    ),
    to('_entities: n Complaint, complaints', t.complaints.graphql, [t.complaints], complaints),
    to('_entities: n Complaint, reference', t.reference.graphql, [t.reference], complaints),
    to(
      '_entities: n Customer { name tier }, customers-and-loyalty',
      t.loyalty.graphql,
      [t.loyalty],
      entities(OPERATIONS.customerEntities, 'Customer', t.customerIds),
    ),
    to(
      '_entities: n Customer { complaints(first: 5) }, complaints',
      t.complaints.graphql,
      [t.complaints],
      entities(OPERATIONS.customerComplaintEntities, 'Customer', t.customerIds),
    ),
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
