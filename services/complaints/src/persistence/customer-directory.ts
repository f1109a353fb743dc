import type { EntityManager } from 'typeorm';
import type { CustomerDirectory } from '../application/ports';

/** The `known_customer` projection (loyalty's registered customers). */
export class SqlCustomerDirectory implements CustomerDirectory {
  constructor(private readonly manager: EntityManager) {}

  async isKnown(customerId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(`SELECT 1 FROM known_customer WHERE customer_id = $1`, [
      customerId,
    ]);
    return rows.length > 0;
  }

  async record(customerId: string, registeredAt: Date): Promise<void> {
    await this.manager.query(
      `INSERT INTO known_customer (customer_id, registered_at) VALUES ($1, $2)
       ON CONFLICT (customer_id) DO NOTHING`,
      [customerId, registeredAt],
    );
  }
}
