import { paginate, type Connection } from '@care/service-kit';
import type { Customer } from '../domain/customer';
import type { Deps } from './ports';

export function listCustomers(
  deps: Deps,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<Customer>> {
  return paginate(
    args,
    (page) => deps.customers.list(page),
    (c) => ({ at: c.registeredAt, id: c.id }),
  );
}
