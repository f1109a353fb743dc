import type { CustomerFilter, CustomerRepository, ListPage } from '../application/ports';
import type { Customer, CustomerStatus, Tier } from '../domain/customer';
import { refuse } from '@care/domain-kernel';
import { exec, one, rows, type Sql } from './sql';

const CUSTOMER_COLUMNS = `c.id, c.name, c.email, c.phone, c.region, c.birthday::text AS birthday,
  c.preferred_language, c.tags, c.representative, c.tier, c.status, c.id_document_type, c.id_document_ref,
  c.identity_verified_by, c.identity_verified_at, c.registered_at, c.version,
  coalesce(w.balance, 0) AS balance, coalesce(w.locked, 0) AS locked`;
const FROM = `customer c LEFT JOIN wallet w ON w.customer_id = c.id`;

type Row = Record<string, unknown>;

function toCustomer(r: Row): Customer {
  return {
    id: r.id as string,
    name: r.name as string,
    email: r.email as string | null,
    phone: r.phone as string | null,
    region: r.region as string | null,
    birthday: r.birthday as string | null,
    preferredLanguage: r.preferred_language as string | null,
    tags: (r.tags as string[]) ?? [],
    representative: r.representative as string | null,
    tier: r.tier as Tier,
    status: r.status as CustomerStatus,
    identity: r.identity_verified_at
      ? {
          documentType: r.id_document_type as string,
          documentReference: r.id_document_ref as string,
          verifiedBy: r.identity_verified_by as string,
          verifiedAt: new Date(r.identity_verified_at as string),
        }
      : null,
    points: { balance: Number(r.balance), locked: Number(r.locked) },
    registeredAt: new Date(r.registered_at as string),
    version: Number(r.version),
  };
}

/** The columns a customer's profile and standing fill, in the order the statements below name them. */
const profileOf = (c: Customer) => [
  c.name,
  c.email,
  c.phone,
  c.region,
  c.birthday,
  c.preferredLanguage,
  c.tags,
  c.representative,
  c.tier,
  c.status,
];

export class SqlCustomerRepository implements CustomerRepository {
  constructor(private readonly db: Sql) {}

  async findById(id: string): Promise<Customer | null> {
    return (await this.findByIds([id]))[0] ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<Customer[]> {
    if (ids.length === 0) return [];
    return (
      await rows(this.db, `SELECT ${CUSTOMER_COLUMNS} FROM ${FROM} WHERE c.id = ANY($1::uuid[])`, [ids])
    ).map(toCustomer);
  }

  async lock(id: string): Promise<Customer | null> {
    const found = await rows(
      this.db,
      `SELECT ${CUSTOMER_COLUMNS} FROM customer c JOIN wallet w ON w.customer_id = c.id WHERE c.id = $1 FOR UPDATE OF c, w`,
      [id],
    );
    return found[0] ? toCustomer(found[0]) : null;
  }

  async insert(c: Customer): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO customer (id, name, email, phone, region, birthday, preferred_language, tags, representative,
         tier, status, registered_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1)`,
      [c.id, ...profileOf(c), c.registeredAt],
    );
    await exec(this.db, `INSERT INTO wallet (customer_id) VALUES ($1)`, [c.id]);
  }

  async save(c: Customer, version: number): Promise<Customer> {
    const saved = await rows<{ version: number }>(
      this.db,
      `WITH saved AS (
         UPDATE customer SET name = $2, email = $3, phone = $4, region = $5, birthday = $6, preferred_language = $7,
           tags = $8, representative = $9, tier = $10, status = $11, id_document_type = $12, id_document_ref = $13,
           identity_verified_by = $14, identity_verified_at = $15, version = version + 1
         WHERE id = $1 AND version = $16 RETURNING version)
       SELECT version FROM saved`,
      [
        c.id,
        ...profileOf(c),
        c.identity?.documentType ?? null,
        c.identity?.documentReference ?? null,
        c.identity?.verifiedBy ?? null,
        c.identity?.verifiedAt ?? null,
        version,
      ],
    );
    if (!saved[0])
      throw refuse.conflict(`Customer ${c.id} changed since version ${version}: reload and try again`, {
        id: c.id,
      });
    return { ...c, version: Number(saved[0].version) };
  }

  async list(filter: CustomerFilter, page: ListPage): Promise<{ rows: Customer[]; totalCount: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.tier) add('c.tier = ?', filter.tier);
    if (filter.status) add('c.status = ?', filter.status);
    if (filter.region) add('c.region = ?', filter.region.trim().toUpperCase());
    if (filter.tag) add('c.tags @> ARRAY[?]::text[]', filter.tag.trim().toLowerCase());
    if (filter.search) add(`c.name ILIKE ?`, `%${filter.search.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = [...params];
    if (page.after) {
      params.push(page.after.at, page.after.id);
      where.push(`(c.registered_at, c.id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(page.size + 1);
    const found = await rows(
      this.db,
      `SELECT ${CUSTOMER_COLUMNS} FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.registered_at, c.id LIMIT $${params.length}`,
      params,
    );
    if (!page.count) return { rows: found.map(toCustomer), totalCount: 0 };
    const { n } = await one<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM customer c ${countWhere}`,
      countParams,
    );
    return { rows: found.map(toCustomer), totalCount: n };
  }
}
