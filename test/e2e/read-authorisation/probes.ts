/**
 * How the read-authorisation matrix reads each cell: the operation of each query root field and entity
 * type, and where the fixture record is in its answer.
 */
import type { D } from '../people';

/** The records every cell reads: customer A's, read by A (`customer`) and by B (`stranger`). */
export const F = {
  customerA: '',
  customerB: '',
  complaintId: '',
  complaintNumber: '',
  /** The solution proposed for the complaint. */
  solutionId: '',
  redemptionId: '',
  discountId: '',
  campaignId: '',
  changeId: '',
  approvalId: '',
  auditId: '',
  violationId: '',
  rectificationId: '',
  documentId: '',
  incidentId: '',
  exceptionId: '',
};

export interface Probe {
  query: string;
  variables?: () => Record<string, unknown>;
  /** The cell's value in the answer (null when the answer has none). */
  pick: (data: D) => unknown;
  /** Whether the value holds the fixture (a list that has it, the record itself); else EMPTY. */
  holds?: (value: D) => boolean;
}

const isId = (id: () => string) => (v: D) => v.id === id();
const listHolds = (id: () => string) => (v: D) => v.edges.some((e: D) => e.node.id === id());
const entity = (type: string, id: () => string, fields = 'id'): Probe => ({
  query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${fields} } } }`,
  variables: () => ({ r: [{ __typename: type, id: id() }] }),
  pick: (d) => d._entities?.[0],
  holds: isId(id),
});
const byId = (field: string, id: () => string, fields = 'id'): Probe => ({
  query: `query($id: ID!) { ${field}(id: $id) { ${fields} } }`,
  variables: () => ({ id: id() }),
  pick: (d) => d[field],
  holds: isId(id),
});
const list = (field: string, args: string, id: () => string): Probe => ({
  query: `{ ${field}(${args}) { edges { node { id } } } }`,
  pick: (d) => d[field],
  holds: listHolds(id),
});
const answer = (query: string, field: string): Probe => ({ query, pick: (d) => d[field] });
/** An entity's audit trail, which governance adds (DOMAIN 4.1). */
const TRAIL = 'id auditTrail(first: 1) { totalCount }';

/** How each cell of the matrix is read, keyed as EXPECTED. */
export const PROBES: Record<string, Probe> = {
  'complaints Query.complaint': byId('complaint', () => F.complaintId, 'id description'),
  'complaints Query.complaintByNumber': {
    query: `query($n: String!) { complaintByNumber(number: $n) { id } }`,
    variables: () => ({ n: F.complaintNumber }),
    pick: (d) => d.complaintByNumber,
    holds: isId(() => F.complaintId),
  },
  'complaints Query.complaints': list('complaints', 'first: 100', () => F.complaintId),
  'complaints Query.complaintStats': answer(
    `{ complaintStats(groupBy: [CATEGORY]) { count } }`,
    'complaintStats',
  ),
  'complaints Complaint': entity('Complaint', () => F.complaintId, 'id description'),
  'complaints Solution': entity('Solution', () => F.solutionId, 'id description complaint { id }'),
  'complaints Customer': {
    ...entity('Customer', () => F.customerA, 'id complaints(first: 50) { edges { node { id } } }'),
    holds: (v) => listHolds(() => F.complaintId)(v.complaints),
  },

  'customers-and-loyalty Query.customer': byId('customer', () => F.customerA, 'id name email pointsBalance'),
  'customers-and-loyalty Query.customers': list('customers', 'first: 100', () => F.customerA),
  'customers-and-loyalty Query.redemption': byId(
    'redemption',
    () => F.redemptionId,
    'id points customer { id }',
  ),
  'customers-and-loyalty Query.discount': byId('discount', () => F.discountId, 'id value customer { id }'),
  'customers-and-loyalty Query.campaign': byId('campaign', () => F.campaignId),
  'customers-and-loyalty Query.campaigns': list('campaigns', 'first: 100', () => F.campaignId),
  'customers-and-loyalty Query.customerChange': byId('customerChange', () => F.changeId),
  'customers-and-loyalty Query.customerChanges': list('customerChanges', 'first: 100', () => F.changeId),
  'customers-and-loyalty Query.tierProposals': answer(
    `{ tierProposals(year: 2025) { id } }`,
    'tierProposals',
  ),
  'customers-and-loyalty Query.tierPolicy': answer(`{ tierPolicy { version } }`, 'tierPolicy'),
  'customers-and-loyalty Query.loyaltyKpis': answer(
    `{ loyaltyKpis(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { from } }`,
    'loyaltyKpis',
  ),
  'customers-and-loyalty Query.pointsLiability': answer(
    `{ pointsLiability { available expiring(months: 1) { month } } }`,
    'pointsLiability',
  ),
  'customers-and-loyalty Query.customerStatistics': answer(
    `{ customerStatistics(year: 2025) { tier } }`,
    'customerStatistics',
  ),
  'customers-and-loyalty Customer': entity('Customer', () => F.customerA, 'id name email pointsBalance'),
  'customers-and-loyalty Redemption': entity('Redemption', () => F.redemptionId, 'id points'),
  'customers-and-loyalty Discount': entity('Discount', () => F.discountId, 'id value'),
  'customers-and-loyalty Campaign': entity('Campaign', () => F.campaignId),

  'approvals Query.approvalRequest': byId('approvalRequest', () => F.approvalId, 'id title amount'),
  'approvals Query.approvalRequests': list('approvalRequests', 'first: 100', () => F.approvalId),
  'approvals Query.delegations': answer(`{ delegations { id } }`, 'delegations'),
  'approvals ApprovalRequest': entity('ApprovalRequest', () => F.approvalId, 'id title amount'),
  'approvals Redemption': entity('Redemption', () => F.redemptionId),
  'approvals Discount': entity('Discount', () => F.discountId),
  'approvals Campaign': entity('Campaign', () => F.campaignId),
  'approvals Solution': entity('Solution', () => F.solutionId),
  'approvals ExceptionApplication': entity('ExceptionApplication', () => F.exceptionId),
  'approvals Query.myPendingApprovals': {
    query: `{ myPendingApprovals(first: 100) { edges { node { request { id } } } } }`,
    variables: () => ({}),
    pick: (d) => d.myPendingApprovals,
    holds: (v) =>
      v.edges.some((e: { node: { request: { id: string } } }) => e.node.request.id === F.approvalId),
  },
  'approvals Query.authorityPolicy': answer(`{ authorityPolicy { version } }`, 'authorityPolicy'),
  'approvals Query.approvalRoute': answer(
    `{ approvalRoute(type: EXPENSE, amount: "30000") { policyVersion } }`,
    'approvalRoute',
  ),

  'governance Query.auditEntry': byId('auditEntry', () => F.auditId),
  'governance Query.auditEntries': list('auditEntries', 'first: 1', () => F.auditId),
  'governance AuditEntry': entity('AuditEntry', () => F.auditId),
  'governance Query.rectificationItem': byId('rectificationItem', () => F.rectificationId),
  'governance Query.rectificationItems': list('rectificationItems', 'first: 100', () => F.rectificationId),
  'governance RectificationItem': entity('RectificationItem', () => F.rectificationId),
  'governance Query.controlledDocument': byId('controlledDocument', () => F.documentId),
  'governance Query.controlledDocuments': list('controlledDocuments', 'first: 100', () => F.documentId),
  'governance ControlledDocument': entity('ControlledDocument', () => F.documentId),
  'governance Query.documentContent': {
    query: `query($id: ID!) { documentContent(id: $id) { document { id } } }`,
    variables: () => ({ id: F.documentId }),
    pick: (d) => d.documentContent,
    holds: (v) => v.document.id === F.documentId,
  },
  'governance Query.documentAccessGrants': {
    query: `query($id: ID!) { documentAccessGrants(documentId: $id) { id } }`,
    variables: () => ({ id: F.documentId }),
    pick: (d) => d.documentAccessGrants,
  },
  'governance Query.auditChainHead': answer(`{ auditChainHead { position } }`, 'auditChainHead'),
  'governance Query.verifyAuditChain': answer(
    `{ verifyAuditChain(from: 1, to: 1) { verified } }`,
    'verifyAuditChain',
  ),
  'governance Query.violation': byId('violation', () => F.violationId),
  'governance Query.violations': list('violations', 'first: 100', () => F.violationId),
  'governance Query.incident': byId('incident', () => F.incidentId),
  'governance Query.incidents': list('incidents', 'first: 100', () => F.incidentId),
  'governance Query.emergencyBudget': answer(`{ emergencyBudget { year } }`, 'emergencyBudget'),
  'governance Query.exceptionApplication': byId('exceptionApplication', () => F.exceptionId),
  'governance Query.exceptionApplications': list('exceptionApplications', 'first: 100', () => F.exceptionId),
  'governance ExceptionApplication': entity('ExceptionApplication', () => F.exceptionId, 'id kind'),
  'governance Complaint': entity('Complaint', () => F.complaintId, TRAIL),
  'governance Customer': entity('Customer', () => F.customerA, TRAIL),
  'governance ApprovalRequest': entity('ApprovalRequest', () => F.approvalId, TRAIL),
  'governance Campaign': entity('Campaign', () => F.campaignId, TRAIL),
  'governance Query.checkSample': answer(`{ checkSample(month: "2026-01") { id } }`, 'checkSample'),
  'governance Query.yearlyReview': answer(`{ yearlyReview(year: 2025) { id } }`, 'yearlyReview'),
  'governance Query.interactionCoverage': answer(
    `{ interactionCoverage(month: "2026-01") { targeted } }`,
    'interactionCoverage',
  ),
  'governance Query.monthlyReport': answer(`{ monthlyReport(month: "2026-01") { month } }`, 'monthlyReport'),
  'governance Query.quarterlyCustomerProfile': answer(
    `{ quarterlyCustomerProfile(quarter: "2026-Q1") { quarter } }`,
    'quarterlyCustomerProfile',
  ),
};
