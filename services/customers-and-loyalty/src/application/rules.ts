import { randomUUID } from 'node:crypto';
import type { EventContext } from '@care/contracts';
import { badInput, DomainError, notFound } from '@care/service-kit';
import { CustomerRuleViolation, type Customer } from '../domain/customer';
import { PointsRuleViolation } from '../domain/points';
import { TransitionViolation } from '../domain/working-time';
import type { Transaction } from './ports';

/** Turns a broken domain rule into the typed error the caller sees. */
export function toDomainError(error: unknown): unknown {
  if (error instanceof CustomerRuleViolation) return badInput(error.message, { field: error.field });
  if (error instanceof TransitionViolation || error instanceof PointsRuleViolation)
    return new DomainError(error.code, error.message);
  return error;
}

export function guard<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Locks the customer (and wallet) for the rest of the transaction; NOT_FOUND when unknown. */
export async function lockCustomer(tx: Transaction, id: string): Promise<Customer> {
  if (!UUID.test(id)) throw notFound('Customer', id);
  const customer = await tx.customers.lock(id);
  if (!customer) throw notFound('Customer', id);
  return customer;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A frozen account cannot redeem points or be granted benefits until it is unfrozen (DOMAIN 2.6). */
export function requireActive(customer: Customer, what: string): void {
  if (customer.status !== 'ACTIVE')
    throw new DomainError(
      'INVALID_TRANSITION',
      `the account is ${customer.status}: ${what} is not possible`,
      {
        status: customer.status,
      },
    );
}

/** The envelope fields of an event a scheduled job causes: the service account, a correlation of its own. */
export function serviceContext(): EventContext {
  return {
    actor: { kind: 'service', id: 'customers-and-loyalty' },
    correlationId: `job-${randomUUID()}`,
    causationId: null,
  };
}
