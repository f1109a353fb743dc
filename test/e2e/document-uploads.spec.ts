/**
 * Controlled documents (DOMAIN 4.7) uploaded through the gateway: the largest document governance accepts
 * (DOCUMENT_MAX_BYTES, 5 MiB, base64 in `registerDocument`) fits in the gateway's body limit for a
 * signed-in caller; one byte more is governance's refusal with the limit; a body beyond the gateway's
 * limit is the gateway's 413. Every refusal carries a code, never an internal error.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_MAX_BODY_BYTES } from '@care/gateway/src/config';
import { DOCUMENT_MAX_BYTES_LIMIT } from '@care/governance/src/config';
import { dataOf, errorCodes, gql, testToken } from '@care/testing';
import request from 'supertest';
import { systemForFile } from './harness';

const system = systemForFile({}, 120_000);
let director: string;

beforeAll(async () => {
  director = await testToken({ sub: 'cs-director-upload', roles: ['cs_director'] });
});

const REGISTER = `mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id name sizeBytes } }`;
const READ = `query($id: ID!) { documentContent(id: $id) { contentBase64 document { sizeBytes } } }`;

const upload = (name: string, content: Buffer, token: string | undefined = director) =>
  gql<{ registerDocument: { id: string; name: string; sizeBytes: number } }>(
    system.gateway.app,
    REGISTER,
    {
      input: {
        name,
        kind: 'REPORT',
        contentType: 'application/pdf',
        contentBase64: content.toString('base64'),
      },
    },
    token ? { token } : {},
  );
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('document uploads through the gateway', () => {
  it('[DOMAIN 4.7] stores the largest document governance accepts and gives it back byte for byte', async () => {
    const content = randomBytes(DOCUMENT_MAX_BYTES_LIMIT);
    const stored = dataOf(await upload('AUDIT2026_20260315_v1.0.pdf', content)).registerDocument;
    expect(stored).toMatchObject({
      name: 'AUDIT2026_20260315_v1.0.pdf',
      sizeBytes: DOCUMENT_MAX_BYTES_LIMIT,
    });
    const read = dataOf(
      await gql<{ documentContent: { contentBase64: string; document: { sizeBytes: number } } }>(
        system.gateway.app,
        READ,
        { id: stored.id },
        { token: director },
      ),
    ).documentContent;
    expect(sha256(Buffer.from(read.contentBase64, 'base64'))).toBe(sha256(content));
  });

  it('refuses one byte more with BAD_USER_INPUT naming the limit, and a body beyond the gateway limit with 413 LIMIT_EXCEEDED', async () => {
    const over = await upload('AUDIT2026_20260316_v1.0.pdf', randomBytes(DOCUMENT_MAX_BYTES_LIMIT + 1));
    expect(over.status).toBeLessThan(500);
    expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.errors![0]!.message).toContain(String(DOCUMENT_MAX_BYTES_LIMIT));
    expect(over.data?.registerDocument ?? null).toBeNull();

    // A body the gateway does not read at all: more than MAX_BODY_BYTES of base64.
    const huge = await upload(
      'AUDIT2026_20260317_v1.0.pdf',
      randomBytes((DEFAULT_MAX_BODY_BYTES / 4) * 3 + 3),
    );
    expect(huge.status).toBe(413);
    expect(huge.errors).toEqual([
      { message: 'The request body is too large.', extensions: { code: 'LIMIT_EXCEEDED', limit: 'body' } },
    ]);

    // Without a valid token the gateway reads at most 1 MiB: the upload never reaches governance.
    const anonymous = await request(system.gateway.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: REGISTER, variables: { input: { contentBase64: 'A'.repeat(2 * 1024 * 1024) } } });
    expect(anonymous.status).toBe(413);
    expect(JSON.parse(anonymous.text).errors[0].extensions).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'body',
    });

    const stored = await gql<{ controlledDocuments: { totalCount: number } }>(
      system.gateway.app,
      `{ controlledDocuments { totalCount } }`,
      {},
      { token: director },
    );
    expect(dataOf(stored).controlledDocuments.totalCount).toBe(1);
  });
});
