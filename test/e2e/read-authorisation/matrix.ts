import { ROLES, type Role } from '@care/service-kit';

/**
 * Who reads what, cell by cell: every query root field and every entity type of every subgraph, for every
 * role in ROLES, a token without roles (`none`) and a customer reading another customer's records
 * (`stranger`). The role groups below are written out here, independently of the services' access
 * modules, so a changed rule shows up as a changed cell.
 */
export const COLUMNS = [...ROLES, 'none', 'stranger'] as const;
export type Column = Role | 'none' | 'stranger';

/**
 * DATA: the record (or a list holding it); EMPTY: an answer without it (a scoped list); NULL: null and
 * no error (an entity reference the caller may not see, like one that does not exist); FORBIDDEN or
 * NOT_FOUND: null with exactly that one error.
 */
export type Outcome = 'DATA' | 'EMPTY' | 'NULL' | 'FORBIDDEN' | 'NOT_FOUND';

export type Row = Partial<Record<Outcome, readonly Column[]>>;

/** Every column must sit in exactly one group of a row: a new role without an entry fails. */
export function cells(row: Row): { table: Record<string, Outcome>; missing: string[]; twice: string[] } {
  const table: Record<string, Outcome> = {};
  const twice: string[] = [];
  for (const [outcome, columns] of Object.entries(row) as [Outcome, readonly Column[]][]) {
    for (const c of columns) {
      if (c in table) twice.push(c);
      table[c] = outcome;
    }
  }
  const known = new Set<string>(COLUMNS);
  const missing = COLUMNS.filter((c) => !(c in table));
  twice.push(...Object.keys(table).filter((c) => !known.has(c)));
  return { table, missing, twice };
}

// ---- Complaints: handlers and supervision in full, analysts masked, a customer their own. -------------
const COMPLAINT_FULL = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'department_staff',
  'department_head',
  'leadership_group',
  'internal_control',
  'audit',
  'compliance',
  'admin',
  'service',
] as const;
const COMPLAINT_ANALYSIS = ['analyst', 'hr', 'administration'] as const;
const COMPLAINT_NONE = [
  'sales',
  'marketing',
  'finance',
  'vp',
  'gm',
  'gm_office',
  'board',
  'loyalty_supervisor',
  'partner',
  'none',
] as const;
const COMPLAINT_READERS = [...COMPLAINT_FULL, ...COMPLAINT_ANALYSIS, 'customer'] as const;
/** DOMAIN 1.11: supervision and analysts (and the customer-service managers, QA, the leadership group). */
const STATS = [
  'analyst',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'leadership_group',
  'internal_control',
  'audit',
  'compliance',
  'hr',
  'administration',
  'admin',
] as const;
const NOT_STATS = [
  'cs_specialist',
  'department_staff',
  'department_head',
  'service',
  'customer',
  'stranger',
  ...COMPLAINT_NONE,
] as const;

// ---- Customers and loyalty: staff, a customer their own record and redemptions. ------------------
const LOYALTY_STAFF = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'department_staff',
  'department_head',
  'leadership_group',
  'sales',
  'marketing',
  'finance',
  'internal_control',
  'audit',
  'compliance',
  'administration',
  'hr',
  'analyst',
  'loyalty_supervisor',
  'vp',
  'gm',
  'gm_office',
  'admin',
  'service',
] as const;
const LOYALTY_NONE = ['board', 'partner', 'none'] as const;
const KPIS = [
  'analyst',
  'internal_control',
  'audit',
  'gm',
  'vp',
  'sales',
  'marketing',
  'finance',
  'admin',
] as const;
const NOT_KPIS = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'department_staff',
  'department_head',
  'leadership_group',
  'compliance',
  'administration',
  'hr',
  'loyalty_supervisor',
  'gm_office',
  'service',
  'customer',
  'stranger',
  ...LOYALTY_NONE,
] as const;

// ---- Approvals: approvers and supervision every request, staff who ask their own. ----------------
const APPROVALS_ALL = [
  'department_head',
  'internal_control',
  'finance',
  'vp',
  'gm',
  'gm_office',
  'board',
  'loyalty_supervisor',
  'audit',
  'compliance',
  'administration',
  'hr',
  'admin',
  'service',
] as const;
/** The fixture request is asked for by the `sales` token: the other requesters do not see it. */
const REQUESTERS_NOT_ASKING = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'department_staff',
  'marketing',
] as const;
const APPROVALS_NONE = [
  'qa_inspector',
  'leadership_group',
  'analyst',
  'partner',
  'customer',
  'stranger',
  'none',
] as const;
const DELEGATIONS = [
  'department_head',
  'vp',
  'gm',
  'gm_office',
  'loyalty_supervisor',
  'internal_control',
  'audit',
  'compliance',
  'admin',
] as const;
const NOT_DELEGATIONS = COLUMNS.filter((c) => !(DELEGATIONS as readonly string[]).includes(c));

// ---- Governance: supervision only. ---------------------------------------------------------------
const SUPERVISION = ['internal_control', 'audit', 'compliance', 'administration', 'hr', 'admin'] as const;
const NOT_SUPERVISION = COLUMNS.filter((c) => !(SUPERVISION as readonly string[]).includes(c));
/** Exactly these read; every other column is FORBIDDEN. */
const only = (readers: readonly Column[]): Row => ({
  DATA: readers,
  FORBIDDEN: COLUMNS.filter((c) => !readers.includes(c)),
});
/** DOMAIN 4.4: every item for supervision, the GM and the GM office (a department's staff read their own
 * department's items: the matrix tokens name no department, so they read none). */
const RECTIFICATION = [...SUPERVISION, 'gm', 'gm_office'] as const;
/** DOMAIN 4.7: the document register, and the content of documents other than contracts. */
const DOCUMENT_REGISTER = [
  'cs_director',
  'cs_manager',
  'cs_specialist',
  'qa_inspector',
  'internal_control',
  'audit',
  'compliance',
  'administration',
  'hr',
  'gm',
  'gm_office',
  'admin',
] as const;
/** DOMAIN 4.7: a contract's content: the director and the GM; anyone else (the admin too) with a grant. */
const CONTRACT_READERS = ['cs_director', 'gm'] as const;
/** The grants of a document: the granters and supervision reviewing them. */
const GRANT_READERS = ['cs_director', 'gm', 'internal_control', 'audit', 'compliance', 'admin'] as const;

const staffOnly = { DATA: LOYALTY_STAFF, FORBIDDEN: [...LOYALTY_NONE, 'customer', 'stranger'] } as const;
const ownCustomerRecord = {
  DATA: [...LOYALTY_STAFF, 'customer'],
  FORBIDDEN: LOYALTY_NONE,
} as const;
const approvalRecord = { DATA: [...APPROVALS_ALL, 'sales'], FORBIDDEN: APPROVALS_NONE } as const;
/** DOMAIN 3.1: the policy that routes requests, and a route's preview, for whoever reads approval requests. */
const approvalPolicy = {
  DATA: [...APPROVALS_ALL, 'sales', ...REQUESTERS_NOT_ASKING],
  FORBIDDEN: APPROVALS_NONE,
} as const;

/** What a request approves, as approvals sees it (its `approval`): for whoever reads approval requests. */
const approvalSubject = approvalPolicy;

/** DOMAIN 4.1: the audit chain's head and its verification, by those who check the trail. */
const AUDIT_CHAIN = ['internal_control', 'audit', 'compliance', 'admin'] as const;
/**
 * DOMAIN 4.5: every violation for the procedure's roles and supervision; a staff member their own (the
 * fixture names the `sales` reader), others none; no violation for customers, partners or services.
 */
const VIOLATION_READERS = [
  'compliance',
  'hr',
  'gm',
  'gm_office',
  'audit',
  'internal_control',
  'admin',
] as const;
const OWN_VIOLATION = [...VIOLATION_READERS, 'sales'] as const;
const NOT_STAFF = ['customer', 'stranger', 'partner', 'service', 'none'] as const;
const OTHER_STAFF = COLUMNS.filter(
  (c) => !(OWN_VIOLATION as readonly string[]).includes(c) && !(NOT_STAFF as readonly string[]).includes(c),
);
/** DOMAIN 4.2: samples, interaction coverage and yearly reviews: the checking functions, the GM, the GM office. */
const CHECKS = ['internal_control', 'audit', 'compliance', 'gm', 'gm_office', 'admin'] as const;
/** DOMAIN 4.3: the monthly and quarterly reports: supervision, management, the reporting departments, analysts. */
const REPORTS = [
  ...SUPERVISION,
  'gm',
  'gm_office',
  'vp',
  'board',
  'sales',
  'marketing',
  'finance',
  'analyst',
] as const;
/** Null without an error for these (the fixture has no sample and no review), FORBIDDEN for the rest. */
const nullFor = (readers: readonly Column[]): Row => ({
  NULL: readers,
  FORBIDDEN: COLUMNS.filter((c) => !readers.includes(c)),
});

/** Who has no queue of approvals to decide: outside staff, services and customers. */
const PENDING_NONE: readonly Column[] = ['analyst', 'partner', 'service', 'customer', 'none', 'stranger'];

/** DOMAIN 4.6: incidents and the emergency budget: supervision, the GM, the GM office and finance. */
const INCIDENT_READERS = [...SUPERVISION, 'gm', 'gm_office', 'finance'] as const;
/** DOMAIN 4.6: exception applications: supervision, the GM, the GM office and the roles that apply. */
const EXCEPTION_READERS = [...SUPERVISION, 'gm', 'gm_office', 'department_head', 'cs_director'] as const;
/** DOMAIN 4.1: an entity's audit trail, contributed by governance: supervision, as `auditEntries`. */
const AUDIT_TRAIL = { DATA: SUPERVISION, FORBIDDEN: NOT_SUPERVISION } as const;

/** Keyed `<subgraph> Query.<field>` or `<subgraph> <EntityType>`. */
export const EXPECTED: Record<string, Row> = {
  'complaints Query.complaint': {
    DATA: COMPLAINT_READERS,
    NOT_FOUND: ['stranger'],
    FORBIDDEN: COMPLAINT_NONE,
  },
  'complaints Query.complaintByNumber': {
    DATA: COMPLAINT_READERS,
    NOT_FOUND: ['stranger'],
    FORBIDDEN: COMPLAINT_NONE,
  },
  'complaints Query.complaints': { DATA: COMPLAINT_READERS, EMPTY: ['stranger'], FORBIDDEN: COMPLAINT_NONE },
  'complaints Query.complaintStats': { DATA: STATS, FORBIDDEN: NOT_STATS },
  'complaints Complaint': { DATA: COMPLAINT_READERS, NULL: ['stranger'], FORBIDDEN: COMPLAINT_NONE },
  'complaints Customer': { DATA: COMPLAINT_READERS, EMPTY: ['stranger'], FORBIDDEN: COMPLAINT_NONE },

  'customers-and-loyalty Query.customer': { ...ownCustomerRecord, NOT_FOUND: ['stranger'] },
  'customers-and-loyalty Query.customers': staffOnly,
  'customers-and-loyalty Query.redemption': { ...ownCustomerRecord, NOT_FOUND: ['stranger'] },
  'customers-and-loyalty Query.discount': { ...ownCustomerRecord, NOT_FOUND: ['stranger'] },
  'customers-and-loyalty Query.campaign': staffOnly,
  'customers-and-loyalty Query.campaigns': staffOnly,
  'customers-and-loyalty Query.customerChange': staffOnly,
  'customers-and-loyalty Query.tierProposals': staffOnly,
  'customers-and-loyalty Query.tierPolicy': staffOnly,
  'customers-and-loyalty Query.loyaltyKpis': { DATA: KPIS, FORBIDDEN: NOT_KPIS },
  'customers-and-loyalty Query.customerStatistics': {
    DATA: ['compliance', 'admin'],
    FORBIDDEN: COLUMNS.filter((c) => c !== 'compliance' && c !== 'admin'),
  },
  'customers-and-loyalty Customer': { ...ownCustomerRecord, NULL: ['stranger'] },
  'customers-and-loyalty Redemption': { ...ownCustomerRecord, NULL: ['stranger'] },
  'customers-and-loyalty Discount': { ...ownCustomerRecord, NULL: ['stranger'] },
  'customers-and-loyalty Campaign': staffOnly,

  'approvals Query.approvalRequest': { ...approvalRecord, NOT_FOUND: REQUESTERS_NOT_ASKING },
  'approvals Query.approvalRequests': { ...approvalRecord, EMPTY: REQUESTERS_NOT_ASKING },
  'approvals Query.delegations': { DATA: DELEGATIONS, FORBIDDEN: NOT_DELEGATIONS },
  'approvals ApprovalRequest': { ...approvalRecord, NULL: REQUESTERS_NOT_ASKING },
  'approvals Redemption': approvalSubject,
  'approvals Discount': approvalSubject,
  'approvals Campaign': approvalSubject,
  /** The steps the caller may decide now: the fixture's first step is any department head's. */
  'approvals Query.myPendingApprovals': {
    DATA: ['department_head'],
    FORBIDDEN: PENDING_NONE,
    EMPTY: COLUMNS.filter((c) => c !== 'department_head' && !PENDING_NONE.includes(c)),
  },
  'approvals Query.authorityPolicy': approvalPolicy,
  'approvals Query.approvalRoute': approvalPolicy,

  'governance Query.auditEntry': { DATA: SUPERVISION, FORBIDDEN: NOT_SUPERVISION },
  'governance Query.auditEntries': { DATA: SUPERVISION, FORBIDDEN: NOT_SUPERVISION },
  'governance AuditEntry': { DATA: SUPERVISION, FORBIDDEN: NOT_SUPERVISION },
  'governance Query.rectificationItem': only(RECTIFICATION),
  'governance Query.rectificationItems': only(RECTIFICATION),
  'governance RectificationItem': only(RECTIFICATION),
  'governance Query.controlledDocument': only(DOCUMENT_REGISTER),
  'governance Query.controlledDocuments': only(DOCUMENT_REGISTER),
  'governance ControlledDocument': only(DOCUMENT_REGISTER),
  'governance Query.documentContent': only(CONTRACT_READERS),
  'governance Query.documentAccessGrants': only(GRANT_READERS),
  'governance Query.auditChainHead': only(AUDIT_CHAIN),
  'governance Query.verifyAuditChain': only(AUDIT_CHAIN),
  'governance Query.violation': { DATA: OWN_VIOLATION, NOT_FOUND: OTHER_STAFF, FORBIDDEN: NOT_STAFF },
  'governance Query.violations': { DATA: OWN_VIOLATION, EMPTY: OTHER_STAFF, FORBIDDEN: NOT_STAFF },
  'governance Query.incident': only(INCIDENT_READERS),
  'governance Query.incidents': only(INCIDENT_READERS),
  'governance Query.emergencyBudget': only(INCIDENT_READERS),
  'governance Query.exceptionApplication': only(EXCEPTION_READERS),
  'governance Query.exceptionApplications': only(EXCEPTION_READERS),
  'governance Complaint': AUDIT_TRAIL,
  'governance Customer': AUDIT_TRAIL,
  'governance ApprovalRequest': AUDIT_TRAIL,
  'governance Campaign': AUDIT_TRAIL,
  'governance Query.checkSample': nullFor(CHECKS),
  'governance Query.yearlyReview': nullFor(CHECKS),
  'governance Query.interactionCoverage': only(CHECKS),
  'governance Query.monthlyReport': only(REPORTS),
  'governance Query.quarterlyCustomerProfile': only(REPORTS),
};
