import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function start(dir: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(ROOT, dir),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe('starting with a bad configuration', () => {
  it.each([
    'services/complaints',
    'services/customers-and-loyalty',
    'services/approvals',
    'services/governance',
  ])('%s prints which variable is wrong and exits 1', (dir) => {
    const { code, stderr } = start(dir, {
      DATABASE_URL: 'not a url',
      JWT_SECRET: 'long-enough-secret-123',
      PORT: 'eighty',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(stderr).toMatch(/PORT: /);
  });

  it('a subgraph without any JWT setting names JWT_SECRET', () => {
    const { code, stderr } = start('services/governance', {
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/care',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/JWT_SECRET: set JWT_SECRET \(development\) or JWT_JWKS_URL \(production\)/);
  });

  it('the gateway names a bad subgraph URL', () => {
    const { code, stderr } = start('gateway', {
      JWT_SECRET: 'long-enough-secret-123',
      COMPLAINTS_URL: 'complaints:4001',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/COMPLAINTS_URL/);
  });
});
