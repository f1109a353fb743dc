import { randomBytes } from 'node:crypto';
import { migrateAll } from '@care/infra/dev/migrate';
import { ADMIN_DATABASE_URL, withClient, withCredentials, withDatabase } from '@care/testing';

const database = `care_iso_${randomBytes(4).toString('hex')}`;
let urls: Record<string, string>;

/** Runs `fn` connected as the role (and to the database) the URL names. */
const asRole = withClient;

beforeAll(async () => {
  urls = await migrateAll(ADMIN_DATABASE_URL, database);
});

afterAll(async () => {
  await asRole(ADMIN_DATABASE_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
});

describe('least-privilege database roles', () => {
  it('gives each service a role that works in its own schema', async () => {
    const count = await asRole(urls['customers-and-loyalty']!, (c) =>
      c.query('SELECT count(*)::int AS n FROM customer'),
    );
    expect(count.rows).toEqual([{ n: 0 }]);
    const path = await asRole(urls.complaints!, (c) => c.query('SHOW search_path'));
    expect(path.rows[0].search_path).toBe('complaints');
  });

  it.each([
    ['complaints', 'loyalty.customer'],
    ['customers-and-loyalty', 'complaints.complaint'],
    ['approvals', 'governance.audit_entry'],
    ['governance', 'approvals.approval_request'],
  ])('refuses the %s role when it reads %s of another service', async (service, table) => {
    await expect(asRole(urls[service]!, (c) => c.query(`SELECT * FROM ${table}`))).rejects.toThrow(
      /permission denied for schema/,
    );
  });

  it('refuses a service role that tries to create tables outside its schema or new schemas', async () => {
    await expect(
      asRole(urls.complaints!, (c) => c.query('CREATE TABLE public.sneaky (id int)')),
    ).rejects.toThrow(/permission denied/);
    await expect(asRole(urls.complaints!, (c) => c.query('CREATE SCHEMA sneaky'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('provisions idempotently: a second run changes nothing and fails nothing', async () => {
    const again = await migrateAll(ADMIN_DATABASE_URL, database);
    expect(again).toEqual(urls);
    expect(new URL(urls.approvals!).username).toBe('care_approvals');
    expect(
      withCredentials(withDatabase(ADMIN_DATABASE_URL, database), 'care_approvals', 'care_approvals'),
    ).toBe(urls.approvals);
  });
});
