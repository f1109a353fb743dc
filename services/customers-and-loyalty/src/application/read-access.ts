import { forbidden, isUuid, notFound, readerOf, type Caller, type Reader } from '@care/service-kit';
import { loyaltyReadAccessOf, mayReadCustomerRecord, type LoyaltyReadAccess } from '../domain/access';

export { isUuid };

/** Who reads: the access their roles give, and who they are (a customer's `sub` is their id). */
export type LoyaltyReader = Reader<LoyaltyReadAccess>;

/** FORBIDDEN for a caller whose roles read nothing here (partners, a token without roles). */
export const loyaltyReaderOf = (caller: Pick<Caller, 'actor'>): LoyaltyReader =>
  readerOf(caller, loyaltyReadAccessOf, 'Your role may not read customers or loyalty records');

/** FORBIDDEN unless the caller reads as staff: lists, campaigns, change requests, tiers, the policy. */
export function requireStaffReader(caller: Pick<Caller, 'actor'>): LoyaltyReader {
  const reader = loyaltyReaderOf(caller);
  if (reader.access !== 'STAFF') throw forbidden('A customer reads their own record and redemptions only');
  return reader;
}

/** Where the records of one kind that belong to customers are found, and whose each is. */
export interface CustomerRecords<T> {
  /** For messages: `Customer`, `Redemption`. */
  what: string;
  load: (id: string) => Promise<T | null>;
  customerIdOf: (record: T) => string;
}

/**
 * A record that belongs to a customer (the customer, a redemption), if the reader may see it; null
 * otherwise. Entity references (`_entities`) resolve through this: a role that reads nothing here is
 * FORBIDDEN (loyaltyReaderOf); a reference the reader may not see is null without an error, exactly like
 * one that does not exist, so a customer learns nothing about another customer.
 */
export async function visibleRecord<T>(
  reader: LoyaltyReader,
  id: string,
  records: CustomerRecords<T>,
): Promise<T | null> {
  const record = isUuid(id) ? await records.load(id) : null;
  return record && mayReadCustomerRecord(reader.access, reader.sub, records.customerIdOf(record))
    ? record
    : null;
}

/**
 * `customer(id)` / `redemption(id)`: null for a record that does not exist to staff; to a customer,
 * another customer's record is NOT_FOUND exactly as one that does not exist.
 */
export async function readRecord<T>(
  caller: Pick<Caller, 'actor'>,
  id: string,
  records: CustomerRecords<T>,
): Promise<T | null> {
  const reader = loyaltyReaderOf(caller);
  const found = await visibleRecord(reader, id, records);
  if (!found && reader.access === 'OWN') throw notFound(records.what, id);
  return found;
}
