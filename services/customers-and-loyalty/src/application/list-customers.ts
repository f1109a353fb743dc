import { paginate, type Caller, type Connection } from '@care/service-kit';
import type { Customer } from '../domain/customer';
import type { CustomerFilter, Deps } from './ports';
import { requireStaffReader } from './read-access';

/** Staff list customers; a customer reads their own record by id, partners and anonymous callers nothing. */
export function listCustomers(
  deps: Deps,
  caller: Caller,
  args: {
    filter?: CustomerFilter | null;
    first?: number | null;
    after?: string | null;
    /** Whether the query selects `totalCount` (counted only then); counted when not said. */
    withTotalCount?: boolean;
  },
): Promise<Connection<Customer>> {
  requireStaffReader(caller);
  return paginate(
    args,
    (page) => deps.customers.list(args.filter ?? {}, { ...page, count: args.withTotalCount ?? true }),
    (c) => ({ at: c.registeredAt, id: c.id }),
  );
}
