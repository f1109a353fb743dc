/** The operations the API benchmark sends, and the callers it sends them as. */
import { testToken } from '@care/testing';

export const OPERATIONS = {
  typename: `{ __typename }`,
  list: (first: number) =>
    `query BenchList { complaints(first: ${first}) { edges { node { number status urgency } } } }`,
  byId: `query BenchById($id: ID!) { complaint(id: $id) { number status urgency } }`,
  /** Two subgraphs: each complaint's customer comes from customers-and-loyalty. */
  listWithCustomer: (first: number) =>
    `query BenchListWithCustomer { complaints(first: ${first}) { edges { node { number status customer { name tier } } } } }`,
  /** A customer with their latest complaints: customers-and-loyalty, then complaints by entity. */
  customer: `query BenchCustomer($id: ID!) {
    customer(id: $id) { name tier complaints(first: 3) { totalCount edges { node { number status } } } }
  }`,
  /** The complaints subgraph's own part of listWithCustomer (the gateway asks it for the ids). */
  listWithCustomerIds: (first: number) =>
    `query BenchListWithCustomerIds { complaints(first: ${first}) { edges { node { number status customer { id } } } } }`,
  /**
   * The two requests the gateway makes for listWithCustomer(first), verbatim from its query plan: the
   * complaints with their customers' keys, then the customers by those keys (one representation a
   * complaint, in the complaints' order, repeats included).
   */
  listWithCustomerPlan: (first: number) => ({
    complaints: `query BenchListWithCustomer__complaints__0{complaints(first:${first}){edges{node{number status customer{__typename id}}}}}`,
    loyalty: `query BenchListWithCustomer__customers_and_loyalty__1($representations:[_Any!]!){_entities(representations:$representations){...on Customer{name tier}}}`,
  }),
  /**
   * A supervisor's look at the last quarter, three subgraphs in one request: complaint statistics and
   * the breached complaints with their customers' tiers (complaints, customers-and-loyalty) and the
   * approval requests waiting (approvals).
   */
  analyst: `query BenchAnalyst($from: DateTime!) {
    complaintStats(groupBy: [CATEGORY], filter: { receivedFrom: $from }) { key { category } count onTimeRate }
    complaints(first: 10, filter: { breached: true, receivedFrom: $from }) {
      totalCount edges { node { number urgency customer { name tier } } }
    }
    approvalRequests(first: 10, filter: { status: [PENDING] }) { totalCount edges { node { id } } }
  }`,
  /** The complaints subgraph's part of the analyst query. */
  analystComplaints: `query BenchAnalystComplaints($from: DateTime!) {
    complaintStats(groupBy: [CATEGORY], filter: { receivedFrom: $from }) { key { category } count onTimeRate }
    complaints(first: 10, filter: { breached: true, receivedFrom: $from }) {
      totalCount edges { node { number urgency customer { id } } }
    }
  }`,
  file: `mutation BenchFile($input: FileComplaintInput!) { fileComplaint(input: $input) { id number } }`,
  complaintEntities: `query BenchComplaintEntities($r: [_Any!]!) {
    _entities(representations: $r) { ... on Complaint { number status urgency } }
  }`,
  customerEntities: `query BenchCustomerEntities($r: [_Any!]!) {
    _entities(representations: $r) { ... on Customer { name tier } }
  }`,
  customerComplaintEntities: `query BenchCustomerComplaints($r: [_Any!]!) {
    _entities(representations: $r) { ... on Customer { complaints(first: 5) { totalCount edges { node { number } } } } }
  }`,
};

export interface Callers {
  /** Customer service: reads complaints and customers, files complaints. */
  staff: string;
  /** Internal control: statistics, customers and approval requests. */
  supervisor: string;
}

export async function callers(): Promise<Callers> {
  return {
    staff: await testToken({ sub: 'bench-staff', name: 'Bench Staff', roles: ['cs_specialist'] }),
    supervisor: await testToken({
      sub: 'bench-supervisor',
      name: 'Bench Supervisor',
      roles: ['internal_control'],
    }),
  };
}

export const graphqlBody = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify(variables ? { query, variables } : { query });

/** Posts one operation and returns its data; throws on HTTP or GraphQL errors (a target must work). */
export async function post<T = Record<string, unknown>>(
  url: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: graphqlBody(query, variables),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors?.length || !body.data)
    throw new Error(`${url} answered HTTP ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}
