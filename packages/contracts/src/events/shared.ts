import { z } from 'zod';

/** A decimal amount as a string (never a float): `"25000.00"`. */
export const decimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number as a string');
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code');
export const timestampSchema = z.iso.datetime({ offset: true });

/** The loyalty tiers of DOMAIN 2.1. */
export const tierSchema = z.enum(['MEMBER', 'GOLD', 'PLATINUM', 'DIAMOND']);

/**
 * What an approval request is about: the service, aggregate and id that asked for it. The decision
 * event carries it back, so the asking service finds its own record without calling anyone.
 */
export const approvalReferenceSchema = z.object({
  service: z.enum(['complaints', 'loyalty', 'approvals', 'governance']),
  aggregate: z.string().min(1),
  id: z.uuid(),
});
