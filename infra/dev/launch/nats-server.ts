import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The accounts compose's NATS has: `care` for the services, `partner` limited to reading `care.>`. */
export const AUTH_CONF = path.resolve(__dirname, '..', '..', 'nats', 'auth.conf');

/** Compose's development passwords, unless NATS_CARE_PASSWORD / NATS_PARTNER_PASSWORD say otherwise. */
export function natsPasswords(env: Record<string, string | undefined>) {
  return {
    care: env.NATS_CARE_PASSWORD || 'care-nats-dev',
    partner: env.NATS_PARTNER_PASSWORD || 'partner-nats-dev',
  };
}

/**
 * Writes the configuration of the launcher's own nats-server into `dir`: JetStream stored there, and
 * the very auth.conf compose mounts (copied next to it, as `include` is relative to the file), so the
 * partner user documented for compose can be tried under `pnpm start`. Compose's nats.conf itself is
 * not reused: it sets container paths and options an older local nats-server refuses. Host and port
 * go on the command line. Returns the file's path.
 */
export function writeNatsConfig(dir: string): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(AUTH_CONF, path.join(dir, 'auth.conf'));
  const file = path.join(dir, 'nats.conf');
  writeFileSync(
    file,
    [
      '# Written by `pnpm start` at every start: edit infra/nats/auth.conf instead.',
      `jetstream { store_dir: ${JSON.stringify(dir)} }`,
      'include ./auth.conf',
      '',
    ].join('\n'),
  );
  return file;
}

/** A nats:// URL with the user's credentials in it. */
export function natsUrl(host: string, port: number, user: string, password: string): string {
  return `nats://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}`;
}
