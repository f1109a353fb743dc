import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { dataOf, deleteTestStreams, expectEventually, gql, TEST_NATS_URL, uniquePrefix } from '@care/testing';
import { signToken } from '@care/service-kit';

const ROOT = path.resolve(__dirname, '..', '..');
const SECRET = 'launcher-test-secret-0123456789';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let launcher: ChildProcess;
let output = '';
let dataDir: string;
let gatewayUrl: string;
const namespace = uniquePrefix('launch');

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-launch-'));
  chmodSync(dataDir, 0o755);
  const [pg, gw, c, l, a, g, closed] = await Promise.all(Array.from({ length: 7 }, freePort));
  gatewayUrl = `http://127.0.0.1:${gw}`;
  launcher = spawn(process.execPath, ['--import', 'tsx', 'infra/dev/launch.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      // Nothing configured and nothing answering where the launcher probes for Postgres:
      LAUNCH_PG_PROBE: `127.0.0.1:${closed}`,
      EMBEDDED_PG_PORT: String(pg),
      CARE_DATA_DIR: dataDir,
      NATS_URL: TEST_NATS_URL,
      EVENTS_NAMESPACE: namespace,
      STREAM_MAX_BYTES: String(32 * 1024 ** 2),
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: String(gw),
      COMPLAINTS_PORT: String(c),
      CUSTOMERS_AND_LOYALTY_PORT: String(l),
      APPROVALS_PORT: String(a),
      GOVERNANCE_PORT: String(g),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launcher.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  launcher.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Care Graph is up')) {
        clearInterval(timer);
        resolve();
      } else if (launcher.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`the launcher exited (${launcher.exitCode}):\n${output}`));
      }
    }, 200);
  });
}, 240_000);

afterAll(async () => {
  if (launcher && launcher.exitCode === null) {
    launcher.kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
  await deleteTestStreams(namespace);
});

describe('pnpm start with no database configured or answering', () => {
  it('runs the whole system on an embedded Postgres, and a query through the gateway works', async () => {
    expect(output).toContain('starting an embedded Postgres');
    const token = await signToken(
      { sub: 'u1', name: 'Launcher Test', roles: ['cs_manager'] },
      { secret: SECRET },
    );
    const customer = dataOf(
      await gql<{ registerCustomer: { id: string } }>(
        gatewayUrl,
        `mutation { registerCustomer(input: { name: "Embedded" }) { id } }`,
        {},
        { token },
      ),
    ).registerCustomer;
    await expectEventually(async () =>
      dataOf(
        await gql(
          gatewayUrl,
          `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: EMAIL, description: "x" }) { number } }`,
          { c: customer.id },
          { token },
        ),
      ),
    );
    const joined = dataOf(
      await gql<{ complaints: { edges: { node: { customer: { name: string } } }[] } }>(
        gatewayUrl,
        `{ complaints { edges { node { customer { name } } } } }`,
        {},
        { token },
      ),
    );
    expect(joined.complaints.edges).toEqual([{ node: { customer: { name: 'Embedded' } } }]);
  });

  it('stops everything cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
    launcher.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('stopping the embedded Postgres');
    expect(output).toMatch(/\[launcher\] stopped/);
  });
});
