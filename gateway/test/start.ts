import { createLogger, parseConfig } from '@care/service-kit';
import { TEST_JWT_SECRET } from '@care/testing';
import { startGateway, type GatewayHandle } from '../src/app';
import { configSchema } from '../src/config';

/** Nothing listens here (the discard port): every subgraph of a gateway started by `startLoneGateway` is down. */
const DEAD_URL = 'http://127.0.0.1:9/graphql';

/**
 * The gateway alone, its subgraphs unreachable: enough for what the gateway answers by itself (its HTTP
 * edge, parse and validation, `__typename`), without a database.
 */
export async function startLoneGateway(env: Record<string, string> = {}): Promise<GatewayHandle> {
  return startGateway(
    parseConfig(configSchema, {
      PORT: '0',
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ...env,
    }),
    createLogger('gateway-test', 'silent'),
    {
      subgraphUrls: {
        complaints: DEAD_URL,
        'customers-and-loyalty': DEAD_URL,
        approvals: DEAD_URL,
        governance: DEAD_URL,
      },
    },
  );
}
