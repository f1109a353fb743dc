import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { CLIENT_SCHEMA_FILE, composeClientSchema, readSubgraphs } from '../src/composition';

describe('the client schema (docs/schema.graphql)', () => {
  it('is committed up to date (run `pnpm compose` after changing a subgraph schema)', () => {
    expect(readFileSync(CLIENT_SCHEMA_FILE, 'utf8')).toBe(composeClientSchema());
  });

  it("is the supergraph's API schema: no federation directives, types or entry points", () => {
    const sdl = readFileSync(CLIENT_SCHEMA_FILE, 'utf8');
    for (const internal of [
      'join__',
      'link__',
      '@link',
      '@key',
      '_Entity',
      '_Any',
      '_entities',
      '_service',
    ]) {
      expect(sdl).not.toContain(internal);
    }
    const schema = buildSchema(sdl);
    const query = schema.getQueryType();
    expect(query && Object.keys(query.getFields())).toEqual(
      expect.arrayContaining(['complaints', 'complaintStats', 'customers', 'approvalRequests']),
    );
    const money = schema.getType('Decimal');
    expect(money?.description).toContain('never a float');
    const connection = schema.getType('ComplaintConnection');
    expect(isObjectType(connection) && Object.keys(connection.getFields())).toEqual(
      expect.arrayContaining(['edges', 'pageInfo', 'totalCount']),
    );
  });

  it('changes when a subgraph schema changes, so a stale committed file is caught', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'client-schema-'));
    try {
      const subgraphs = readSubgraphs().map((s) => {
        if (s.name !== 'governance') return s;
        const file = path.join(dir, 'probe.graphql');
        writeFileSync(
          file,
          'extend type Query {\n  """A field added for this check."""\n  probeField: Int\n}\n',
        );
        return { ...s, files: [...s.files, file] };
      });
      const changed = composeClientSchema(subgraphs);
      expect(changed).toContain('probeField: Int');
      expect(changed).not.toBe(readFileSync(CLIENT_SCHEMA_FILE, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
