import type { ConsentRepository } from '../application/ports';
import type { Consent } from '../domain/consent';
import { exec, rows, type Sql } from './sql';

export class SqlConsentRepository implements ConsentRepository {
  constructor(private readonly db: Sql) {}

  async insert(x: Consent): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO consent (id, customer_id, kind, granted, lawful_basis, source, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [x.id, x.customerId, x.kind, x.granted, x.lawfulBasis, x.source, x.recordedBy, x.recordedAt],
    );
  }

  async of(customerIds: readonly string[]): Promise<Consent[]> {
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
}
