import type { Outbox } from '@care/contracts';
import type { PageRequest } from '@care/service-kit';
import type { Complaint } from '../domain/complaint';

export interface ComplaintFilter {
  customerId?: string;
}

export interface ComplaintRepository {
  findById(id: string): Promise<Complaint | null>;
  findByIds(ids: readonly string[]): Promise<Complaint[]>;
  findByNumber(number: string): Promise<Complaint | null>;
  list(filter: ComplaintFilter, page: PageRequest): Promise<{ rows: Complaint[]; totalCount: number }>;
  insert(complaint: Complaint): Promise<void>;
}

/** Gapless per-year serials: a serial taken in a rolled-back transaction is taken again. */
export interface NumberSequence {
  next(year: number): Promise<number>;
}

export interface Transaction {
  complaints: ComplaintRepository;
  numbers: NumberSequence;
  outbox: Outbox;
}

export interface Deps {
  complaints: ComplaintRepository;
  unitOfWork: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
  clock: { now(): Date };
  newId: () => string;
  timeZone: string;
}
