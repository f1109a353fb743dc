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
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  createTestSchema,
  deleteTestStreams,
  TEST_JWT_SECRET,
  testServiceEnv,
  uniquePrefix,
  type TestSchema,
} from '@care/testing';

export interface System {
  /** The NATS namespace all four services publish and consume under. */
  namespace: string;
  gateway: GatewayHandle;
  subgraphs: Record<string, SubgraphHandle>;
  schemas: Record<string, TestSchema>;
  stop: () => Promise<void>;
}

const quiet = () => createLogger('e2e', process.env.TEST_LOG_LEVEL ?? 'silent');

export interface SystemOptions {
  gatewayEnv?: Record<string, string>;
  /** Receives every log line of the subgraphs (JSON, level info and up). */
  subgraphLogs?: (line: string) => void;
}

/** The whole system in this process: four subgraphs on fresh schemas and ports, and the gateway over them. */
export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const gatewayEnv = options.gatewayEnv ?? {};
  const sink = options.subgraphLogs;
  const subgraphLogger = (name: string) =>
    sink ? createLogger(name, 'info', { write: (line: string) => sink(line) }) : quiet();
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
    const config = parseConfig(schema, testServiceEnv(schemas[name]!, { EVENTS_NAMESPACE: namespace }));
    subgraphs[name] = await (
      start as (c: typeof config, l: ReturnType<typeof quiet>) => Promise<SubgraphHandle>
    )(config, subgraphLogger(name));
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
    { subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.url])) },
  );
  return {
    namespace,
    gateway,
    subgraphs,
    schemas,
    stop: async () => {
      await gateway.close();
      for (const s of Object.values(subgraphs)) await s.close();
      for (const s of Object.values(schemas)) await s.drop();
      await deleteTestStreams(namespace);
    },
  };
}
