import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, REPO_ROOT, SUPERGRAPH_FILE } from './composition';

/** `pnpm compose`: writes gateway/supergraph.graphql; `--check` fails when the committed file is stale. */
function main() {
  const sdl = composeSupergraph();
  const relative = path.relative(REPO_ROOT, SUPERGRAPH_FILE);
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
    if (committed !== sdl) {
      process.stderr.write(`${relative} is stale: run \`pnpm compose\` and commit it.\n`);
      process.exit(1);
    }
    process.stdout.write(`${relative} is up to date.\n`);
    return;
  }
  writeFileSync(SUPERGRAPH_FILE, sdl);
  process.stdout.write(`Composed ${relative}.\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
