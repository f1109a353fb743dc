import type { Outbox } from '@care/contracts';
import type { PageRequest } from '@care/service-kit';
import type { Customer } from '../domain/customer';

export interface CustomerRepository {
  findById(id: string): Promise<Customer | null>;
  findByIds(ids: readonly string[]): Promise<Customer[]>;
  insert(customer: Customer): Promise<void>;
  /** One page in registration order, fetched with one extra row to tell whether more follow. */
  list(page: PageRequest): Promise<{ rows: Customer[]; totalCount: number }>;
}

export interface Clock {
  now(): Date;
}

/** What a use case may touch inside its one transaction. */
export interface Transaction {
  customers: CustomerRepository;
  outbox: Outbox;
}

export interface Deps {
  /** Reads outside a transaction. */
  customers: CustomerRepository;
  /** Runs the work in one transaction: the changes and their events commit together or not at all. */
  unitOfWork: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
  clock: Clock;
  newId: () => string;
}
