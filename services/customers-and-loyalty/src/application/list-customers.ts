import { paginate, requireRole, type Caller, type Connection } from '@care/service-kit';
import type { Customer } from '../domain/customer';
import type { CustomerFilter, Deps } from './ports';

export function listCustomers(
  deps: Deps,
  caller: Caller,
  args: { filter?: CustomerFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<Customer>> {
  requireRole(caller.actor, ...READ_ROLES);
  return paginate(
    args,
    (page) => deps.customers.list(args.filter ?? {}, page),
    (c) => ({ at: c.registeredAt, id: c.id }),
  );
}

/** Staff who work with customers; partners and anonymous callers see no list. */
export const READ_ROLES = [
  'cs_specialist',
  'cs_manager',
  'cs_director',
  'qa_inspector',
  'sales',
  'marketing',
  'internal_control',
  'finance',
  'analyst',
  'audit',
  'compliance',
  'department_head',
  'department_staff',
  'loyalty_supervisor',
  'gm',
  'vp',
  'leadership_group',
  'service',
] as const;
