import { refuse } from '@care/domain-kernel';
import { authorised, eventContextOf, type Caller } from '@care/service-kit';
import {
  DOCUMENT_REGISTRAR_ROLES,
  documentTrace,
  registerDocument as register,
  type ControlledDocument,
  type DocumentKind,
} from '../domain/controlled-document';
import { versionLabel } from '../domain/document-name';
import { registeredEvent } from './events';
import type { Deps } from './ports';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of base64 text; BAD_USER_INPUT when it is not base64. */
export function decodeBase64(field: string, text: string): Buffer {
  if (text.length % 4 !== 0 || !BASE64.test(text))
    throw refuse.input(field, `${field} must be standard base64`);
  return Buffer.from(text, 'base64');
}

/**
 * DOMAIN 4.7: files a document in the register. The name must carry project, date and version; the
 * content is encrypted under a data key of its own before it reaches the database.
 */
export const registerDocument = authorised(
  DOCUMENT_REGISTRAR_ROLES,
  async (
    deps: Deps,
    caller: Caller,
    input: { name: string; kind: DocumentKind; contentType?: string | null; contentBase64: string },
  ): Promise<ControlledDocument> => {
    const now = deps.clock.now();
    // The size is known from the text's length: refuse an oversized content before decoding it.
    const approximateBytes = Math.floor((input.contentBase64.length * 3) / 4);
    if (approximateBytes > deps.documentMaxBytes + 2)
      throw refuse.input(
        'contentBase64',
        `a document's content must have 1 to ${deps.documentMaxBytes} bytes`,
        {
          maxBytes: deps.documentMaxBytes,
        },
      );
    const content = decodeBase64('contentBase64', input.contentBase64);
    const document = register(
      { name: input.name, kind: input.kind, contentType: input.contentType, sizeBytes: content.length },
      {
        id: deps.newId(),
        actor: caller.actor.sub,
        now,
        keyId: deps.documentCipher.activeKeyId(),
        maxBytes: deps.documentMaxBytes,
      },
    );
    const sealed = deps.documentCipher.seal(document.id, content);
    return deps.unitOfWork(async (tx) => {
      await tx.documents.insert(document, sealed);
      await tx.entries.insert(
        documentTrace(
          'document.registered',
          document.id,
          {
            documentName: document.name,
            kind: document.kind,
            documentVersion: versionLabel(document),
            keyId: sealed.keyId,
          },
          { id: deps.newId(), actor: caller.actor.sub, now },
        ),
      );
      await tx.outbox.enqueue(registeredEvent(document, eventContextOf(caller)));
      return document;
    });
  },
);
