import type { ConsentRepository } from '../application/ports';
import type { Consent } from '../domain/consent';
import { Table, type Sql } from './sql';

const CONSENTS = new Table<Consent>(
  'consent',
  'id customerId kind granted lawfulBasis source recordedBy recordedAt',
);

export class SqlConsentRepository implements ConsentRepository {
  constructor(private readonly db: Sql) {}

  async insert(x: Consent): Promise<void> {
    await CONSENTS.insert(this.db, x);
  }

  async of(customerIds: readonly string[]): Promise<Consent[]> {
    if (customerIds.length === 0) return [];
    return CONSENTS.select(this.db, 'WHERE customer_id = ANY($1::uuid[]) ORDER BY seq', [customerIds]);
  }
}
