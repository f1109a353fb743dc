/**
 * `pnpm token -- --role <role> [--role <role>] [--department <dept>] [--name <name>] [--sub <id>]`
 * prints a development JWT signed with JWT_SECRET (or the development secret `pnpm start` uses).
 * `--expires` (default 8h) is at most JWT_MAX_LIFETIME_HOURS (default 12): the servers refuse longer.
 */
import { parseArgs } from 'node:util';
import { DEPARTMENTS, ROLES, type Department, type Role } from '@care/service-kit';
import { devSecret, devToken } from './dev-token';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    role: { type: 'string', multiple: true },
    department: { type: 'string' },
    name: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

const roles = values.role ?? [];
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (roles.length === 0 || unknown.length > 0) {
  process.stderr.write(
    `${unknown.length ? `Unknown role(s): ${unknown.join(', ')}\n` : 'Name at least one --role.\n'}Roles: ${ROLES.join(', ')}\n`,
  );
  process.exit(1);
}
if (values.department && !(DEPARTMENTS as readonly string[]).includes(values.department)) {
  process.stderr.write(`Unknown department ${values.department}. Departments: ${DEPARTMENTS.join(', ')}\n`);
  process.exit(1);
}

devToken(
  {
    sub: values.sub ?? `dev-${roles[0]}`,
    name: values.name ?? `Dev ${roles.join(' + ')}`,
    roles: roles as Role[],
    ...(values.department ? { department: values.department as Department } : {}),
  },
  devSecret(),
  values.expires,
)
  .then((token) => process.stdout.write(`${token}\n`))
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
