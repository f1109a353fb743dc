/**
 * `pnpm rules`: which numbered rules of DOMAIN.md are proven by a test that names them
 * (`it('[DOMAIN 2.6] ...')`), and which are not yet. Exits 1 when a rule has no test, so it can gate a
 * release once every section is built; `--list` prints the tests behind each rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Rule {
  id: string;
  title: string;
}

/** The numbered items of the numbered sections: `## 2. Customers ...` then `6. **Points anomaly**: ...`. */
export function parseRules(markdown: string): Rule[] {
  const rules: Rule[] = [];
  let section: string | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## (\d+)\.\s/.exec(line);
    if (heading) {
      section = heading[1];
      continue;
    }
    if (line.startsWith('## ')) {
      section = undefined;
      continue;
    }
    const item = /^(\d+)\.\s+(.*)$/.exec(line);
    if (section && item) {
      const bold = /\*\*([^*]+)\*\*/.exec(item[2]!);
      rules.push({ id: `${section}.${item[1]}`, title: (bold?.[1] ?? item[2]!).replace(/[:.]$/, '').trim() });
    }
  }
  return rules;
}

/** `[DOMAIN 2.6]` citations in a test file's test names, with the name that carries each. */
export function citations(source: string): { id: string; test: string }[] {
  const found: { id: string; test: string }[] = [];
  const named = /\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  for (const match of source.matchAll(named)) {
    const name = match[2]!;
    for (const cite of name.matchAll(/\[DOMAIN ([\d.,\s]+)\]/g))
      for (const id of cite[1]!.split(/[,\s]+/).filter((x) => /^\d+\.\d+$/.test(x)))
        found.push({ id, test: name });
  }
  return found;
}

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return specFiles(full);
    return /\.spec\.ts$/.test(entry.name) ? [full] : [];
  });
}

function main() {
  const root = path.resolve(__dirname, '..', '..');
  const domain = process.env.DOMAIN_FILE ?? path.resolve(root, '..', 'shared', 'DOMAIN.md');
  if (!existsSync(domain)) {
    console.error(`cannot find DOMAIN.md at ${domain} (set DOMAIN_FILE)`);
    process.exit(2);
  }
  const rules = parseRules(readFileSync(domain, 'utf8'));
  const byRule = new Map<string, string[]>();
  for (const file of specFiles(root))
    for (const { id, test } of citations(readFileSync(file, 'utf8')))
      byRule.set(id, [...(byRule.get(id) ?? []), `${path.relative(root, file)}: ${test}`]);
  const list = process.argv.includes('--list');
  let missing = 0;
  for (const rule of rules) {
    const tests = byRule.get(rule.id) ?? [];
    if (tests.length === 0) missing++;
    console.log(
      `${tests.length ? 'proven ' : 'MISSING'}  ${rule.id.padEnd(5)} ${rule.title} (${tests.length} tests)`,
    );
    if (list) for (const t of tests) console.log(`           ${t}`);
  }
  console.log(`${rules.length - missing} of ${rules.length} rules proven by a test that names them`);
  process.exit(missing ? 1 : 0);
}

if (require.main === module) main();
