import { randomBytes } from 'node:crypto';
import { DocumentKeyring, parseMasterKeys } from './document-keyring';
import { configSchema } from '../config';
import { parseConfig } from '@care/service-kit';

const key = () => randomBytes(32);
const ring = (active: string, keys: Record<string, Buffer>) =>
  new DocumentKeyring({ activeKeyId: active, keys: new Map(Object.entries(keys)) });
const unavailable = (message: RegExp) =>
  expect.objectContaining({ code: 'UNAVAILABLE', message: expect.stringMatching(message) });

describe('envelope encryption of documents', () => {
  const k1 = key();
  const k2 = key();
  const text = Buffer.from('Contract KH2026000123: 5,000 CNY per month');

  it('[DOMAIN 4.7] seals content under a data key of its own, wrapped by the active master key, and opens it again', () => {
    const sealed = ring('k1', { k1 }).seal('doc-1', text);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.ciphertext.length).toBe(text.length);
    expect(sealed.ciphertext.equals(text)).toBe(false);
    expect(sealed.ciphertext.includes(Buffer.from('KH2026000123'))).toBe(false);
    expect(sealed.wrappedKey.length).toBe(32);
    expect(ring('k1', { k1 }).open('doc-1', sealed).toString()).toBe(text.toString());
    // Two seals of the same content share nothing: fresh data key and nonces.
    const again = ring('k1', { k1 }).seal('doc-1', text);
    expect(again.ciphertext.equals(sealed.ciphertext)).toBe(false);
    expect(again.wrappedKey.equals(sealed.wrappedKey)).toBe(false);
  });

  it('[DOMAIN 4.7] fails closed with a clear refusal on a missing key, a wrong key, altered bytes or another row', () => {
    const sealed = ring('k1', { k1 }).seal('doc-1', text);
    expect(() => ring('k2', { k2 }).open('doc-1', sealed)).toThrow(
      unavailable(/master key "k1", which is not configured/),
    );
    expect(() => ring('k1', { k1: k2 }).open('doc-1', sealed)).toThrow(
      unavailable(/is not the key it was sealed under/),
    );
    expect(() => new DocumentKeyring(null).open('doc-1', sealed)).toThrow(
      unavailable(/not configured \(DOCUMENT_KEYS\)/),
    );
    expect(() => new DocumentKeyring(null).seal('doc-1', text)).toThrow(unavailable(/not configured/));
    const altered = { ...sealed, ciphertext: Buffer.from(sealed.ciphertext) };
    altered.ciphertext[0]! ^= 1;
    expect(() => ring('k1', { k1 }).open('doc-1', altered)).toThrow(
      unavailable(/failed its integrity check/),
    );
    expect(() => ring('k1', { k1 }).open('doc-2', sealed)).toThrow(unavailable(/cannot be decrypted/));
  });

  it('[DOMAIN 4.7] rotates by re-wrapping the data key only: the old content opens under the new key', () => {
    const sealed = ring('k1', { k1 }).seal('doc-1', text);
    const rotated = ring('k2', { k1, k2 });
    expect(rotated.open('doc-1', sealed).toString()).toBe(text.toString()); // old documents stay readable
    const rewrapped = rotated.rewrap('doc-1', sealed);
    expect(rewrapped.keyId).toBe('k2');
    const moved = { ...sealed, ...rewrapped };
    expect(ring('k2', { k2 }).open('doc-1', moved).toString()).toBe(text.toString());
    expect(() => ring('k1', { k1 }).open('doc-1', moved)).toThrow(
      unavailable(/"k2", which is not configured/),
    );
  });
});

describe('the document key settings', () => {
  const base = { DATABASE_URL: 'postgres://x@localhost/care', JWT_SECRET: 'a-test-secret-of-some-length' };
  const b64 = key().toString('base64');

  it('[DOMAIN 4.7] reads key ids and 32-byte keys, and refuses anything else without printing a key', () => {
    expect([...parseMasterKeys(`k1:${b64}, k-2:${key().toString('base64')}`).keys()]).toEqual(['k1', 'k-2']);
    expect(() => parseMasterKeys(`k1:${randomBytes(16).toString('base64')}`)).toThrow(/k1 must be 32 bytes/);
    expect(() => parseMasterKeys(`k1:${b64},k1:${b64}`)).toThrow(/given twice/);
    expect(() => parseMasterKeys(b64)).toThrow(/entry 1 must be <key id>:<base64 key>/);
    let message = '';
    try {
      parseConfig(configSchema, { ...base, DOCUMENT_KEYS: `k1:${b64}`, DOCUMENT_ACTIVE_KEY_ID: 'k9' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DOCUMENT_ACTIVE_KEY_ID: names key k9, which DOCUMENT_KEYS does not list/);
    expect(message).not.toContain(b64);
  });

  it('[DOMAIN 4.7] requires the keys in production and lets other modes start without them', () => {
    expect(() =>
      parseConfig(configSchema, { ...base, NODE_ENV: 'production', JWT_JWKS_URL: 'https://a.example/jwks' }),
    ).toThrow(/DOCUMENT_KEYS: is required in production/);
    expect(parseConfig(configSchema, base).DOCUMENT_KEYS).toBeUndefined();
    const config = parseConfig(configSchema, {
      ...base,
      DOCUMENT_KEYS: `k1:${b64}`,
      DOCUMENT_ACTIVE_KEY_ID: 'k1',
    });
    expect(config.DOCUMENT_KEYS?.get('k1')?.length).toBe(32);
    expect(config.DOCUMENT_MAX_BYTES).toBe(5 * 1024 * 1024);
  });
});
