import { isUuid } from '@care/service-kit';
import { refuse } from '@care/domain-kernel';
import type { Caller, Connection } from '@care/service-kit';
import { mayReadComplaint, readAccessOf, type ReadAccess } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { emptyConnection, type ListArgs } from './list-complaints';
import type { ComplaintFilter } from './ports';

/** Who reads, as far as reading complaints goes: the access their roles give, and who they are. */
export interface Reader {
  access: Exclude<ReadAccess, 'NONE'>;
  /** The customer's own id, for a customer (OWN); null otherwise. */
  customerId: string | null;
}

/** FORBIDDEN for a caller whose roles give no read access to complaints (partners, among others). */
export function readerOf(caller: Pick<Caller, 'actor'>): Reader {
  const access = readAccessOf(caller.actor.roles);
  if (access === 'NONE') throw refuse.forbidden('Your role may not read complaints');
  return { access, customerId: access === 'OWN' && isUuid(caller.actor.sub) ? caller.actor.sub : null };
}

/** The complaint if the reader may see it; null otherwise (a nested or entity reference). */
export function visibleTo(reader: Reader, complaint: Complaint | null): Complaint | null {
  return complaint && mayReadComplaint(reader.access, reader.customerId, complaint) ? complaint : null;
}

/**
 * `complaint(id)` / `complaintByNumber`: staff get null for a complaint that does not exist; a customer
 * gets NOT_FOUND both for that and for another customer's complaint, so nothing tells them it exists.
 */
export async function readComplaint(
  caller: Pick<Caller, 'actor'>,
  ref: string,
  find: (ref: string) => Promise<Complaint | null>,
  valid: boolean,
): Promise<Complaint | null> {
  const reader = readerOf(caller);
  const found = visibleTo(reader, valid ? await find(ref) : null);
  if (!found && reader.access === 'OWN') throw refuse.notFound('Complaint', ref);
  return found;
}

/** A list's filter as the reader may run it: a customer's is narrowed to their own complaints. */
export function scopedFilter(reader: Reader, filter: ComplaintFilter): ComplaintFilter | null {
  if (reader.access !== 'OWN') return filter;
  if (!reader.customerId) return null;
  if (filter.customerId && filter.customerId !== reader.customerId) return null;
  return { ...filter, customerId: reader.customerId };
}

/** `Customer.complaints`: a customer sees their own; another customer's list is empty to them. */
export function mayListCustomer(reader: Reader, customerId: string): boolean {
  return reader.access !== 'OWN' || reader.customerId === customerId;
}

export type { Connection, ListArgs };
export { emptyConnection };
