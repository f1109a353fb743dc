import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEPARTMENTS, ROLES, type Department, type Role } from '@care/service-kit/stateless';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';

/**
 * The example operations in `docs/queries/*.graphql`, shown as tabs in the workbench and run by
 * test/e2e/query-collection.spec.ts. Each file holds one named operation and starts with comments:
 *
 *   # For <who>: <what it answers>.          (first line, required)
 *   # Roles: analyst                          (the token's roles, required, comma-separated)
 *   # Department: CUSTOMER_SERVICE            (the token's department, optional)
 *   # Variables: {"from": "2026-01-01T00:00:00+08:00"}   (example values, optional JSON)
 *
 * and any further comment lines that explain it.
 */
export const QUERIES_DIR = path.resolve(__dirname, '..', '..', '..', 'docs', 'queries');

export interface VariableDefinition {
  name: string;
  /** The variable's type as written, e.g. `String!`. */
  type: string;
  required: boolean;
  hasDefault: boolean;
}

export interface ExampleOperation {
  /** The file name, e.g. `complaint-detail.graphql`. */
  file: string;
  operationName: string;
  /** The first comment line without its `#`: who the operation is for and what it answers. */
  summary: string;
  roles: Role[];
  department?: Department;
  /** Example values for the variables (the file's `# Variables:` line), or `{}`. */
  variables: Record<string, unknown>;
  variableDefinitions: VariableDefinition[];
  /** The whole file, comments included: what the workbench shows in the tab. */
  source: string;
}

export interface QueryCollection {
  operations: ExampleOperation[];
  /** One line per file that could not be read: the file is left out of `operations`. */
  problems: string[];
}

const header = (lines: string[], key: string): string | undefined =>
  lines
    .map((l) => new RegExp(`^#\\s*${key}:\\s*(.+)$`, 'i').exec(l))
    .find(Boolean)?.[1]
    ?.trim();

export function parseExampleOperation(file: string, source: string): ExampleOperation {
  const lines = source.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('#'));
  const comments = end < 0 ? lines : lines.slice(0, end);
  const first = lines[0] ?? '';
  if (!/^#\s*For\s+\S.*:\s*\S/.test(first))
    throw new Error('must start with a comment "# For <who>: <what it answers>"');

  const roles = (header(comments, 'Roles') ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  if (roles.length === 0) throw new Error('needs a "# Roles: <role>[, <role>]" comment line');
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new Error(`unknown role(s) in "# Roles:": ${unknown.join(', ')}`);

  const department = header(comments, 'Department');
  if (department !== undefined && !(DEPARTMENTS as readonly string[]).includes(department))
    throw new Error(`unknown department in "# Department:": ${department}`);

  const variablesText = header(comments, 'Variables');
  let variables: Record<string, unknown> = {};
  if (variablesText !== undefined) {
    const parsed: unknown = JSON.parse(variablesText);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('"# Variables:" must be a JSON object');
    variables = parsed as Record<string, unknown>;
  }

  const document = parse(source);
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1 || document.definitions.length !== 1)
    throw new Error('must hold exactly one operation (and no fragments)');
  const operation = operations[0]!;
  if (!operation.name) throw new Error('the operation needs a name: it becomes the tab title');

  return {
    file,
    operationName: operation.name.value,
    summary: first.replace(/^#\s*/, ''),
    roles: roles as Role[],
    ...(department ? { department: department as Department } : {}),
    variables,
    variableDefinitions: (operation.variableDefinitions ?? []).map((v) => ({
      name: v.variable.name.value,
      type: print(v.type),
      required: v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue,
      hasDefault: Boolean(v.defaultValue),
    })),
    source,
  };
}

/** Every `*.graphql` file of `dir`, in file-name order; a missing folder is an empty collection. */
export function readQueryCollection(dir: string = QUERIES_DIR): QueryCollection {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
  } catch {
    return { operations: [], problems: [] };
  }
  const operations: ExampleOperation[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      operations.push(parseExampleOperation(file, readFileSync(path.join(dir, file), 'utf8')));
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { operations, problems };
}
