import { isRefusal, refuse } from '@care/domain-kernel';
import type { Caller } from '@care/service-kit';
import {
  contentAccess,
  documentTrace,
  type AccessBasis,
  type ControlledDocument,
} from '../domain/controlled-document';
import type { Deps } from './ports';

export interface DocumentContent {
  document: ControlledDocument;
  content: Buffer;
  readAt: Date;
  access: AccessBasis;
}

/**
 * DOMAIN 4.7: the content of a document, decrypted, for whoever may read it now (a contract: the
 * director, or a live grant). Every read leaves an audit entry in the same transaction as it is served;
 * a refused or failed read leaves one too, with the reason, and then says no.
 */
export async function readDocumentContent(deps: Deps, caller: Caller, id: string): Promise<DocumentContent> {
  const { actor } = caller;
  const now = deps.clock.now();
  const trace = (action: string, details: Record<string, unknown>) =>
    documentTrace(action, id, details, { id: deps.newId(), actor: actor.sub, now });
  try {
    return await deps.unitOfWork(async (tx) => {
      const document = await tx.documents.findById(id);
      if (!document) throw refuse.notFound('Document', id);
      const access = contentAccess(document, actor, await tx.documents.grantsOf(id), now);
      const sealed = await tx.documents.sealedContent(id);
      const content = deps.documentCipher.open(id, sealed!);
      await tx.entries.insert(
        trace('document.content_read', {
          documentName: document.name,
          kind: document.kind,
          basis: access.basis,
          grantId: access.grantId,
          roles: actor.roles,
        }),
      );
      return { document, content, readAt: now, access };
    });
  } catch (error) {
    if (isRefusal(error) && (error.code === 'FORBIDDEN' || error.code === 'UNAVAILABLE'))
      await deps.unitOfWork((tx) =>
        tx.entries.insert(
          trace(error.code === 'FORBIDDEN' ? 'document.read_refused' : 'document.read_failed', {
            reason: error.message,
            roles: actor.roles,
          }),
        ),
      );
    throw error;
  }
}
