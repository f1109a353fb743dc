import type { PageRequest } from '@care/service-kit';
import type { AccessGrant, ControlledDocument, DocumentKind } from '../domain/controlled-document';

/** A document's data key, wrapped (AES-256-GCM) under a master key from configuration. */
export interface WrappedDataKey {
  keyId: string;
  wrappedKey: Buffer;
  keyNonce: Buffer;
  keyTag: Buffer;
}

/** A document's content encrypted (AES-256-GCM) under its own data key, and that key wrapped. */
export interface SealedContent extends WrappedDataKey {
  ciphertext: Buffer;
  contentNonce: Buffer;
  contentTag: Buffer;
}

/**
 * Envelope encryption of documents at rest (DOMAIN 4.7). Every failure to decrypt (no key configured,
 * a key id that is not configured, a key that does not match, altered bytes) is a refusal with the
 * code UNAVAILABLE and a message that says which: the content never leaves undecrypted or half-read.
 */
export interface DocumentCipher {
  /** The master key new documents are sealed under. */
  activeKeyId(): string;
  seal(documentId: string, plaintext: Buffer): SealedContent;
  open(documentId: string, sealed: SealedContent): Buffer;
  /** The same data key, wrapped again under the active master key; the content is not touched. */
  rewrap(documentId: string, key: WrappedDataKey): WrappedDataKey;
}

export interface DocumentFilter {
  kind?: DocumentKind | null;
  project?: string | null;
}

export interface DocumentRepository {
  findById(id: string): Promise<ControlledDocument | null>;
  list(
    filter: DocumentFilter,
    page: PageRequest,
  ): Promise<{ rows: ControlledDocument[]; totalCount: number }>;
  /** CONFLICT when a document of that name is registered already. */
  insert(document: ControlledDocument, sealed: SealedContent): Promise<void>;
  sealedContent(id: string): Promise<SealedContent | null>;
  /** Up to `limit` documents after `afterId` (by id) whose data key another key than `keyId` wraps, locked. */
  wrappedElsewhere(
    keyId: string,
    afterId: string | null,
    limit: number,
  ): Promise<{ id: string; key: WrappedDataKey }[]>;
  countWrappedElsewhere(keyId: string): Promise<number>;
  updateWrappedKey(id: string, key: WrappedDataKey): Promise<void>;
  grantsOf(documentId: string): Promise<AccessGrant[]>;
  findGrant(id: string): Promise<AccessGrant | null>;
  insertGrant(grant: AccessGrant): Promise<void>;
  revokeGrant(grant: AccessGrant): Promise<void>;
}
