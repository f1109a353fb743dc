import { keysetPage, type PageRequest } from '@care/service-kit';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { ComplaintFilter, ComplaintRepository, NumberSequence } from '../application/ports';
import type { Channel, Complaint, ComplaintKind, ComplaintStatus } from '../domain/complaint';
import { ComplaintEntity } from './complaint.entity';

function toDomain(row: ComplaintEntity): Complaint {
  return {
    ...row,
    kind: row.kind as ComplaintKind,
    channel: row.channel as Channel,
    status: row.status as ComplaintStatus,
  };
}

export class TypeOrmComplaintRepository implements ComplaintRepository {
  private readonly repo: Repository<ComplaintEntity>;

  constructor(manager: EntityManager) {
    this.repo = manager.getRepository(ComplaintEntity);
  }

  async findById(id: string): Promise<Complaint | null> {
    const row = await this.repo.findOneBy({ id });
    return row ? toDomain(row) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Complaint[]> {
    if (ids.length === 0) return [];
    return (await this.repo.findBy({ id: In([...ids]) })).map(toDomain);
  }

  async findByNumber(number: string): Promise<Complaint | null> {
    const row = await this.repo.findOneBy({ number });
    return row ? toDomain(row) : null;
  }

  async list(filter: ComplaintFilter, page: PageRequest): Promise<{ rows: Complaint[]; totalCount: number }> {
    const query = this.repo.createQueryBuilder('c');
    if (filter.customerId) query.andWhere('c.customer_id = :customerId', { customerId: filter.customerId });
    const { rows, totalCount } = await keysetPage(query, 'received_at', page);
    return { rows: rows.map(toDomain), totalCount };
  }

  async insert(complaint: Complaint): Promise<void> {
    await this.repo.insert({ ...complaint });
  }
}

/** One counter row per year, incremented under its row lock: gapless, and serial under concurrency. */
export class PostgresNumberSequence implements NumberSequence {
  constructor(private readonly manager: EntityManager) {}

  async next(year: number): Promise<number> {
    const rows: { last: number }[] = await this.manager.query(
      `INSERT INTO complaint_number_counter (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = complaint_number_counter.last + 1
       RETURNING last`,
      [year],
    );
    const serial = rows[0]?.last;
    if (serial === undefined) throw new Error('the number counter returned no row');
    return serial;
  }
}
