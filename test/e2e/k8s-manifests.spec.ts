import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY, SUBGRAPHS, urlVar } from '@care/infra/dev/services';
import { parseConfig } from '@care/service-kit';
import { parse } from 'yaml';
import { readKustomization, readManifests, renderKustomization, type Manifest } from './kustomize';
import { ROOT } from './workspace-image';
import { CONFIG_SCHEMAS, configKeys } from './service-configs';

/**
 * No kubectl or cluster here: infra/k8s is rendered by reading its kustomizations (./kustomize) and
 * checked against the code: each service's probes, resources, non-root user, pinned image, and an
 * environment its zod config accepts, with every secret read by reference.
 */
const SERVICES = [GATEWAY, ...SUBGRAPHS];
/** Settings that carry credentials: only ever from a Secret. A sample stands in for the Secret's value. */
const SECRET_SAMPLES: Record<string, string> = {
  DATABASE_URL: 'postgres://care_role:sample-password@care-postgres-rw:5432/care',
  NATS_URL: 'nats://care:sample-password@nats:4222',
  JWT_SECRET: 'sample-secret-of-32-characters!!',
  METRICS_TOKEN: 'sample-metrics-token-32-characters',
  DOCUMENT_KEYS: `sample-1:${Buffer.alloc(32).toString('base64')}`,
  DOCUMENT_ACTIVE_KEY_ID: 'sample-1',
};

const find = (docs: Manifest[], kind: string, name: string) => {
  const doc = docs.find((d) => d.kind === kind && d.metadata.name === name);
  if (!doc) throw new Error(`no ${kind} ${name}`);
  return doc;
};

interface EnvEntry {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
}

/** The environment a container starts with: its ConfigMaps, then its own entries (secrets as samples). */
function containerEnv(
  docs: Manifest[],
  container: { envFrom?: { configMapRef: { name: string }; secretRef?: unknown }[]; env?: EnvEntry[] },
) {
  const env: Record<string, string> = {};
  const fromSecret: string[] = [];
  for (const source of container.envFrom ?? []) {
    if (source.secretRef) throw new Error('envFrom a whole Secret hides which settings are secret');
    Object.assign(env, find(docs, 'ConfigMap', source.configMapRef.name).data);
  }
  for (const entry of container.env ?? []) {
    const ref = entry.valueFrom?.secretKeyRef;
    if (ref) {
      if (ref.optional) continue;
      const sample = SECRET_SAMPLES[entry.name];
      if (!sample) throw new Error(`${entry.name} comes from a Secret: add a sample for it here`);
      env[entry.name] = sample;
      fromSecret.push(entry.name);
    } else if (entry.value !== undefined) env[entry.name] = entry.value;
    else throw new Error(`${entry.name}: only values and secretKeyRefs are used`);
  }
  return { env, fromSecret };
}

const natsValues = parse(readFileSync(path.join(ROOT, 'infra/k8s/nats/values.yaml'), 'utf8'));

describe.each(['dev', 'prod'])('infra/k8s/overlays/%s', (overlay) => {
  const docs = renderKustomization(`infra/k8s/overlays/${overlay}`);

  it('commits no Secret and no secret value: every credential is read by secretKeyRef', () => {
    expect(docs.filter((d) => d.kind === 'Secret')).toEqual([]);
    for (const d of docs.filter((x) => x.kind === 'ConfigMap')) {
      expect(Object.keys(d.data).filter((k) => k in SECRET_SAMPLES)).toEqual([]);
      expect(Object.values(d.data).filter((v) => /:\/\/[^/\s]*:[^/\s]*@/.test(String(v)))).toEqual([]);
    }
    for (const d of docs.filter((x) => x.kind === 'Deployment')) {
      for (const c of d.spec.template.spec.containers) {
        for (const e of (c.env ?? []) as EnvEntry[]) {
          if (e.name in SECRET_SAMPLES) expect(e.valueFrom?.secretKeyRef).toBeDefined();
          expect(String(e.value ?? '')).not.toMatch(/:\/\/[^/\s]*:[^/\s]*@/);
        }
      }
    }
    expect(docs.every((d) => d.metadata.namespace === (overlay === 'prod' ? 'care' : 'care-dev'))).toBe(true);
  });

  it.each(SERVICES.map((s) => [s.name, s] as const))(
    '%s: a Deployment with probes, resources, a non-root user and a pinned image',
    (name, spec) => {
      const deployment = find(docs, 'Deployment', name);
      const pod = deployment.spec.template.spec;
      expect(pod.containers).toHaveLength(1);
      const c = pod.containers[0];
      const port = c.ports.find((p: { name: string }) => p.name === 'http');
      expect(port.containerPort).toBe(spec.port);
      expect(c.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(c.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(c.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(c.resources.limits.memory).toEqual(expect.any(String));
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(c.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      const [image, tag] = String(c.image).split(/:(?=[^/:]+$)/);
      expect(image).toMatch(/\/care-graph$/);
      expect(tag).toMatch(/^[\w][\w.-]*$/);
      expect(tag).not.toBe('latest');
      // Stateless: no volume but scratch space.
      expect(pod.volumes.every((v: Record<string, unknown>) => 'emptyDir' in v)).toBe(true);
      expect(deployment.spec.replicas).toBeUndefined(); // the autoscaler owns the count
    },
  );

  it.each(SERVICES.map((s) => [s.name, s] as const))(
    '%s: a Service on its port, a HorizontalPodAutoscaler and a PodDisruptionBudget',
    (name, spec) => {
      const service = find(docs, 'Service', name);
      expect(service.spec.selector).toEqual(find(docs, 'Deployment', name).spec.selector.matchLabels);
      expect(service.spec.ports).toEqual([{ name: 'http', port: spec.port, targetPort: 'http' }]);
      const hpa = find(docs, 'HorizontalPodAutoscaler', name);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(overlay === 'prod' ? 2 : 1);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(hpa.spec.metrics[0].resource.name).toBe('cpu');
      expect(find(docs, 'PodDisruptionBudget', name).spec.selector).toEqual({
        matchLabels: service.spec.selector,
      });
    },
  );

  it.each(SERVICES.map((s) => [s.name, s] as const))(
    '%s: gets every setting its config requires, only settings it knows, and valid ones',
    (name, spec) => {
      const c = find(docs, 'Deployment', name).spec.template.spec.containers[0];
      const { env, fromSecret } = containerEnv(docs, c);
      const schema = CONFIG_SCHEMAS[name]!;
      expect(Object.keys(env).filter((k) => !configKeys(schema).includes(k))).toEqual([]);
      const config = parseConfig(schema, env) as Record<string, unknown>;
      expect(config).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: spec.port });
      expect(fromSecret).toContain('METRICS_TOKEN');
      if (spec.schema) {
        expect(config).toMatchObject({ DB_SCHEMA: spec.schema, MIGRATE_ON_START: true });
        expect(fromSecret).toEqual(expect.arrayContaining(['DATABASE_URL', 'NATS_URL']));
        const ref = (c.env as EnvEntry[]).find((e) => e.name === 'DATABASE_URL')!.valueFrom!.secretKeyRef!;
        expect(ref.name).toBe(`care-${name}`); // one Secret (one database role) per service
      }
      if (overlay === 'prod') {
        expect(config.JWT_JWKS_URL).toMatch(/^https:\/\//);
        expect(env.JWT_SECRET).toBeUndefined();
      } else {
        expect(fromSecret).toContain('JWT_SECRET');
      }
    },
  );

  it('points the gateway at each subgraph through its Service', () => {
    const c = find(docs, 'Deployment', 'gateway').spec.template.spec.containers[0];
    const { env } = containerEnv(docs, c);
    for (const spec of SUBGRAPHS) {
      const url = new URL(env[urlVar(spec.name)]!);
      const service = find(docs, 'Service', url.hostname);
      expect(service.metadata.name).toBe(spec.name);
      expect(Number(url.port)).toBe(service.spec.ports[0].port);
      expect(url.pathname).toBe('/graphql');
    }
  });

  it('replicates each stream as often as the NATS it runs against has nodes', () => {
    const data = find(docs, 'ConfigMap', 'care-subgraph').data as Record<string, string>;
    const natsNodes = overlay === 'prod' ? natsValues.config.cluster.replicas : 1;
    expect(Number(data.STREAM_REPLICAS)).toBe(natsNodes);
  });
});

describe('infra/k8s/base', () => {
  it('names the image by a placeholder every overlay pins to a tag', () => {
    const images = renderKustomization('infra/k8s/base')
      .filter((d) => d.kind === 'Deployment')
      .map((d) => d.spec.template.spec.containers[0].image);
    expect(new Set(images)).toEqual(new Set(['care-graph']));
    for (const overlay of ['dev', 'prod']) {
      const pinned = readKustomization(`infra/k8s/overlays/${overlay}`).images ?? [];
      expect(pinned).toEqual([
        { name: 'care-graph', newName: expect.stringMatching(/\/care-graph$/), newTag: expect.any(String) },
      ]);
      expect(pinned[0]!.newTag).not.toBe('latest');
    }
  });
});

describe('infra/k8s/nats/values.yaml (official NATS Helm chart)', () => {
  it('runs a 3-node JetStream cluster on persistent disks, fsync on every write', () => {
    expect(natsValues.config.cluster).toMatchObject({ enabled: true, replicas: 3 });
    expect(natsValues.config.jetstream).toMatchObject({
      enabled: true,
      fileStore: { enabled: true, pvc: { enabled: true } },
      merge: { sync_interval: 'always' },
    });
  });

  it('has the users and rights of infra/nats/auth.conf, passwords from a Secret', () => {
    const auth = readFileSync(path.join(ROOT, 'infra/nats/auth.conf'), 'utf8');
    const list = (block: string, key: string) =>
      [...(new RegExp(`${key}:\\s*\\[([^\\]]*)\\]`).exec(block)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map(
        (m) => m[1],
      );
    const partner = auth.slice(auth.indexOf('user: partner'));
    const publish = partner.slice(partner.indexOf('publish:'), partner.indexOf('subscribe:'));
    const subscribe = partner.slice(partner.indexOf('subscribe:'));
    const users = natsValues.config.merge.authorization.users as {
      user: string;
      password: string;
      permissions?: Record<string, { allow: string[]; deny: string[] }>;
    }[];
    expect(users.map((u) => u.user)).toEqual(['care', 'partner']);
    const p = users[1]!.permissions!;
    expect(p.publish).toEqual({ allow: list(publish, 'allow'), deny: list(publish, 'deny') });
    expect(p.subscribe).toEqual({ allow: list(subscribe, 'allow'), deny: list(subscribe, 'deny') });
    expect(p.publish!.allow.length).toBeGreaterThan(30);
    for (const u of users) {
      const variable = /^<< \$(\w+) >>$/.exec(u.password)?.[1];
      expect(variable).toBeDefined();
      expect(natsValues.container.env[variable!].valueFrom.secretKeyRef).toEqual({
        name: 'care-nats-users',
        key: expect.any(String),
      });
    }
  });
});

describe('infra/k8s/postgres (CloudNativePG)', () => {
  const docs = renderKustomization('infra/k8s/postgres');
  const cluster = find(docs, 'Cluster', 'care-postgres');

  it('creates the schemas and roles with the same init SQL as compose and `pnpm start`', () => {
    const init = find(docs, 'ConfigMap', 'care-postgres-init');
    expect(init.data['init.sql']).toBe(readFileSync(path.join(ROOT, 'infra/postgres/init.sql'), 'utf8'));
    expect(cluster.spec.bootstrap.initdb).toMatchObject({
      database: 'care',
      postInitApplicationSQLRefs: { configMapRefs: [{ name: 'care-postgres-init', key: 'init.sql' }] },
    });
    for (const spec of SUBGRAPHS) {
      expect(init.data['init.sql']).toContain(`('${spec.role}', '${spec.schema}')`);
    }
  });

  it('gives each service role its password from a Secret, and commits none', () => {
    const roles = cluster.spec.managed.roles as { name: string; login: boolean; passwordSecret: object }[];
    expect(roles.map((r) => r.name).sort()).toEqual(SUBGRAPHS.map((s) => s.role).sort());
    for (const r of roles)
      expect(r).toMatchObject({ login: true, passwordSecret: { name: expect.any(String) } });
    expect(JSON.stringify(cluster)).not.toMatch(/password"\s*:\s*"/i);
    expect(cluster.spec.instances).toBeGreaterThanOrEqual(3);
    expect(String(cluster.spec.imageName)).toMatch(/:\d+(\.\d+)+$/);
  });

  it('is applied alone (an overlay may use a managed Postgres instead)', () => {
    expect(readManifests('infra/k8s/postgres/cluster.yaml')).toHaveLength(1);
    for (const overlay of ['dev', 'prod']) {
      expect(renderKustomization(`infra/k8s/overlays/${overlay}`).some((d) => d.kind === 'Cluster')).toBe(
        false,
      );
    }
  });
});
