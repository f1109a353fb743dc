import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY, SUBGRAPHS, urlVar } from '@care/infra/dev/services';
import { parseConfig } from '@care/service-kit';
import { parse } from 'yaml';
import { CONFIG_SCHEMAS, configKeys } from './service-configs';

/**
 * No Docker engine runs here, so docker-compose.yml is kept honest by reading it: it must name every
 * service with the ports, schemas, roles and settings the code uses.
 */
const ROOT = path.resolve(__dirname, '..', '..');
interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const minimalEnv = { DATABASE_URL: 'postgres://x@h/db', JWT_SECRET: 'x'.repeat(16) };

const service = (name: string): ComposeService => {
  const s = compose.services[name];
  if (!s) throw new Error(`docker-compose.yml has no service ${name}`);
  return s;
};

describe('docker-compose.yml', () => {
  it('names Postgres, NATS, the gateway and the four subgraphs', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      [
        'approvals',
        'complaints',
        'customers-and-loyalty',
        'gateway',
        'governance',
        'nats',
        'postgres',
      ].sort(),
    );
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))(
    'runs %s on the port, schema and role of its code',
    (name, spec) => {
      const s = service(name);
      const defaults = parseConfig(CONFIG_SCHEMAS[name]!, minimalEnv) as { PORT: number; DB_SCHEMA: string };
      expect(defaults.PORT).toBe(spec.port);
      expect(s.environment?.PORT).toBe(String(defaults.PORT));
      // Published to the host's loopback only: from outside, the gateway is the one door.
      expect(s.ports).toEqual([`127.0.0.1:${defaults.PORT}:${defaults.PORT}`]);
      expect(s.environment?.DB_SCHEMA).toBe(defaults.DB_SCHEMA);
      expect(defaults.DB_SCHEMA).toBe(spec.schema);
      const db = new URL(s.environment!.DATABASE_URL!);
      expect([db.username, db.hostname, db.port, db.pathname]).toEqual([
        spec.role,
        'postgres',
        '5432',
        '/care',
      ]);
      expect(s.command).toEqual(['pnpm', '--filter', `@care/${name}`, 'start']);
      expect(s.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        nats: { condition: 'service_healthy' },
      });
      expect(s.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${spec.port}/readyz`);
    },
  );

  it.each(['complaints', 'customers-and-loyalty', 'approvals', 'governance', 'gateway'])(
    'gives %s only settings its config knows, and valid ones',
    (name) => {
      const env = service(name).environment ?? {};
      const known = configKeys(CONFIG_SCHEMAS[name]!);
      expect(Object.keys(env).filter((k) => !known.includes(k))).toEqual([]);
      expect(() => parseConfig(CONFIG_SCHEMAS[name]!, env)).not.toThrow();
    },
  );

  it('points the gateway at each subgraph by its compose name and port', () => {
    const g = service('gateway');
    const defaults = parseConfig(CONFIG_SCHEMAS.gateway!, minimalEnv) as { PORT: number };
    expect(defaults.PORT).toBe(GATEWAY.port);
    expect(g.ports).toEqual([`${GATEWAY.port}:${GATEWAY.port}`]);
    for (const spec of SUBGRAPHS) {
      expect(g.environment?.[urlVar(spec.name)]).toBe(`http://${spec.name}:${spec.port}/graphql`);
      expect(g.depends_on?.[spec.name]).toEqual({ condition: 'service_healthy' });
    }
  });

  it('listens on every interface inside the network (the default is loopback), with a token for /metrics', () => {
    for (const name of ['gateway', ...SUBGRAPHS.map((s) => s.name)]) {
      const env = service(name).environment ?? {};
      expect(parseConfig(CONFIG_SCHEMAS[name]!, minimalEnv)).toMatchObject({ HOST: '127.0.0.1' });
      expect(env.HOST).toBe('0.0.0.0');
      expect(env.NODE_ENV).toBe('production');
      expect(env.METRICS_TOKEN?.length).toBeGreaterThanOrEqual(16);
    }
  });

  it('shares one JWT secret between the gateway and every subgraph', () => {
    const secrets = new Set(
      ['gateway', ...SUBGRAPHS.map((s) => s.name)].map((n) => service(n).environment?.JWT_SECRET),
    );
    expect(secrets.size).toBe(1);
    expect([...secrets][0]!.length).toBeGreaterThanOrEqual(16);
  });

  it('provisions Postgres with the same init SQL as `pnpm start`, and NATS with JetStream and a read-only partner', () => {
    expect(service('postgres').volumes).toContain(
      './infra/postgres/init.sql:/docker-entrypoint-initdb.d/10-care.sql:ro',
    );
    expect(service('postgres').environment?.POSTGRES_DB).toBe('care');
    expect(service('nats').volumes).toContain('./infra/nats/nats.conf:/etc/nats/nats.conf:ro');
    expect(service('nats').volumes).toContain('./infra/nats/auth.conf:/etc/nats/auth.conf:ro');
    const conf = readFileSync(path.join(ROOT, 'infra', 'nats', 'nats.conf'), 'utf8');
    expect(conf).toMatch(/jetstream\s*\{[^}]*sync_interval:\s*always/);
    expect(conf).toMatch(/include \.\/auth\.conf/);
    const auth = readFileSync(path.join(ROOT, 'infra', 'nats', 'auth.conf'), 'utf8');
    const partner = auth.slice(auth.indexOf('user: partner'));
    expect(partner).toMatch(/deny:\s*\["care\.>"\]/);
    expect(partner).toMatch(/deny:\s*\["care\.dlq\.>", "care\.internal\.>"\]/);
    const natsUser = new URL(service('complaints').environment!.NATS_URL!);
    expect(natsUser.username).toBe('care');
    expect(service('nats').environment?.NATS_CARE_PASSWORD).toBe(natsUser.password);
  });

  it('checks the health of every service: Postgres and NATS their own way, the others on /readyz of their port', () => {
    for (const name of Object.keys(compose.services)) {
      expect(service(name).healthcheck?.test.length).toBeGreaterThan(1);
    }
    expect(service('postgres').healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(service('nats').healthcheck?.test.join(' ')).toContain('/healthz?js-enabled-only=true');
    for (const spec of [GATEWAY, ...SUBGRAPHS]) {
      const test = service(spec.name).healthcheck!.test;
      expect(test[0]).toBe('CMD');
      expect(test.join(' ')).toContain(
        `fetch('http://127.0.0.1:${service(spec.name).environment?.PORT}/readyz')`,
      );
      expect(service(spec.name).environment?.PORT).toBe(String(spec.port));
    }
  });

  it('publishes Postgres and NATS on loopback ports that leave a local 5432 and 4222 free', () => {
    const published = (name: string) =>
      (service(name).ports ?? []).map((p) => {
        const [host, hostPort, containerPort] = p.split(':');
        return { host, hostPort: Number(hostPort), containerPort: Number(containerPort) };
      });
    expect(published('postgres')).toEqual([{ host: '127.0.0.1', hostPort: 15432, containerPort: 5432 }]);
    expect(published('nats')).toEqual([
      { host: '127.0.0.1', hostPort: 14222, containerPort: 4222 },
      { host: '127.0.0.1', hostPort: 18222, containerPort: 8222 },
    ]);
    const hostPorts = Object.keys(compose.services).flatMap((n) => published(n).map((p) => p.hostPort));
    expect(hostPorts).not.toContain(5432);
    expect(hostPorts).not.toContain(4222);
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });
});
