import { recordAuditNote } from '../../application/record-audit-note';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { inputMutation } from '../resolver-forms';

export const Mutation: MutationResolvers = {
  recordAuditNote: inputMutation(recordAuditNote),
};
