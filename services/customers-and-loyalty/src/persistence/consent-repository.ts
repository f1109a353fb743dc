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

  of(customerIds: readonly string[]): Promise<Consent[]> {
    return CONSENTS.whereAny(this.db, 'customer_id', customerIds, 'ORDER BY seq');
  }
}
