import type { ExampleOperation } from './collection';

/** Where the workbench's files are served from: the gateway's own origin, nothing from elsewhere. */
export const ASSET_PATH = '/workbench/assets';

/**
 * The page's Content-Security-Policy: scripts, styles, workers and requests from the gateway's own
 * origin only. Every script is a file (no inline script, so no 'unsafe-inline' for scripts); the
 * configuration travels in a JSON data block, which the browser never runs. Styles allow inline
 * because the editor (Monaco) and React set `style` attributes and add style elements at run time;
 * GraphiQL's stylesheet embeds its fonts and icons as `data:` URLs.
 */
export const WORKBENCH_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PageOptions {
  /** The GraphQL endpoint the workbench sends operations to. */
  endpoint: string;
  /** The API schema as an introspection result. */
  schemaUrl: string;
  examples: ExampleOperation[];
  /** Development only: the dev-token endpoint and the roles and departments to pick from. */
  devTokens?: { url: string; roles: readonly string[]; departments: readonly string[] };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** JSON inside a <script> data block: `<` escaped so no text can close the element. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const option = (value: string, label: string, selected = false) =>
  `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;

function devTokenControls(devTokens: NonNullable<PageOptions['devTokens']>): string {
  return `
      <label>Role
        <select id="workbench-role">${devTokens.roles.map((r) => option(r, r, r === 'analyst')).join('')}</select>
      </label>
      <label>Department
        <select id="workbench-department">${option('', '(none)')}${devTokens.departments
          .map((d) => option(d, d))
          .join('')}</select>
      </label>
      <button id="workbench-token" type="button" title="Signs a one-hour development token and puts it in the headers of the open tab">Use dev token</button>`;
}

export function renderWorkbenchPage(options: PageOptions): string {
  const config = {
    endpoint: options.endpoint,
    schemaUrl: options.schemaUrl,
    devTokenUrl: options.devTokens?.url ?? null,
    examples: options.examples.map((e) => ({
      file: e.file,
      operationName: e.operationName,
      summary: e.summary,
      roles: e.roles,
      department: e.department ?? null,
      variables: e.variables,
      source: e.source,
    })),
  };
  const examples = options.examples
    .map((e) => option(e.file, `${e.operationName} (${e.roles.join(', ')})`))
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Care Graph workbench</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${ASSET_PATH}/graphiql.css" />
    <link rel="stylesheet" href="${ASSET_PATH}/workbench.css" />
    <script id="workbench-config" type="application/json">${jsonForScript(config)}</script>
    <script defer src="${ASSET_PATH}/monaco-environment.js"></script>
    <script defer src="${ASSET_PATH}/graphiql.js"></script>
    <script defer src="${ASSET_PATH}/workbench.js"></script>
  </head>
  <body>
    <header class="workbench-bar">
      <strong>Care Graph workbench</strong>
      <label>Example
        <select id="workbench-example"><option value="">Open an example...</option>${examples}</select>
      </label>${options.devTokens ? devTokenControls(options.devTokens) : ''}
      <span id="workbench-status" role="status"></span>
    </header>
    <main id="workbench-root"><noscript>The workbench needs JavaScript.</noscript></main>
  </body>
</html>
`;
}
