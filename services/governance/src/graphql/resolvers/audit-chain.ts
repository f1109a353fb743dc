import { readAuditChainHead, verifyAuditChain } from '../../application/verify-audit-chain';
import type { QueryResolvers } from '../__generated__/resolvers-types';

/** DOMAIN 4.1: the chain head to export, and the verification of the chain. */
export const auditChainQueries: QueryResolvers = {
  auditChainHead: (_root, _args, ctx) => readAuditChainHead(ctx.deps, ctx.actor),
  verifyAuditChain: (_root, args, ctx) => verifyAuditChain(ctx.deps, ctx.actor, args),
};
