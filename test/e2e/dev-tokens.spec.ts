import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DEV_JWT_SECRET, devToken } from '@care/infra/dev/dev-token';
import { createTokenVerifier } from '@care/service-kit';

/** The development tokens (`pnpm token`, `pnpm seed`) are ones the running system accepts: they expire within the cap. */
const ROOT = path.resolve(__dirname, '..', '..');
const verify = createTokenVerifier({ secret: DEV_JWT_SECRET, issuer: 'care-graph', audience: 'care-graph' });
const actor = { sub: 'dev-cs_manager', name: 'Dev', roles: ['cs_manager' as const] };

function claimsOf(token: string): { iat: number; exp: number } {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
    iat: number;
    exp: number;
  };
}

describe('development tokens', () => {
  it('expire within the 12-hour cap, and the servers accept them', async () => {
    for (const expiresIn of [undefined, '2h', '12h']) {
      const token = await devToken(actor, DEV_JWT_SECRET, expiresIn);
      const { iat, exp } = claimsOf(token);
      expect(exp - iat).toBeLessThanOrEqual(12 * 3_600);
      await expect(verify(token)).resolves.toMatchObject({ sub: 'dev-cs_manager' });
    }
  });

  it('are not minted for longer than the cap', async () => {
    await expect(devToken(actor, DEV_JWT_SECRET, '13h')).rejects.toThrow(/at most 12 hours/);
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'infra/dev/token.ts', '--role', 'cs_manager', '--expires', '30d'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/at most 12 hours/);
    expect(cli.stdout).toBe('');
  });
});
