import { readFileSync } from 'node:fs';
import { composeSupergraph, readSubgraphs, SUPERGRAPH_FILE } from '../src/composition';

describe('the supergraph', () => {
  it('composes from the four subgraph SDL files without errors', () => {
    expect(readSubgraphs().map((s) => s.name)).toEqual([
      'complaints',
      'customers-and-loyalty',
      'approvals',
      'governance',
    ]);
    expect(composeSupergraph()).toContain('join__graph(name: "customers-and-loyalty"');
  });

  it('is committed up to date (run `pnpm compose` after changing a subgraph schema)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });
});
