import { z } from 'zod';
import { GATEWAY, SUBGRAPHS } from '../services';

const port = z
  .string()
  .regex(/^\d+$/, 'must be a port number (1-65535)')
  .transform(Number)
  .refine((n) => n >= 1 && n <= 65535, 'must be a port number (1-65535)');

const hostAndPort = z
  .string()
  .regex(/^[^\s:]*(:\d+)?$/, 'must be host:port (e.g. 127.0.0.1:5432)')
  .refine((v) => {
    const p = v.split(':')[1];
    return p === undefined || (Number(p) >= 1 && Number(p) <= 65535);
  }, 'must be host:port (e.g. 127.0.0.1:5432)');

/** The variables the launcher itself reads, checked before it starts anything. */
export const launcherSettings = z.object({
  ...Object.fromEntries([GATEWAY, ...SUBGRAPHS].map((s) => [s.portVar, port.optional()])),
  EMBEDDED_PG_PORT: port.optional(),
  LAUNCH_PG_PROBE: hostAndPort.optional(),
  LAUNCH_NATS_PROBE: hostAndPort.optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  NATS_URL: z
    .string()
    .regex(/^(nats|tls|ws|wss):\/\/[^\s]+$/, 'must be a nats:// URL')
    .optional(),
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional(),
  CARE_DATABASE: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'must be a database name (letters, digits, _)')
    .optional(),
});

/** One line per bad variable, named as the user set it; empty when all is well. */
export function settingsProblems(env: Record<string, string | undefined>): string[] {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = launcherSettings.safeParse(cleaned);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name}=${JSON.stringify(env[name])}: ${issue.message}`;
  });
}
