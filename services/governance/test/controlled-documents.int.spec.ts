import { randomBytes, randomUUID } from 'node:crypto';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import { errorCodes, expectEventually, gql, testServiceEnv, type TestActor } from '@care/testing';
import { startService } from '../src/app';
import type { Deps } from '../src/application/ports';
import { configSchema } from '../src/config';
import { governanceWithTapForFile } from './harness';

// Controlled documents (DOMAIN 4.7): names with project, date and version; content encrypted at rest
// (envelope encryption, rotating keys); contracts for the director unless granted; every read audited.

const K1 = randomBytes(32).toString('base64');
const K2 = randomBytes(32).toString('base64');
const MAX_BYTES = 64 * 1024;
const keys = (list: string, active: string) => ({
  DOCUMENT_KEYS: list,
  DOCUMENT_ACTIVE_KEY_ID: active,
  DOCUMENT_MAX_BYTES: String(MAX_BYTES),
  RECTIFICATION_JOB_INTERVAL_SECONDS: '0',
});

const h = governanceWithTapForFile('governance_documents', '2026-03-16T02:00:00Z', keys(`k1:${K1}`, 'k1'));

const director: TestActor = { sub: 'cs-director-1', roles: ['cs_director'] };
const manager: TestActor = { sub: 'cs-manager-1', roles: ['cs_manager'] };
const otherManager: TestActor = { sub: 'cs-manager-2', roles: ['cs_manager'] };
const admin: TestActor = { sub: 'admin-1', roles: ['admin'] };
const auditor: TestActor = { sub: 'auditor-1', roles: ['audit'] };

const REGISTER = `mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) {
  id name project documentDate documentVersion extension kind contentType sizeBytes keyId registeredBy registeredAt } }`;
const READ = `query($id: ID!) { documentContent(id: $id) { contentBase64 access grantId readAt document { id name } } }`;
const GRANT = `mutation($input: GrantDocumentAccessInput!) { grantDocumentAccess(input: $input) {
  id grantee validUntil reason grantedBy revokedAt document { name } } }`;
const REVOKE = `mutation($input: RevokeDocumentAccessInput!) { revokeDocumentAccess(input: $input) { id revokedAt revokedBy } }`;
const REWRAP = `mutation { rewrapDocumentKeys { activeKeyId rewrapped remaining failed } }`;

let serial = 0;
/** A unique, well-formed name for the project. */
const nameOf = (project: string, extension = 'pdf') => `${project}_20260315_v1.${serial++}.${extension}`;

type Doc = { id: string; name: string; keyId: string } & Record<string, unknown>;

async function register(
  text: string,
  kind = 'CONTRACT',
  actor = director,
  target = h.service.app,
): Promise<Doc> {
  const result = await gql<{ registerDocument: Doc }>(
    target,
    REGISTER,
    {
      input: {
        name: nameOf('KH2026000123'),
        kind,
        contentType: 'application/pdf',
        contentBase64: Buffer.from(text).toString('base64'),
      },
    },
    { token: await h.token(actor) },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.registerDocument;
}

const read = async (id: string, actor: TestActor, target = h.service.app) =>
  gql<{ documentContent: { contentBase64: string; access: string; grantId: string | null } }>(
    target,
    READ,
    { id },
    { token: await h.token(actor) },
  );

const textOf = (r: Awaited<ReturnType<typeof read>>) =>
  Buffer.from(r.data!.documentContent.contentBase64, 'base64').toString('utf8');

const tracesOf = (id: string) =>
  h.sql(
    `SELECT action, actor, details->>'basis' AS basis FROM audit_entry
      WHERE subject_type = 'ControlledDocument' AND subject_id = $1 ORDER BY occurred_at, action`,
    [id],
  );

/** Another instance of governance on the same schema with other settings (a restart with rotated keys). */
async function startAlongside(env: Record<string, string>): Promise<SubgraphHandle<Deps>> {
  return startService(
    parseConfig(configSchema, testServiceEnv(h.db, env)),
    createLogger('governance-test', 'silent'),
    { clock: h.clock },
  );
}

describe('the register and its encryption at rest', () => {
  it('[DOMAIN 4.7] registers a document whose name carries project, date and version, and stores only ciphertext', async () => {
    const text = 'CONTRACT KH2026000123 -- price 5,000 CNY per bale -- signed by both parties';
    const doc = await register(text);
    expect(doc).toMatchObject({
      project: 'KH2026000123',
      documentDate: '2026-03-15',
      extension: 'pdf',
      kind: 'CONTRACT',
      contentType: 'application/pdf',
      sizeBytes: Buffer.byteLength(text),
      keyId: 'k1',
      registeredBy: 'cs-director-1',
    });
    expect(doc.documentVersion).toMatch(/^1\.\d+$/);
    const row = (
      await h.sql(
        `SELECT ciphertext, octet_length(ciphertext) AS size, position(convert_to('KH2026000123', 'UTF8') IN ciphertext) AS at,
              octet_length(wrapped_key) AS wrapped, key_id FROM controlled_document WHERE id = $1`,
        [doc.id],
      )
    )[0]!;
    expect(row).toMatchObject({ size: Buffer.byteLength(text), at: 0, wrapped: 32, key_id: 'k1' });
    expect((row.ciphertext as Buffer).equals(Buffer.from(text))).toBe(false);
    expect((row.ciphertext as Buffer).toString('utf8')).not.toContain('price');
    await expectEventually(() =>
      expect(h.tap.events.find((e) => e.subject === doc.id)).toMatchObject({
        type: 'care.governance.document.registered.v1',
        data: { documentId: doc.id, documentName: doc.name, project: 'KH2026000123', kind: 'CONTRACT' },
      }),
    );
  });

  it('[DOMAIN 4.7] refuses a name without project, date and version, a second document of the same name, and content over the bound', async () => {
    const input = (over: Record<string, unknown>) => ({
      input: {
        name: nameOf('POL'),
        kind: 'POLICY',
        contentBase64: Buffer.from('x').toString('base64'),
        ...over,
      },
    });
    const cases: [Record<string, unknown>, TestActor, string][] = [
      [{ name: 'policy-final.pdf' }, director, 'BAD_USER_INPUT'],
      [{ name: 'POL_20260231_v1.0' }, director, 'BAD_USER_INPUT'],
      [{ contentBase64: 'not base64!' }, director, 'BAD_USER_INPUT'],
      [{ contentBase64: '' }, director, 'BAD_USER_INPUT'],
      [{ contentBase64: randomBytes(MAX_BYTES + 1).toString('base64') }, director, 'BAD_USER_INPUT'],
      [{}, { roles: ['cs_specialist'] }, 'FORBIDDEN'],
    ];
    for (const [over, actor, code] of cases)
      expect(errorCodes(await h.raw(REGISTER, input(over), actor))).toEqual([code]);
    const atBound = await h.ok<{ registerDocument: Doc }>(
      REGISTER,
      input({ contentBase64: randomBytes(MAX_BYTES).toString('base64') }),
      director,
    );
    expect(atBound.registerDocument.sizeBytes).toBe(MAX_BYTES);
    const again = await h.raw(REGISTER, input({ name: atBound.registerDocument.name }), director);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });
});

describe('who reads a document', () => {
  it('[DOMAIN 4.7] a contract is read by the director; a non-director without a grant is FORBIDDEN, the admin too', async () => {
    const doc = await register('Contract text for the director');
    const byDirector = await read(doc.id, director);
    expect(textOf(byDirector)).toBe('Contract text for the director');
    expect(byDirector.data!.documentContent).toMatchObject({ access: 'ROLE', grantId: null });
    for (const actor of [manager, admin, auditor, { roles: ['cs_specialist'] }]) {
      const refused = await read(doc.id, actor);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors![0]!.message).toMatch(/director only unless access is granted/);
    }
    const policy = await register('A policy for everyone in service', 'POLICY');
    expect(textOf(await read(policy.id, { roles: ['cs_specialist'] }))).toBe(
      'A policy for everyone in service',
    );
    expect(errorCodes(await read(randomUUID(), director))).toEqual(['NOT_FOUND']);
  });

  it('[DOMAIN 4.7] a grant lets one person read until it ends; an expired grant is refused; grants are recorded and audited', async () => {
    h.clock.set('2026-03-16T02:00:00Z');
    const doc = await register('Contract for a review');
    const grantInput = {
      documentId: doc.id,
      grantee: manager.sub,
      validUntil: '2026-03-18T02:00:00Z',
      reason: 'Renewal review',
    };
    expect(errorCodes(await h.raw(GRANT, { input: grantInput }, admin))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await h.raw(GRANT, { input: grantInput }, manager))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await h.raw(GRANT, { input: { ...grantInput, validUntil: '2026-05-01T00:00:00Z' } }, director),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const { grantDocumentAccess: grant } = await h.ok<{ grantDocumentAccess: Record<string, unknown> }>(
      GRANT,
      { input: grantInput },
      director,
    );
    expect(grant).toMatchObject({
      grantee: 'cs-manager-1',
      reason: 'Renewal review',
      grantedBy: 'cs-director-1',
      revokedAt: null,
    });
    const granted = await read(doc.id, manager);
    expect(textOf(granted)).toBe('Contract for a review');
    expect(granted.data!.documentContent).toMatchObject({ access: 'GRANT', grantId: grant.id });
    expect(errorCodes(await read(doc.id, otherManager))).toEqual(['FORBIDDEN']);
    h.clock.set('2026-03-18T02:00:01Z');
    const expired = await read(doc.id, manager);
    expect(errorCodes(expired)).toEqual(['FORBIDDEN']);
    expect(expired.errors![0]!.message).toMatch(/expired at 2026-03-18T02:00:00.000Z/);
    const second = await h.ok<{ grantDocumentAccess: { id: string } }>(
      GRANT,
      { input: { ...grantInput, grantee: otherManager.sub, validUntil: '2026-03-25T00:00:00Z' } },
      director,
    );
    await h.ok(REVOKE, { input: { grantId: second.grantDocumentAccess.id } }, director);
    expect((await read(doc.id, otherManager)).errors![0]!.message).toMatch(/was revoked/);
    const grants = await h.ok<{ documentAccessGrants: { grantee: string; revokedAt: string | null }[] }>(
      `query($id: ID!) { documentAccessGrants(documentId: $id) { grantee revokedAt } }`,
      { id: doc.id },
      auditor,
    );
    expect(grants.documentAccessGrants.map((g) => [g.grantee, g.revokedAt !== null])).toEqual([
      ['cs-manager-1', false],
      ['cs-manager-2', true],
    ]);
    const traces = (await tracesOf(doc.id)).map((t) => t.action);
    expect(traces.filter((a) => a === 'document.access_granted')).toHaveLength(2);
    expect(traces).toContain('document.access_revoked');
    await expectEventually(() =>
      expect(h.tap.events.filter((e) => e.subject === doc.id).map((e) => e.type)).toEqual(
        expect.arrayContaining([
          'care.governance.document.access_granted.v1',
          'care.governance.document.access_revoked.v1',
        ]),
      ),
    );
    h.clock.set('2026-03-16T02:00:00Z');
  });

  it('[DOMAIN 4.7] every read of the content leaves an audit entry, and so does every refusal', async () => {
    const doc = await register('Read me three times');
    await read(doc.id, director);
    await read(doc.id, director);
    await read(doc.id, { sub: 'gm-1', roles: ['gm'] });
    await read(doc.id, manager); // refused
    expect(await tracesOf(doc.id)).toEqual(
      expect.arrayContaining([
        { action: 'document.content_read', actor: 'cs-director-1', basis: 'ROLE' },
        { action: 'document.content_read', actor: 'gm-1', basis: 'ROLE' },
        { action: 'document.read_refused', actor: 'cs-manager-1', basis: null },
      ]),
    );
    const reads = (await tracesOf(doc.id)).filter((t) => t.action === 'document.content_read');
    expect(reads).toHaveLength(3);
    const trail = await h.ok<{ auditEntries: { totalCount: number } }>(
      `query($id: String!) { auditEntries(filter: { subjectType: "ControlledDocument", subjectId: $id }) { totalCount } }`,
      { id: doc.id },
      auditor,
    );
    expect(trail.auditEntries.totalCount).toBe(5); // registered, three reads, one refusal
  });

  it('resolves ControlledDocument entities for the register readers only', async () => {
    const doc = await register('Entity check', 'REPORT');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ControlledDocument { id kind } } }`;
    const r = [{ __typename: 'ControlledDocument', id: doc.id }];
    expect((await h.ok<{ _entities: unknown[] }>(query, { r }, auditor))._entities).toEqual([
      { id: doc.id, kind: 'REPORT' },
    ]);
    expect(errorCodes(await h.raw(query, { r }, { roles: ['partner'] }))).toEqual(['FORBIDDEN']);
  });
});

describe('the size bound', () => {
  it('[DOMAIN 4.7] takes a document of the full 5 MiB in one request and serves it back whole; one byte more is BAD_USER_INPUT', async () => {
    const full = await startAlongside({
      DOCUMENT_KEYS: `k1:${K1}`,
      DOCUMENT_ACTIVE_KEY_ID: 'k1',
      RECTIFICATION_JOB_INTERVAL_SECONDS: '0',
    });
    try {
      const token = await h.token(director);
      const content = randomBytes(5 * 1024 * 1024);
      const input = { name: nameOf('BIG'), kind: 'REPORT', contentBase64: content.toString('base64') };
      const started = Date.now();
      const stored = await gql<{ registerDocument: Doc }>(full.app, REGISTER, { input }, { token });
      expect(stored.errors).toBeUndefined();
      const back = await gql<{ documentContent: { contentBase64: string } }>(
        full.app,
        READ,
        { id: stored.data!.registerDocument.id },
        { token },
      );
      expect(Buffer.from(back.data!.documentContent.contentBase64, 'base64').equals(content)).toBe(true);
      expect(Date.now() - started).toBeLessThan(10_000);
      const over = {
        ...input,
        name: nameOf('BIG'),
        contentBase64: randomBytes(5 * 1024 * 1024 + 1).toString('base64'),
      };
      expect(errorCodes(await gql(full.app, REGISTER, { input: over }, { token }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    } finally {
      await full.close();
    }
  });
});

describe('key rotation', () => {
  it('[DOMAIN 4.7] keeps old documents readable, re-wraps data keys without touching content, and fails closed on a missing or wrong key', async () => {
    const old = await register('Sealed under the first key');
    const before = (
      await h.sql(`SELECT ciphertext, wrapped_key FROM controlled_document WHERE id = $1`, [old.id])
    )[0]!;
    const rotated = await startAlongside(keys(`k1:${K1},k2:${K2}`, 'k2'));
    const wrongKey = await startAlongside(keys(`k2:${randomBytes(32).toString('base64')}`, 'k2'));
    try {
      expect(textOf(await read(old.id, director, rotated.app))).toBe('Sealed under the first key');
      const fresh = await register('Sealed under the second key', 'CONTRACT', director, rotated.app);
      expect(fresh.keyId).toBe('k2');
      expect(errorCodes(await gql(rotated.app, REWRAP, {}, { token: await h.token(director) }))).toEqual([
        'FORBIDDEN',
      ]);
      const rewrap = await gql<{ rewrapDocumentKeys: Record<string, unknown> }>(
        rotated.app,
        REWRAP,
        {},
        {
          token: await h.token(admin),
        },
      );
      expect(rewrap.errors).toBeUndefined();
      expect(rewrap.data!.rewrapDocumentKeys).toMatchObject({ activeKeyId: 'k2', remaining: 0, failed: [] });
      expect(rewrap.data!.rewrapDocumentKeys.rewrapped).toBeGreaterThanOrEqual(1);
      const after = (
        await h.sql(`SELECT ciphertext, wrapped_key, key_id FROM controlled_document WHERE id = $1`, [old.id])
      )[0]!;
      expect(after.key_id).toBe('k2');
      expect((after.ciphertext as Buffer).equals(before.ciphertext as Buffer)).toBe(true);
      expect((after.wrapped_key as Buffer).equals(before.wrapped_key as Buffer)).toBe(false);
      // The document's new key and its audit entry committed together.
      expect((await tracesOf(old.id)).map((t) => t.action)).toContain('document.key_rewrapped');
      expect(textOf(await read(old.id, director, rotated.app))).toBe('Sealed under the first key');
      // The first instance knows k1 only: the document is now under k2, which it does not have.
      const missing = await read(old.id, director);
      expect(errorCodes(missing)).toEqual(['UNAVAILABLE']);
      expect(missing.errors![0]!.message).toMatch(/master key "k2", which is not configured/);
      expect(missing.data?.documentContent ?? null).toBeNull();
      const wrong = await read(fresh.id, director, wrongKey.app);
      expect(errorCodes(wrong)).toEqual(['UNAVAILABLE']);
      expect(wrong.errors![0]!.message).toMatch(/"k2" is not the key it was sealed under/);
      expect((await tracesOf(old.id)).map((t) => t.action)).toContain('document.read_failed');
    } finally {
      await wrongKey.close();
      await rotated.close();
    }
  });
});
