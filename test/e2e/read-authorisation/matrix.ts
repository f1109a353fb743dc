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

type Group = readonly Column[];

/** A group of columns: other groups and names separated by spaces. A name that is no column fails here. */
function group(...parts: (Group | string)[]): Group {
  const names = parts.flatMap((part): readonly string[] =>
    typeof part === 'string' ? part.split(' ').filter(Boolean) : part,
  );
  const unknown = names.filter((n) => !(COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`the read matrix names no column ${unknown.join(', ')}`);
  return names as Column[];
}
/** Every column in none of the groups. */
const except = (...groups: Group[]): Group => COLUMNS.filter((c) => !groups.some((g) => g.includes(c)));
/** Exactly these read; every other column is FORBIDDEN. */
const only = (readers: Group): Row => ({ DATA: readers, FORBIDDEN: except(readers) });
/** Null without an error for these (the fixture has no sample and no review), FORBIDDEN for the rest. */
const nullFor = (readers: Group): Row => ({ NULL: readers, FORBIDDEN: except(readers) });

// ---- Who is who: the groups the rows below are made of, each written once. ------------------------
const CS = group('cs_specialist cs_manager cs_director');
/** Customer service and the others who handle complaints: QA, the departments, the leadership group. */
const HANDLING = group(CS, 'qa_inspector department_staff department_head leadership_group');
/** The reporting and paying departments. */
const BUSINESS = group('sales marketing finance');
/** The GM and the GM office meeting. */
const GM = group('gm gm_office');
const MANAGEMENT = group(GM, 'vp board');
/** Those who check the trail: internal control, audit, compliance and the admin. */
const CHECKERS = group('internal_control audit compliance admin');
const SUPERVISION = group(CHECKERS, 'administration hr');

// ---- Complaints: handlers and supervision in full, analysts masked, a customer their own. -------------
const COMPLAINT_FULL = group(HANDLING, CHECKERS, 'service');
const COMPLAINT_ANALYSIS = group('analyst hr administration');
const COMPLAINT_NONE = group(BUSINESS, MANAGEMENT, 'loyalty_supervisor partner none');
const complaintRecord = {
  DATA: group(COMPLAINT_FULL, COMPLAINT_ANALYSIS, 'customer'),
  FORBIDDEN: COMPLAINT_NONE,
} as const;
/** DOMAIN 1.11: supervision and analysts (and the customer-service managers, QA, the leadership group). */
const STATS = group(SUPERVISION, 'analyst cs_manager cs_director qa_inspector leadership_group');
const NOT_STATS = group(
  'cs_specialist department_staff department_head service customer stranger',
  COMPLAINT_NONE,
);

// ---- Customers and loyalty: staff, a customer their own record and redemptions. ------------------
const LOYALTY_STAFF = group(HANDLING, BUSINESS, SUPERVISION, GM, 'analyst loyalty_supervisor vp service');
const LOYALTY_NONE = group('board partner none');
const staffOnly = { DATA: LOYALTY_STAFF, FORBIDDEN: group(LOYALTY_NONE, 'customer stranger') } as const;
const ownCustomerRecord = { DATA: group(LOYALTY_STAFF, 'customer'), FORBIDDEN: LOYALTY_NONE } as const;
const KPIS = group(BUSINESS, 'analyst internal_control audit gm vp admin');
const NOT_KPIS = group(
  HANDLING,
  'compliance administration hr loyalty_supervisor gm_office service customer stranger',
  LOYALTY_NONE,
);

// ---- Approvals: approvers and supervision every request, staff who ask their own. ----------------
const APPROVALS_ALL = group(SUPERVISION, MANAGEMENT, 'department_head finance loyalty_supervisor service');
/** The fixture request is asked for by the `sales` token: the other requesters do not see it. */
const REQUESTERS_NOT_ASKING = group(CS, 'department_staff marketing');
const APPROVALS_NONE = group('qa_inspector leadership_group analyst partner customer stranger none');
const approvalRecord = { DATA: group(APPROVALS_ALL, 'sales'), FORBIDDEN: APPROVALS_NONE } as const;
/** DOMAIN 3.1: the policy that routes requests, and a route's preview, for whoever reads approval requests. */
const approvalPolicy = {
  DATA: group(APPROVALS_ALL, 'sales', REQUESTERS_NOT_ASKING),
  FORBIDDEN: APPROVALS_NONE,
} as const;
/** What a request approves, as approvals sees it (its `approval`): for whoever reads approval requests. */
const approvalSubject = approvalPolicy;
const DELEGATIONS = group(CHECKERS, GM, 'department_head vp loyalty_supervisor');
/** Who has no queue of approvals to decide: outside staff, services and customers. */
const PENDING_NONE = group('analyst partner service customer none stranger');

// ---- Governance: supervision only. ---------------------------------------------------------------
/** DOMAIN 4.1: an entity's audit trail, contributed by governance: supervision, as `auditEntries`. */
const AUDIT_TRAIL = only(SUPERVISION);
/** DOMAIN 4.1: the audit chain's head and its verification, by those who check the trail. */
const AUDIT_CHAIN = CHECKERS;
/** DOMAIN 4.4: every item for supervision, the GM and the GM office (a department's staff read their own
 * department's items: the matrix tokens name no department, so they read none). */
const RECTIFICATION = group(SUPERVISION, GM);
/** DOMAIN 4.7: the document register, and the content of documents other than contracts. */
const DOCUMENT_REGISTER = group(CS, 'qa_inspector', SUPERVISION, GM);
/** DOMAIN 4.7: a contract's content: the director and the GM; anyone else (the admin too) with a grant. */
const CONTRACT_READERS = group('cs_director gm');
/** The grants of a document: the granters and supervision reviewing them. */
const GRANT_READERS = group(CONTRACT_READERS, CHECKERS);
/**
 * DOMAIN 4.5: every violation for the procedure's roles and supervision; a staff member their own (the
 * fixture names the `sales` reader), others none; no violation for customers, partners or services.
 */
const OWN_VIOLATION = group(CHECKERS, 'hr', GM, 'sales');
const NOT_STAFF = group('customer stranger partner service none');
const OTHER_STAFF = except(OWN_VIOLATION, NOT_STAFF);
/** DOMAIN 4.2: samples, interaction coverage and yearly reviews: the checking functions, the GM, the GM office. */
const CHECKS = group(CHECKERS, GM);
/** DOMAIN 4.3: the monthly and quarterly reports: supervision, management, the reporting departments, analysts. */
const REPORTS = group(SUPERVISION, MANAGEMENT, BUSINESS, 'analyst');
/** DOMAIN 4.6: incidents and the emergency budget: supervision, the GM, the GM office and finance. */
const INCIDENT_READERS = group(SUPERVISION, GM, 'finance');
/** DOMAIN 4.6: exception applications: supervision, the GM, the GM office and the roles that apply. */
const EXCEPTION_READERS = group(SUPERVISION, GM, 'department_head cs_director');

/** Keyed `<subgraph> Query.<field>` or `<subgraph> <EntityType>`. */
export const EXPECTED: Record<string, Row> = {
  'complaints Query.complaint': { ...complaintRecord, NOT_FOUND: ['stranger'] },
  'complaints Query.complaintByNumber': { ...complaintRecord, NOT_FOUND: ['stranger'] },
  'complaints Query.complaints': { ...complaintRecord, EMPTY: ['stranger'] },
  'complaints Query.complaintStats': { DATA: STATS, FORBIDDEN: NOT_STATS },
  'complaints Complaint': { ...complaintRecord, NULL: ['stranger'] },
  'complaints Customer': { ...complaintRecord, EMPTY: ['stranger'] },
  /** A solution is read with its complaint's rules. */
  'complaints Solution': { ...complaintRecord, NULL: ['stranger'] },

  'customers-and-loyalty Query.customer': { ...ownCustomerRecord, NOT_FOUND: ['stranger'] },
  'customers-and-loyalty Query.customers': staffOnly,
  'customers-and-loyalty Query.redemption': { ...ownCustomerRecord, NOT_FOUND: ['stranger'] },
  'customers-and-loyalty Query.discount': { ...ownCustomerRecord, NOT_FOUND: ['stranger'] },
  'customers-and-loyalty Query.campaign': staffOnly,
  'customers-and-loyalty Query.campaigns': staffOnly,
  'customers-and-loyalty Query.customerChange': staffOnly,
  'customers-and-loyalty Query.customerChanges': staffOnly,
  'customers-and-loyalty Query.tierProposals': staffOnly,
  'customers-and-loyalty Query.tierPolicy': staffOnly,
  'customers-and-loyalty Query.loyaltyKpis': { DATA: KPIS, FORBIDDEN: NOT_KPIS },
  'customers-and-loyalty Query.pointsLiability': { DATA: KPIS, FORBIDDEN: NOT_KPIS },
  'customers-and-loyalty Query.customerStatistics': only(group('compliance admin')),
  'customers-and-loyalty Customer': { ...ownCustomerRecord, NULL: ['stranger'] },
  'customers-and-loyalty Redemption': { ...ownCustomerRecord, NULL: ['stranger'] },
  'customers-and-loyalty Discount': { ...ownCustomerRecord, NULL: ['stranger'] },
  'customers-and-loyalty Campaign': staffOnly,

  'approvals Query.approvalRequest': { ...approvalRecord, NOT_FOUND: REQUESTERS_NOT_ASKING },
  'approvals Query.approvalRequests': { ...approvalRecord, EMPTY: REQUESTERS_NOT_ASKING },
  'approvals Query.delegations': only(DELEGATIONS),
  'approvals ApprovalRequest': { ...approvalRecord, NULL: REQUESTERS_NOT_ASKING },
  'approvals Redemption': approvalSubject,
  'approvals Discount': approvalSubject,
  'approvals Campaign': approvalSubject,
  'approvals Solution': approvalSubject,
  'approvals ExceptionApplication': approvalSubject,
  /** The steps the caller may decide now: the fixture's first step is any department head's. */
  'approvals Query.myPendingApprovals': {
    DATA: ['department_head'],
    FORBIDDEN: PENDING_NONE,
    EMPTY: except(PENDING_NONE, ['department_head']),
  },
  'approvals Query.authorityPolicy': approvalPolicy,
  'approvals Query.approvalRoute': approvalPolicy,

  'governance Query.auditEntry': only(SUPERVISION),
  'governance Query.auditEntries': only(SUPERVISION),
  'governance AuditEntry': only(SUPERVISION),
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
  'governance ExceptionApplication': only(EXCEPTION_READERS),
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
