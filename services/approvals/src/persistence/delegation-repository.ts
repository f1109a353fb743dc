import { refuse, type Department } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import type { EntityManager } from 'typeorm';
import type { DelegationRepository } from '../application/ports';
import type { ApprovalType, Authority } from '../domain/authority-matrix';
import type { Delegation } from '../domain/delegation';

interface Row {
  id: string;
  delegator: string;
  delegate: string;
  authority: string;
  department: string | null;
  business_types: string[];
  max_amount: string | null;
  starts_at: Date;
  ends_at: Date;
  document_reference: string;
  signed_by: string;
  recorded_at: Date;
  ended_at: Date | null;
  ended_by: string | null;
  version: number;
}

const toDomain = (r: Row): Delegation => ({
  id: r.id,
  delegator: r.delegator,
  delegate: r.delegate,
  authority: r.authority as Authority,
  department: r.department as Department | null,
  businessTypes: r.business_types as ApprovalType[],
  maxAmount: r.max_amount === null ? null : new Decimal(r.max_amount).toFixed(2),
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  documentReference: r.document_reference,
  signedBy: r.signed_by,
  recordedAt: r.recorded_at,
  endedAt: r.ended_at,
  endedBy: r.ended_by,
  version: r.version,
});

export class SqlDelegationRepository implements DelegationRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(d: Delegation): Promise<void> {
    await this.manager.query(
      `INSERT INTO delegation (id, delegator, delegate, authority, department, business_types, max_amount,
         starts_at, ends_at, document_reference, signed_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        d.id,
        d.delegator,
        d.delegate,
        d.authority,
        d.department,
        d.businessTypes,
        d.maxAmount,
        d.startsAt,
        d.endsAt,
        d.documentReference,
        d.signedBy,
        d.recordedAt,
      ],
    );
  }

  async lockById(id: string): Promise<Delegation | null> {
    const rows: Row[] = await this.manager.query(`SELECT * FROM delegation WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toDomain(rows[0]) : null;
  }

  /** What changes on a delegation is its end: the rest is fixed when it is recorded. */
  async update(d: Delegation, expectedVersion: number): Promise<Delegation> {
    const [, affected] = (await this.manager.query(
      `UPDATE delegation SET ended_at = $2, ended_by = $3, version = version + 1 WHERE id = $1 AND version = $4`,
      [d.id, d.endedAt, d.endedBy, expectedVersion],
    )) as [unknown, number];
    if (affected !== 1)
      throw refuse.conflict('the delegation was changed by someone else meanwhile', { id: d.id });
    return { ...d, version: expectedVersion + 1 };
  }

  async activeFor(delegate: string, at: Date): Promise<Delegation[]> {
    const rows: Row[] = await this.manager.query(
      `SELECT * FROM delegation
        WHERE delegate = $1 AND ended_at IS NULL AND starts_at <= $2 AND ends_at > $2
        ORDER BY starts_at`,
      [delegate, at],
    );
    return rows.map(toDomain);
  }

  async list(filter: { activeAt?: Date | null }): Promise<Delegation[]> {
    const rows: Row[] = filter.activeAt
      ? await this.manager.query(
          `SELECT * FROM delegation WHERE ended_at IS NULL AND starts_at <= $1 AND ends_at > $1 ORDER BY starts_at, id`,
          [filter.activeAt],
        )
      : await this.manager.query(`SELECT * FROM delegation ORDER BY starts_at DESC, id LIMIT 500`);
    return rows.map(toDomain);
  }

  async notEndedNaming(authority: Authority, people: readonly string[]): Promise<Delegation[]> {
    const rows: Row[] = await this.manager.query(
      `SELECT * FROM delegation
        WHERE ended_at IS NULL AND authority = $1 AND (delegator = ANY($2::text[]) OR delegate = ANY($2::text[]))
        ORDER BY starts_at, id`,
      [authority, people],
    );
    return rows.map(toDomain);
  }

  async lockPeople(people: readonly string[]): Promise<void> {
    for (const person of [...new Set(people)].sort())
      await this.manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('approvals.delegation'), hashtext($1))`,
        [person],
      );
  }
}
