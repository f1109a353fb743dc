import { randomUUID } from 'node:crypto';
import {
  copyRow,
  describeStatementCounts,
  errorCodes,
  readsAs,
  references,
  type StatementCase,
  type TestActor,
} from '@care/testing';
import { typeDefs } from '../src/app';
import { auditFinding, countingGovernanceForFile, typhoonException, wrongCustomerData } from './harness';

// Every list and every batch of entity references costs the same SQL statements for 1, 10 and 100 items,
// with the nested lists a front end reads with them (an incident's spending, a grant's document ...).

const h = countingGovernanceForFile('governance_statements');

const auditor: TestActor = { sub: 'audit-1', roles: ['audit'] };
const director: TestActor = { sub: 'cs-director-1', roles: ['cs_director'] };
const compliance: TestActor = { sub: 'compliance-1', roles: ['compliance'] };
const admin: TestActor = { sub: 'admin-1', roles: ['admin'] };

/** 100 complaints, each with a note of supervision in its audit trail. */
const complaints = Array.from({ length: 100 }, () => randomUUID());
/** Entities of other services without an audit trail here. */
const others = Array.from({ length: 100 }, () => randomUUID());
const notes: string[] = [];
const items: string[] = [];
const documents: string[] = [];
const applications: string[] = [];
/** The documents with 1, 10 and 100 grants of access. */
const granted = new Map<number, string>();

/** Runs `mutation` once as the actor: the id of what it made. */
async function made(mutation: string, type: string, input: Record<string, unknown>, actor: TestActor) {
  const data = await h.ok<Record<string, { id: string }>>(
    `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`,
    { input },
    actor,
  );
  return data[mutation]!.id;
}

/** 99 copies of the row `first` (made through the API) in its table: the ids of all 100, `first` first. */
async function hundred(
  table: string,
  first: string,
  changes: (k: number) => Record<string, unknown> = () => ({}),
) {
  await copyRow(
    h.sql,
    table,
    first,
    Array.from({ length: 99 }, (_, k) => changes(k)),
  );
  return [
    first,
    ...(await h.sql(`SELECT id FROM ${table} WHERE id <> $1 ORDER BY id`, [first])).map(
      (r) => r.id as string,
    ),
  ];
}

beforeAll(async () => {
  for (const subjectId of complaints)
    notes.push(
      await made(
        'recordAuditNote',
        'RecordAuditNoteInput',
        { action: 'complaint.checked', subjectType: 'Complaint', subjectId },
        auditor,
      ),
    );
  items.push(
    ...(await hundred(
      'rectification_item',
      await made(
        'openRectificationItem',
        'OpenRectificationItemInput',
        auditFinding({
          sourceId: 'AR-2026-003',
          description: 'Campaign records incomplete',
          ownerDepartment: 'MARKETING',
        }),
        auditor,
      ),
    )),
  );
  documents.push(
    ...(await hundred(
      'controlled_document',
      await made(
        'registerDocument',
        'RegisterDocumentInput',
        {
          name: 'KH2026000123_20260315_v1.0.pdf',
          kind: 'CONTRACT',
          contentBase64: Buffer.from('the contract').toString('base64'),
        },
        director,
      ),
      (k) => ({ name: `KH2026000${200 + k}_20260315_v1.0.pdf`, project: `KH2026000${200 + k}` }),
    )),
  );
  const grant = await made(
    'grantDocumentAccess',
    'GrantDocumentAccessInput',
    {
      documentId: documents[0],
      grantee: 'cs-manager-1',
      validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      reason: 'The renewal negotiation',
    },
    director,
  );
  for (const [k, count] of [1, 10, 100].entries()) {
    granted.set(count, documents[k]!);
    await copyRow(
      h.sql,
      'document_access_grant',
      grant,
      Array.from({ length: count }, (_, g) => ({ document_id: documents[k], grantee: `cs-manager-${g}` })),
    );
  }
  await h.sql(`DELETE FROM document_access_grant WHERE id = $1`, [grant]);
  await hundred(
    'violation',
    await made('openViolation', 'OpenViolationInput', wrongCustomerData(), compliance),
  );
  const incidents = await hundred(
    'incident',
    await made(
      'reportIncident',
      'ReportIncidentInput',
      { kind: 'DATA_LEAK', summary: 'A customer list was mailed outside', affectedSystems: ['crm'] },
      compliance,
    ),
  );
  await h.sql(
    `INSERT INTO emergency_spending (id, incident_id, amount, currency, purpose, spent_at, recorded_by, budget_year)
     SELECT gen_random_uuid(), id, 100, 'CNY', 'Hotline staff', now(), 'finance-1', 2026 FROM unnest($1::uuid[]) AS id`,
    [incidents],
  );
  applications.push(
    ...(await hundred(
      'exception_application',
      await made('submitExceptionApplication', 'SubmitExceptionApplicationInput', typhoonException(), {
        sub: 'head-1',
        roles: ['department_head'],
      }),
    )),
  );
});

const TRAIL = `auditTrail(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id action subjectId } } }`;
const ITEM = `id status severity ownerDepartment deadline progress { note } openedAt version`;
const DOCUMENT = `id name project documentDate documentVersion extension kind sizeBytes keyId`;

/** The admin reads every list. */
const { entities, connection, list } = readsAs((query, variables) => h.ok(query, variables, admin));

const CASES: StatementCase[] = [
  // In one transaction (begin, commit): count, page, and the read recorded in the chain (its head locked,
  // the entry, the head moved).
  {
    name: 'Query.auditEntries',
    statements: 7,
    read: connection(
      'auditEntries',
      'id action subjectType subjectId details position hash',
      ', filter: { subjectType: "Complaint" }',
    ),
  },
  // The same transaction: the entries by id, the read recorded once for the batch.
  { name: 'AuditEntry', statements: 6, read: entities('AuditEntry', notes, 'id action subjectId position') },
  // Count and page: the progress notes are in the item's row.
  { name: 'Query.rectificationItems', statements: 2, read: connection('rectificationItems', ITEM) },
  // The items by id; each reference's access is decided on its own.
  { name: 'RectificationItem', statements: 1, read: entities('RectificationItem', items, ITEM) },
  { name: 'Query.controlledDocuments', statements: 2, read: connection('controlledDocuments', DOCUMENT) },
  { name: 'ControlledDocument', statements: 1, read: entities('ControlledDocument', documents, DOCUMENT) },
  // The grants, and their documents by id (all of them at once).
  {
    name: 'Query.documentAccessGrants',
    statements: 2,
    read: list(
      'documentAccessGrants',
      `query($id: ID!) { documentAccessGrants(documentId: $id) { id grantee validUntil revokedAt document { ${DOCUMENT} } } }`,
      (n) => ({ id: granted.get(n) }),
    ),
  },
  {
    name: 'Query.violations',
    statements: 2,
    read: connection(
      'violations',
      `id status level opened { by at } report { by text } proposedPenalty { kind } appealDecisionOverdue
       finalPenalty { kind } deadlinesProvisional`,
    ),
  },
  // Count, page, and the spending of every incident of the page.
  {
    name: 'Query.incidents',
    statements: 3,
    read: connection(
      'incidents',
      `id kind status affectedSystems freezes { system } unfrozenSystems notifications { recipient dueAt late overdue }
       spending { id amount } spentTotal`,
    ),
  },
  {
    name: 'Query.exceptionApplications',
    statements: 2,
    read: connection(
      'exceptionApplications',
      'id kind status title riskAssessment { level } amount approvalRequestId',
    ),
  },
  // The applications by id (approvals names them as its requests' subjects).
  {
    name: 'ExceptionApplication',
    statements: 1,
    read: entities('ExceptionApplication', applications, 'id kind status title amount approvalRequestId'),
  },
  // In one transaction: the trails of every reference (one statement), the read recorded once.
  { name: 'Complaint', statements: 6, read: entities('Complaint', complaints, TRAIL) },
  { name: 'Customer', statements: 6, read: entities('Customer', others, TRAIL) },
  { name: 'ApprovalRequest', statements: 6, read: entities('ApprovalRequest', others, TRAIL) },
  { name: 'Campaign', statements: 6, read: entities('Campaign', others, TRAIL) },
];

describe('a batch of references, as the gateway sends it', () => {
  const ENTITIES = (type: string, selection: string) =>
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${selection} } } }`;

  it('[DOMAIN 4.1] reads audit entries in their order, null for none, and records the read once', async () => {
    const missing = randomUUID();
    const reads = `SELECT details FROM audit_entry WHERE action = 'audit.trail_read' AND subject_id = 'auditEntry'
      AND actor = 'audit-9' ORDER BY position`;
    const { _entities } = await h.ok<{ _entities: ({ id: string; position: number } | null)[] }>(
      ENTITIES('AuditEntry', 'id subjectId position'),
      { r: references('AuditEntry', notes[1]!, missing, notes[0]!) },
      { sub: 'audit-9', roles: ['audit'] },
    );
    expect(_entities.map((e) => e && e.id)).toEqual([notes[1], null, notes[0]]);
    expect(await h.sql(reads)).toEqual([
      {
        details: {
          ids: [notes[1], missing, notes[0]],
          positions: [_entities[0]!.position, _entities[2]!.position],
        },
      },
    ]);
    const refused = await h.raw(
      ENTITIES('AuditEntry', 'id'),
      { r: references('AuditEntry', ...notes.slice(0, 2)) },
      director,
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it("decides each rectification item of a batch on its own: a department reads its own, not another's", async () => {
    const sales = await made(
      'openRectificationItem',
      'OpenRectificationItemInput',
      auditFinding({ description: 'Quotes unsigned' }),
      auditor,
    );
    const marketingHead: TestActor = { sub: 'mk-head', roles: ['department_head'], department: 'MARKETING' };
    const read = await h.raw<{ _entities: ({ id: string } | null)[] }>(
      ENTITIES('RectificationItem', 'id ownerDepartment'),
      { r: references('RectificationItem', items[0]!, sales, randomUUID()) },
      marketingHead,
    );
    expect(read.data?._entities).toEqual([{ id: items[0], ownerDepartment: 'MARKETING' }, null, null]);
    expect(read.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['_entities', 1], 'FORBIDDEN']]);
  });

  it('[DOMAIN 4.6] reads exception applications by reference in their order, null for none; FORBIDDEN to a role that reads none', async () => {
    const missing = randomUUID();
    const r = references('ExceptionApplication', applications[1]!, missing, applications[0]!);
    const { _entities } = await h.ok<{ _entities: ({ id: string; kind: string } | null)[] }>(
      ENTITIES('ExceptionApplication', 'id kind'),
      { r },
      admin,
    );
    expect(_entities).toEqual([
      { id: applications[1], kind: 'NATURAL_DISASTER' },
      null,
      { id: applications[0], kind: 'NATURAL_DISASTER' },
    ]);
    const refused = await h.raw(
      ENTITIES('ExceptionApplication', 'id'),
      { r },
      { sub: 's-1', roles: ['sales'] },
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it("reads documents in their order, null for none, and a grant's document with it", async () => {
    const missing = randomUUID();
    const { _entities } = await h.ok<{ _entities: ({ id: string; name: string } | null)[] }>(
      ENTITIES('ControlledDocument', 'id name'),
      { r: references('ControlledDocument', documents[2]!, missing, documents[0]!) },
      director,
    );
    expect(_entities.map((d) => d && d.id)).toEqual([documents[2], null, documents[0]]);
    const { documentAccessGrants } = await h.ok<{ documentAccessGrants: { document: { id: string } }[] }>(
      `query($id: ID!) { documentAccessGrants(documentId: $id) { document { id } } }`,
      { id: granted.get(10) },
      director,
    );
    expect(documentAccessGrants.map((g) => g.document.id)).toEqual(Array(10).fill(granted.get(10)));
  });
});

describeStatementCounts({ source: () => h.service.dataSource, typeDefs, cases: CASES });
