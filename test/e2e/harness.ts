import { randomBytes } from 'node:crypto';
import { startService as startApprovals } from '@care/approvals/src/app';
import { configSchema as approvalsConfig } from '@care/approvals/src/config';
import { startService as startComplaints } from '@care/complaints/src/app';
import { configSchema as complaintsConfig } from '@care/complaints/src/config';
import { startService as startLoyalty } from '@care/customers-and-loyalty/src/app';
import { configSchema as loyaltyConfig } from '@care/customers-and-loyalty/src/config';
import { startGateway, type GatewayHandle } from '@care/gateway/src/app';
import { configSchema as gatewayConfig } from '@care/gateway/src/config';
import { startService as startGovernance } from '@care/governance/src/app';
import { configSchema as governanceConfig } from '@care/governance/src/config';
import { createLogger, parseConfig, type Clock, type SubgraphHandle } from '@care/service-kit';
import {
  createTestSchema,
  dataOf,
  deleteTestStreams,
  gql,
  harnessForFile,
  startTcpProxy,
  TEST_JWT_SECRET,
  type TcpProxy,
  testServiceEnv,
  uniquePrefix,
  type TestActor,
  type TestSchema,
} from '@care/testing';

export interface System {
  /** The NATS namespace all four services publish and consume under. */
  namespace: string;
  gateway: GatewayHandle;
  subgraphs: Record<string, SubgraphHandle>;
  schemas: Record<string, TestSchema>;
  /** The TCP proxies the gateway reaches these subgraphs through (see SystemOptions.proxied). */
  proxies: Record<string, TcpProxy>;
  stop: () => Promise<void>;
}

const quiet = () => createLogger('e2e', process.env.TEST_LOG_LEVEL ?? 'silent');

/** Governance stores documents encrypted (DOMAIN 4.7): a master key of this test run. */
const DOCUMENT_KEYS = {
  DOCUMENT_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
  DOCUMENT_ACTIVE_KEY_ID: 'e2e',
};

export interface SystemOptions {
  gatewayEnv?: Record<string, string>;
  /** Settings every subgraph gets on top of the test ones (e.g. a demo clock: CLOCK_START). */
  subgraphEnv?: Record<string, string>;
  /** Receives every log line of the subgraphs (JSON, level debug and up: a request that succeeds is logged at debug). */
  subgraphLogs?: (line: string) => void;
  /** Subgraphs the gateway reaches through a TCP proxy, so a test can cut one off and restore it. */
  proxied?: string[];
  /** The clock all four subgraphs, their jobs and consumers read (e.g. a TestClock the test moves on). */
  clock?: Clock;
}

/**
 * The whole system for the tests of a file (or of a describe block): started before them, stopped after
 * them. It is filled in once it is up, so use it in tests and hooks, not while the file is being read.
 */
export function systemForFile(options: SystemOptions = {}, startTimeoutMs?: number): System {
  return harnessForFile(async () => {
    const system = await startSystem(options);
    return { ...system, close: system.stop };
  }, startTimeoutMs);
}

/** The one who reads back what `pnpm seed` wrote, through the gateway. */
export const SEED_READER: TestActor = {
  sub: 'seed-check',
  roles: ['cs_manager', 'sales', 'gm'],
  department: 'CUSTOMER_SERVICE',
};

/** Registers a customer through the gateway as the token's holder: the customer's id. */
export async function registerCustomer(
  system: System,
  token: string,
  input: { name: string; region?: string },
): Promise<string> {
  return dataOf(
    await gql<{ registerCustomer: { id: string } }>(
      system.gateway.app,
      'mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { id } }',
      { input },
      { token },
    ),
  ).registerCustomer.id;
}

/** The whole system in this process: four subgraphs on fresh schemas and ports, and the gateway over them. */
export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const gatewayEnv = options.gatewayEnv ?? {};
  const sink = options.subgraphLogs;
  const subgraphLogger = (name: string) =>
    sink ? createLogger(name, 'debug', { write: (line: string) => sink(line) }) : quiet();
  const definitions = [
    ['complaints', complaintsConfig, startComplaints],
    ['customers-and-loyalty', loyaltyConfig, startLoyalty],
    ['approvals', approvalsConfig, startApprovals],
    ['governance', governanceConfig, startGovernance],
  ] as const;
  const namespace = uniquePrefix('e2e');
  const schemas: Record<string, TestSchema> = {};
  const subgraphs: Record<string, SubgraphHandle> = {};
  for (const [name, schema, start] of definitions) {
    schemas[name] = await createTestSchema(`e2e_${name.replace(/-/g, '_')}`);
    const config = parseConfig(
      schema,
      testServiceEnv(schemas[name]!, {
        ...(name === 'governance' ? DOCUMENT_KEYS : {}),
        ...options.subgraphEnv,
        EVENTS_NAMESPACE: namespace,
      }),
    );
    subgraphs[name] = await (
      start as (
        c: typeof config,
        l: ReturnType<typeof quiet>,
        o: { clock?: Clock },
      ) => Promise<SubgraphHandle>
    )(config, subgraphLogger(name), options.clock ? { clock: options.clock } : {});
  }
  const proxies: Record<string, TcpProxy> = {};
  const gatewayUrls: Record<string, string> = {};
  for (const [name, s] of Object.entries(subgraphs)) {
    if (!options.proxied?.includes(name)) {
      gatewayUrls[name] = s.url;
      continue;
    }
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: s.port });
    proxies[name] = proxy;
    const url = new URL(s.url);
    url.port = String(proxy.port);
    gatewayUrls[name] = url.toString();
  }
  const gateway = await startGateway(
    parseConfig(gatewayConfig, {
      PORT: '0',
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ...gatewayEnv,
    }),
    quiet(),
    { subgraphUrls: gatewayUrls },
  );
  return {
    namespace,
    gateway,
    subgraphs,
    schemas,
    proxies,
    stop: async () => {
      await gateway.close();
      for (const p of Object.values(proxies)) await p.close();
      for (const s of Object.values(subgraphs)) await s.close();
      for (const s of Object.values(schemas)) await s.drop();
      await deleteTestStreams(namespace);
    },
  };
}
