import { paginate, type Caller, type Connection, type PageArgs } from '@care/service-kit';
import type { Customer } from '../domain/customer';
import type { CustomerFilter, Deps } from './ports';
import { requireStaffReader } from './read-access';

/** Staff list customers; a customer reads their own record by id, partners and anonymous callers nothing. */
export function listCustomers(
  deps: Deps,
  caller: Caller,
  args: PageArgs & { filter?: CustomerFilter | null },
): Promise<Connection<Customer>> {
  requireStaffReader(caller);
  return paginate(
    args,
    (page) => deps.customers.list(args.filter ?? {}, page),
    (c) => ({ at: c.registeredAt, id: c.id }),
  );
}
