import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_SCHEMA_FILE, compose, REPO_ROOT, SUPERGRAPH_FILE } from './composition';

/**
 * `pnpm compose`: writes gateway/supergraph.graphql and the client-facing docs/schema.graphql;
 * `--check` fails when either committed file is stale.
 */
function main() {
  const { supergraphSdl, clientSdl } = compose();
  const outputs = [
    { file: SUPERGRAPH_FILE, sdl: supergraphSdl },
    { file: CLIENT_SCHEMA_FILE, sdl: clientSdl },
  ];
  if (process.argv.includes('--check')) {
    let stale = false;
    for (const { file, sdl } of outputs) {
      const relative = path.relative(REPO_ROOT, file);
      let committed = '';
      try {
        committed = readFileSync(file, 'utf8');
      } catch {
        // a missing file is stale
      }
      if (committed !== sdl) {
        process.stderr.write(`${relative} is stale: run \`pnpm compose\` and commit it.\n`);
        stale = true;
      } else {
        process.stdout.write(`${relative} is up to date.\n`);
      }
    }
    if (stale) process.exit(1);
    return;
  }
  for (const { file, sdl } of outputs) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, sdl);
    process.stdout.write(`Composed ${path.relative(REPO_ROOT, file)}.\n`);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
