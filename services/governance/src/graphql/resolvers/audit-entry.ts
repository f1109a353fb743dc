import DataLoader from 'dataloader';
import { getAuditEntries } from '../../application/read-audit-trail';
import type { SealedAuditEntry } from '../../domain/audit-chain';
import type { AuditEntryResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { requestLoader } from '../request-loaders';

/** The entries a request's references name, read (and their read recorded) once per batch. */
const entries = (ctx: Context) =>
  requestLoader(
    ctx,
    'auditEntries',
    () => new DataLoader<string, SealedAuditEntry | null>((ids) => getAuditEntries(ctx.deps, ctx.actor, ids)),
  );

export const AuditEntry: AuditEntryResolvers = {
  __resolveReference: (ref, ctx) => entries(ctx).load(ref.id),
};
