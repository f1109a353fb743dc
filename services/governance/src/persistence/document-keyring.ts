import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Refusal } from '@care/domain-kernel';
import type { DocumentCipher, SealedContent, WrappedDataKey } from '../application/ports';

// Envelope encryption of controlled documents (DOMAIN 4.7): each document's content is encrypted with
// AES-256-GCM under a random data key of its own; the data key is encrypted (wrapped) with AES-256-GCM
// under a master key from configuration, named by its key id. Rotating the master key re-wraps the data
// keys only. The document's id is authenticated with both (additional data), so sealed bytes moved to
// another row do not open there.

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A master key's id: what the stored rows name. */
export const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export interface MasterKeys {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/**
 * Reads `DOCUMENT_KEYS`: comma-separated `<key id>:<base64 of 32 bytes>` pairs. Throws an Error whose
 * message names the key id at fault and never the key itself.
 */
export function parseMasterKeys(text: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const [index, pair] of text.split(',').entries()) {
    const at = pair.indexOf(':');
    const id = at < 0 ? '' : pair.slice(0, at).trim();
    const encoded = at < 0 ? '' : pair.slice(at + 1).trim();
    if (!KEY_ID.test(id))
      throw new Error(
        `entry ${index + 1} must be <key id>:<base64 key> with a key id of letters, digits, _ . -`,
      );
    if (keys.has(id)) throw new Error(`key id ${id} is given twice`);
    const key = /^[A-Za-z0-9+/]+={0,2}$/.test(encoded) ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES)
      throw new Error(`key ${id} must be ${KEY_BYTES} bytes in base64 (openssl rand -base64 32)`);
    keys.set(id, key);
  }
  return keys;
}

const unavailable = (message: string, details: Record<string, unknown>) =>
  new Refusal('UNAVAILABLE', message, details);

function encrypt(key: Buffer, plaintext: Buffer, aad: string) {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, nonce, tag: cipher.getAuthTag() };
}

/** The plaintext, or null when the key does not open it (wrong key or altered bytes). */
function decrypt(key: Buffer, ciphertext: Buffer, nonce: Buffer, tag: Buffer, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

const contentAad = (documentId: string) => `care-graph/document-content/${documentId}`;
const keyAad = (documentId: string, keyId: string) => `care-graph/document-key/${documentId}/${keyId}`;

/** The configured master keys, as the DocumentCipher port; `null` keys: encryption not configured. */
export class DocumentKeyring implements DocumentCipher {
  constructor(private readonly master: MasterKeys | null) {}

  activeKeyId(): string {
    return this.configured().activeKeyId;
  }

  seal(documentId: string, plaintext: Buffer): SealedContent {
    const dataKey = randomBytes(KEY_BYTES);
    try {
      const content = encrypt(dataKey, plaintext, contentAad(documentId));
      return {
        ciphertext: content.ciphertext,
        contentNonce: content.nonce,
        contentTag: content.tag,
        ...this.wrap(documentId, dataKey),
      };
    } finally {
      dataKey.fill(0);
    }
  }

  open(documentId: string, sealed: SealedContent): Buffer {
    const dataKey = this.unwrap(documentId, sealed);
    try {
      const plaintext = decrypt(
        dataKey,
        sealed.ciphertext,
        sealed.contentNonce,
        sealed.contentTag,
        contentAad(documentId),
      );
      if (!plaintext)
        throw unavailable(
          `the stored content of document ${documentId} failed its integrity check: it was altered`,
          {
            documentId,
          },
        );
      return plaintext;
    } finally {
      dataKey.fill(0);
    }
  }

  rewrap(documentId: string, key: WrappedDataKey): WrappedDataKey {
    const dataKey = this.unwrap(documentId, key);
    try {
      return this.wrap(documentId, dataKey);
    } finally {
      dataKey.fill(0);
    }
  }

  /** The data key wrapped under the active master key. */
  private wrap(documentId: string, dataKey: Buffer): WrappedDataKey {
    const { activeKeyId, keys } = this.configured();
    const wrapped = encrypt(keys.get(activeKeyId)!, dataKey, keyAad(documentId, activeKeyId));
    return {
      keyId: activeKeyId,
      wrappedKey: wrapped.ciphertext,
      keyNonce: wrapped.nonce,
      keyTag: wrapped.tag,
    };
  }

  private configured(): MasterKeys {
    if (!this.master)
      throw unavailable(
        'document encryption is not configured (DOCUMENT_KEYS): documents cannot be stored or read',
        {},
      );
    return this.master;
  }

  private unwrap(documentId: string, key: WrappedDataKey): Buffer {
    const master = this.configured().keys.get(key.keyId);
    if (!master)
      throw unavailable(
        `document ${documentId} is sealed under master key "${key.keyId}", which is not configured: restore that key to read it`,
        { documentId, keyId: key.keyId },
      );
    const dataKey = decrypt(master, key.wrappedKey, key.keyNonce, key.keyTag, keyAad(documentId, key.keyId));
    if (!dataKey)
      throw unavailable(
        `document ${documentId} cannot be decrypted: the configured key "${key.keyId}" is not the key it was sealed under, or its stored key was altered`,
        { documentId, keyId: key.keyId },
      );
    return dataKey;
  }
}
