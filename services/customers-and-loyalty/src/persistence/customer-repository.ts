import type { PageRequest } from '@care/service-kit';
import type { Consent, CustomerFilter, CustomerRepository } from '../application/ports';
import type { Customer, CustomerStatus, Tier } from '../domain/customer';
import type { CustomerChange } from '../domain/customer-change';
import type { Freeze } from '../domain/freeze';
import { dateOrNull, exec, one, rows, type Sql } from './sql';

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

function toChange(r: Row): CustomerChange {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    changes: r.changes as CustomerChange['changes'],
    idDocumentReference: r.id_document_ref as string,
    status: r.status as CustomerChange['status'],
    enteredBy: r.entered_by as string,
    submittedAt: new Date(r.submitted_at as string),
    dueAt: new Date(r.due_at as string),
    reviewedBy: r.reviewed_by as string | null,
    answeredAt: dateOrNull(r.answered_at),
    onTime: r.on_time as boolean | null,
    rejectionReason: r.rejection_reason as string | null,
  };
}

function toFreeze(r: Row): Freeze {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    source: r.source as Freeze['source'],
    complaintId: r.complaint_id as string | null,
    reason: r.reason as string,
    reportedAt: new Date(r.reported_at as string),
    freezeDueAt: new Date(r.freeze_due_at as string),
    frozenAt: new Date(r.frozen_at as string),
    frozenBy: r.frozen_by as string,
    frozenOnTime: r.frozen_on_time as boolean,
    investigationDueAt: new Date(r.investigation_due_at as string),
    major: r.major as boolean,
    unfrozenAt: dateOrNull(r.unfrozen_at),
    unfrozenBy: r.unfrozen_by as string | null,
    unfreezeReason: r.unfreeze_reason as string | null,
  };
}

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
      [
        c.id,
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
        c.registeredAt,
      ],
    );
    await exec(this.db, `INSERT INTO wallet (customer_id) VALUES ($1)`, [c.id]);
  }

  async update(c: Customer): Promise<void> {
    await exec(
      this.db,
      `UPDATE customer SET name = $2, email = $3, phone = $4, region = $5, birthday = $6, preferred_language = $7,
         tags = $8, representative = $9, tier = $10, status = $11, id_document_type = $12, id_document_ref = $13,
         identity_verified_by = $14, identity_verified_at = $15, version = version + 1
       WHERE id = $1`,
      [
        c.id,
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
        c.identity?.documentType ?? null,
        c.identity?.documentReference ?? null,
        c.identity?.verifiedBy ?? null,
        c.identity?.verifiedAt ?? null,
      ],
    );
  }

  async list(filter: CustomerFilter, page: PageRequest): Promise<{ rows: Customer[]; totalCount: number }> {
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
    const { n } = await one<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM customer c ${countWhere}`,
      countParams,
    );
    return { rows: found.map(toCustomer), totalCount: n };
  }

  async insertConsent(x: Consent): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO consent (id, customer_id, kind, granted, lawful_basis, source, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [x.id, x.customerId, x.kind, x.granted, x.lawfulBasis, x.source, x.recordedBy, x.recordedAt],
    );
  }

  async consentsOf(customerIds: readonly string[]): Promise<Consent[]> {
    if (customerIds.length === 0) return [];
    return (
      await rows(this.db, `SELECT * FROM consent WHERE customer_id = ANY($1::uuid[]) ORDER BY seq`, [
        customerIds,
      ])
    ).map((r) => ({
      id: r.id as string,
      customerId: r.customer_id as string,
      kind: r.kind as Consent['kind'],
      granted: r.granted as boolean,
      lawfulBasis: r.lawful_basis as string | null,
      source: r.source as string | null,
      recordedBy: r.recorded_by as string,
      recordedAt: new Date(r.recorded_at as string),
    }));
  }

  async insertChange(x: CustomerChange): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO customer_change (id, customer_id, changes, id_document_ref, status, entered_by, submitted_at, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        x.id,
        x.customerId,
        JSON.stringify(x.changes),
        x.idDocumentReference,
        x.status,
        x.enteredBy,
        x.submittedAt,
        x.dueAt,
      ],
    );
  }

  async findChange(id: string, lock = false): Promise<CustomerChange | null> {
    const found = await rows(
      this.db,
      `SELECT * FROM customer_change WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return found[0] ? toChange(found[0]) : null;
  }

  async updateChange(x: CustomerChange): Promise<void> {
    await exec(
      this.db,
      `UPDATE customer_change SET status = $2, reviewed_by = $3, answered_at = $4, on_time = $5, rejection_reason = $6
       WHERE id = $1`,
      [x.id, x.status, x.reviewedBy, x.answeredAt, x.onTime, x.rejectionReason],
    );
  }

  async insertFreeze(f: Freeze): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO account_freeze (id, customer_id, source, complaint_id, reason, reported_at, freeze_due_at, frozen_at,
         frozen_by, frozen_on_time, investigation_due_at, major)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        f.id,
        f.customerId,
        f.source,
        f.complaintId,
        f.reason,
        f.reportedAt,
        f.freezeDueAt,
        f.frozenAt,
        f.frozenBy,
        f.frozenOnTime,
        f.investigationDueAt,
        f.major,
      ],
    );
  }

  async closeOpenFreezes(customerId: string, at: Date, by: string, reason: string): Promise<Freeze[]> {
    return (
      await rows(
        this.db,
        `WITH closed AS (
           UPDATE account_freeze SET unfrozen_at = $2, unfrozen_by = $3, unfreeze_reason = $4
           WHERE customer_id = $1 AND unfrozen_at IS NULL RETURNING *)
         SELECT * FROM closed ORDER BY frozen_at`,
        [customerId, at, by, reason],
      )
    ).map(toFreeze);
  }

  async freezeByComplaint(complaintId: string): Promise<Freeze | null> {
    const found = await rows(this.db, `SELECT * FROM account_freeze WHERE complaint_id = $1`, [complaintId]);
    return found[0] ? toFreeze(found[0]) : null;
  }

  async freezesOf(customerIds: readonly string[]): Promise<Freeze[]> {
    if (customerIds.length === 0) return [];
    return (
      await rows(
        this.db,
        `SELECT * FROM account_freeze WHERE customer_id = ANY($1::uuid[]) ORDER BY frozen_at`,
        [customerIds],
      )
    ).map(toFreeze);
  }
}
