import { keysetPage } from '@care/service-kit';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { Customer, CustomerStatus, Tier } from '../domain/customer';
import type { PageRequest } from '@care/service-kit';
import type { CustomerRepository } from '../application/ports';
import { CustomerEntity } from './customer.entity';

function toDomain(row: CustomerEntity): Customer {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    region: row.region,
    tier: row.tier as Tier,
    status: row.status as CustomerStatus,
    registeredAt: row.registeredAt,
    version: row.version,
  };
}

export class TypeOrmCustomerRepository implements CustomerRepository {
  private readonly repo: Repository<CustomerEntity>;

  constructor(manager: EntityManager) {
    this.repo = manager.getRepository(CustomerEntity);
  }

  async findById(id: string): Promise<Customer | null> {
    const row = await this.repo.findOneBy({ id });
    return row ? toDomain(row) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Customer[]> {
    if (ids.length === 0) return [];
    return (await this.repo.findBy({ id: In([...ids]) })).map(toDomain);
  }

  async insert(customer: Customer): Promise<void> {
    await this.repo.insert({ ...customer });
  }

  async list(page: PageRequest): Promise<{ rows: Customer[]; totalCount: number }> {
    const { rows, totalCount } = await keysetPage(this.repo.createQueryBuilder('c'), 'registered_at', page);
    return { rows: rows.map(toDomain), totalCount };
  }
}
