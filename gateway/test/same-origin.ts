/**
 * What a page asks the browser to load, read from its text: the workbench must load everything from
 * the gateway's own origin (no CDN, no web fonts, nothing when offline).
 */

/** `src` and `href` attribute values of an HTML page. */
export function htmlReferences(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]!);
}

/** The `<script>` elements of a page that run inline (no `src`, and not a JSON data block). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes]) =>
        !/\bsrc\s*=/.test(attributes!) && !/type\s*=\s*["']application\/json["']/.test(attributes!),
    )
    .map(([element]) => element);
}

/** `url(...)` values and `@import` targets of a stylesheet. */
export function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((m) => m[2]!);
  const imports = [...css.matchAll(/@import\s+(["'])([^"']*)\1/gi)].map((m) => m[2]!);
  return [...urls, ...imports];
}

/**
 * Statements of a script that load code or data from a literal absolute URL (`https://...` or
 * `//host/...`): static and dynamic imports, importScripts, workers, `src` and `url(...)` values.
 * A bundle's other URL strings (links in error messages and licences) load nothing.
 */
export function remoteLoadsInScript(js: string): string[] {
  const remote = `["'\`](?:https?:)?//`;
  const patterns = [
    new RegExp(`\\bimport\\s*\\(\\s*${remote}`, 'g'),
    new RegExp(`\\bfrom\\s*${remote}`, 'g'),
    new RegExp(`\\bimport\\s*${remote}`, 'g'),
    new RegExp(`\\bimportScripts\\s*\\(\\s*${remote}`, 'g'),
    new RegExp(`\\bnew\\s+(?:Shared)?Worker\\s*\\(\\s*${remote}`, 'g'),
    new RegExp(`\\.src\\s*=\\s*${remote}`, 'g'),
    new RegExp(`\\bsrc\\s*:\\s*${remote}`, 'g'),
    new RegExp(`url\\(\\s*(?:["'])?(?:https?:)?//`, 'g'),
    /\/\/cdn\b|fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|jsdelivr\.net|cdnjs\.|esm\.sh|embeddable-sandbox|apollo-server-landing-page/g,
  ];
  return patterns.flatMap((p) => [...js.matchAll(p)].map((m) => js.slice(m.index, m.index + 80)));
}

/** True when `reference`, read against `base`, stays on `base`'s origin (or is a `data:` URL). */
export function isSameOrigin(reference: string, base: string): boolean {
  const url = new URL(reference, base);
  return url.protocol === 'data:' || url.origin === new URL(base).origin;
}
