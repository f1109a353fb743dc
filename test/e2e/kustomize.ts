import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ROOT } from './workspace-image';

/**
 * The part of `kustomize build` infra/k8s uses, so the manifests can be checked without kubectl:
 * resources (files and folders), namespace, configMapGenerator (literals, files, merge), images and
 * JSON 6902 patches by kind/name. A kustomization using anything else fails here, so the check never
 * silently skips what it does not understand. ConfigMap names keep no hash suffix.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Manifest = Record<string, any> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [k: string]: any };
};

interface Kustomization {
  resources?: string[];
  namespace?: string;
  configMapGenerator?: {
    name: string;
    behavior?: 'create' | 'merge' | 'replace';
    literals?: string[];
    files?: string[];
    options?: Record<string, unknown>;
  }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { target: { kind?: string; name?: string }; patch: string }[];
}

const KNOWN = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'configMapGenerator',
  'images',
  'patches',
]);

export function readKustomization(dir: string): Kustomization {
  const file = path.join(ROOT, dir, 'kustomization.yaml');
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  const k = docs[0]!.toJS() as Kustomization & Record<string, unknown>;
  const unknown = Object.keys(k).filter((key) => !KNOWN.has(key));
  if (unknown.length) throw new Error(`${dir}/kustomization.yaml: unsupported ${unknown.join(', ')}`);
  return k;
}

export function readManifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(path.join(ROOT, file), 'utf8'))
    .map((d) => d.toJS({ merge: true }) as Manifest | null)
    .filter((d): d is Manifest => d !== null);
}

function pointer(doc: any, jsonPath: string): [any, string] {
  const parts = jsonPath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = parts.pop()!;
  let node = doc;
  for (const p of parts) {
    node = node?.[Array.isArray(node) ? Number(p) : p];
    if (node === undefined) throw new Error(`patch path ${jsonPath} does not exist`);
  }
  return [node, last];
}

function applyJsonPatch(doc: Manifest, ops: { op: string; path: string; value?: unknown }[]) {
  for (const { op, path: p, value } of ops) {
    const [parent, key] = pointer(doc, p);
    const copy = structuredClone(value);
    if (op === 'add' && Array.isArray(parent)) {
      if (key === '-') parent.push(copy);
      else parent.splice(Number(key), 0, copy);
    } else if (op === 'add' || op === 'replace') {
      if (op === 'replace' && !(key in parent)) throw new Error(`patch replaces missing ${p}`);
      parent[key] = copy;
    } else if (op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else throw new Error(`unsupported patch op ${op}`);
  }
}

function eachContainer(doc: Manifest, fn: (c: any) => void) {
  const spec = doc.spec?.template?.spec ?? doc.spec?.jobTemplate?.spec?.template?.spec;
  for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) fn(c);
}

/** `kustomize build <dir>` for the features above, as parsed objects. */
export function renderKustomization(dir: string): Manifest[] {
  const k = readKustomization(dir);
  const out: Manifest[] = [];
  for (const resource of k.resources ?? []) {
    const rel = path.posix.join(dir, resource);
    const full = path.join(ROOT, rel);
    if (!existsSync(full)) throw new Error(`${dir}: resource ${resource} does not exist`);
    out.push(...(statSync(full).isDirectory() ? renderKustomization(rel) : readManifests(rel)));
  }
  for (const gen of k.configMapGenerator ?? []) {
    const data: Record<string, string> = {};
    for (const literal of gen.literals ?? []) {
      const at = literal.indexOf('=');
      data[literal.slice(0, at)] = literal.slice(at + 1);
    }
    for (const file of gen.files ?? []) {
      data[path.posix.basename(file)] = readFileSync(path.join(ROOT, dir, file), 'utf8');
    }
    const existing = out.find((d) => d.kind === 'ConfigMap' && d.metadata.name === gen.name);
    if (gen.behavior === 'merge' || gen.behavior === 'replace') {
      if (!existing) throw new Error(`${dir}: ${gen.behavior} of missing ConfigMap ${gen.name}`);
      existing.data = gen.behavior === 'merge' ? { ...existing.data, ...data } : data;
    } else {
      if (existing) throw new Error(`${dir}: ConfigMap ${gen.name} generated twice`);
      out.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: gen.name }, data });
    }
  }
  for (const patch of k.patches ?? []) {
    const targets = out.filter(
      (d) =>
        (!patch.target.kind || d.kind === patch.target.kind) &&
        (!patch.target.name || d.metadata.name === patch.target.name),
    );
    if (targets.length === 0) throw new Error(`${dir}: a patch matches nothing`);
    const ops = parseAllDocuments(patch.patch)[0]!.toJS() as { op: string; path: string; value?: unknown }[];
    targets.forEach((t) => applyJsonPatch(t, ops));
  }
  for (const image of k.images ?? []) {
    for (const doc of out) {
      eachContainer(doc, (c) => {
        const [name] = String(c.image).split(':');
        if (name !== image.name) return;
        c.image = `${image.newName ?? name}${image.newTag ? `:${image.newTag}` : ''}`;
      });
    }
  }
  if (k.namespace) for (const doc of out) doc.metadata.namespace = k.namespace;
  return out;
}
