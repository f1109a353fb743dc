import { createHash } from 'node:crypto';
import {
  checkPurgeCutoff,
  entryHash,
  GENESIS_HASH,
  purgeCutoff,
  seal,
  type ChainPoint,
  type SealedAuditEntry,
} from './audit-chain';
import { verifyChainSegment } from './audit-chain-verification';
import { auditNote, type AuditEntry } from './audit-entry';

const entry = (n: number, details: Record<string, unknown> | null = { n }): AuditEntry => ({
  ...auditNote(
    { action: 'paper.archived', subjectType: 'Contract', subjectId: `K-${n}` },
    {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      actor: 'auditor-1',
      now: new Date(Date.UTC(2026, 2, 2, 2, n)),
    },
  ),
  details,
});

/** A chain of n entries from genesis, and its head. */
function chainOf(n: number): { rows: SealedAuditEntry[]; head: ChainPoint } {
  let head: ChainPoint = { position: 0, hash: GENESIS_HASH };
  const rows: SealedAuditEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const sealed = seal(head, entry(i));
    rows.push(sealed);
    head = { position: sealed.position, hash: sealed.hash };
  }
  return { rows, head };
}

const GENESIS: ChainPoint = { position: 0, hash: GENESIS_HASH };
const verify = (rows: SealedAuditEntry[], head: ChainPoint, from = 1, to = head.position, start = GENESIS) =>
  verifyChainSegment({ from, to, rows, head, start });

describe('the audit chain', () => {
  it('[DOMAIN 4.1] hashes the previous hash and the canonical content of each entry', () => {
    const first = seal({ position: 0, hash: GENESIS_HASH }, entry(1, { b: 2, a: [1, 'x'] }));
    const canonical =
      '{"action":"paper.archived","actor":"auditor-1","details":{"a":[1,"x"],"b":2},' +
      `"format":"care.audit.v1","id":"00000000-0000-4000-8000-000000000001","occurredAt":"2026-03-02T02:01:00.000Z",` +
      `"position":1,"previousHash":"${GENESIS_HASH}","retainUntil":"2026-09-02T02:01:00.000Z",` +
      '"source":"MANUAL","subjectId":"K-1","subjectType":"Contract"}';
    expect(first).toMatchObject({ position: 1, previousHash: GENESIS_HASH });
    expect(first.hash).toBe(createHash('sha256').update(canonical).digest('hex'));
    // Key order does not matter (RFC 8785); the content and the link do.
    expect(entryHash(entry(1, { a: [1, 'x'], b: 2 }), 1, GENESIS_HASH)).toBe(first.hash);
    expect(entryHash(entry(1, { a: [1, 'x'], b: 3 }), 1, GENESIS_HASH)).not.toBe(first.hash);
    const second = seal({ position: 1, hash: first.hash }, entry(2));
    expect(second).toMatchObject({ position: 2, previousHash: first.hash });
    expect(entryHash(entry(2), 2, GENESIS_HASH)).not.toBe(second.hash);
  });

  it('[DOMAIN 4.1] an untouched chain verifies', () => {
    const { rows, head } = chainOf(8);
    expect(verify(rows, head)).toEqual({ checked: 8, findings: [] });
    expect(verify(rows, head, 3, 5)).toEqual({ checked: 3, findings: [] });
  });

  it('[DOMAIN 4.1] names an entry whose content was changed, and only it', () => {
    const { rows, head } = chainOf(8);
    rows[2] = { ...rows[2]!, actor: 'someone-else' };
    expect(verify(rows, head).findings).toEqual([
      { position: 3, kind: 'ALTERED', detail: 'its content no longer gives its hash' },
    ]);
  });

  it('[DOMAIN 4.1] names an entry rewritten with a freshly computed hash, not the one after it', () => {
    const { rows, head } = chainOf(8);
    const forged = { ...rows[3]!, actor: 'someone-else' };
    rows[3] = { ...forged, hash: entryHash(forged, 4, forged.previousHash) };
    expect(verify(rows, head).findings).toEqual([
      {
        position: 4,
        kind: 'ALTERED',
        detail: 'rewritten with a new hash: the entry after it does not follow it',
      },
    ]);
  });

  it('[DOMAIN 4.1] names a removed entry by its position, the last one too', () => {
    const { rows, head } = chainOf(8);
    const kept = rows.filter((r) => r.position !== 5 && r.position !== 8);
    expect(verify(kept, head).findings).toEqual([
      { position: 5, kind: 'REMOVED', detail: 'no entry at this position' },
      { position: 8, kind: 'REMOVED', detail: 'no entry at this position' },
    ]);
  });

  it('[DOMAIN 4.1] names inserted entries: beyond the head, a second at a position, one linked to neither neighbour', () => {
    const { rows, head } = chainOf(8);
    const beyond = seal(head, entry(9));
    const second = seal({ position: 5, hash: 'f'.repeat(64) }, entry(20));
    const foreign = seal({ position: 6, hash: 'e'.repeat(64) }, entry(21));
    const tampered = [...rows.filter((r) => r.position !== 7), foreign, second, beyond];
    expect(verify(tampered, head, 1, 9).findings).toEqual([
      { position: 6, kind: 'INSERTED', detail: 'a second entry at this position' },
      {
        position: 7,
        kind: 'INSERTED',
        detail: 'it neither follows the entry before it nor leads to the entry after it',
      },
      { position: 9, kind: 'INSERTED', detail: 'beyond the chain head at position 8' },
    ]);
  });

  it('[DOMAIN 4.1] shows a chain rewritten consistently when checked against a head exported earlier', () => {
    const { rows } = chainOf(5);
    const exported = { position: 3, hash: rows[2]!.hash };
    let rewritten: ChainPoint = { position: 0, hash: GENESIS_HASH };
    const forged = rows.map((r) => {
      const next = seal(rewritten, { ...r, actor: 'someone-else' });
      rewritten = { position: next.position, hash: next.hash };
      return next;
    });
    expect(verify(forged, rewritten).findings).toEqual([]);
    expect(
      verifyChainSegment({
        from: 1,
        to: 5,
        rows: forged,
        head: rewritten,
        start: GENESIS,
        expected: exported,
      }).findings,
    ).toEqual([{ position: 3, kind: 'ALTERED', detail: 'its hash differs from the exported chain head' }]);
    // A chain cut short below an exported head: the missing positions are removed.
    const cut = { position: 2, hash: rows[1]!.hash };
    expect(
      verifyChainSegment({
        from: 1,
        to: 3,
        rows: rows.slice(0, 2),
        head: cut,
        start: GENESIS,
        expected: exported,
      }).findings,
    ).toEqual([
      { position: 3, kind: 'REMOVED', detail: 'the exported chain head at 3 reached this position' },
    ]);
  });

  it('[DOMAIN 4.1] verifies from the checkpoint of a purge: the last purged hash starts the rest', () => {
    const { rows, head } = chainOf(8);
    const checkpoint = { position: 4, hash: rows[3]!.hash };
    const rest = rows.slice(4);
    expect(verify(rest, head, 1, 8, checkpoint)).toEqual({ checked: 4, findings: [] });
    const wrongStart = { position: 4, hash: 'a'.repeat(64) };
    expect(verify(rest, head, 5, 8, wrongStart).findings).toEqual([
      { position: 5, kind: 'ALTERED', detail: 'it does not follow the last purged entry (the checkpoint)' },
    ]);
    // An entry put back at a purged position does not belong.
    expect(verify([rows[1]!, ...rest], head, 1, 8, checkpoint).findings).toEqual([
      { position: 2, kind: 'INSERTED', detail: 'at a position purged up to 4' },
    ]);
  });
});

describe('audit retention', () => {
  const now = new Date('2026-08-31T10:00:00Z');

  it('[DOMAIN 4.1] a purge reaches entries older than the retention only, 6 months at least', () => {
    expect(purgeCutoff(now, 6).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(purgeCutoff(now, 12).toISOString()).toBe('2025-08-31T10:00:00.000Z');
    expect(() => purgeCutoff(now, 5)).toThrow(/at least 6 months/);
    expect(checkPurgeCutoff(new Date('2026-02-28T10:00:00Z'), now, 6).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
    expect(() => checkPurgeCutoff(new Date('2026-02-28T10:00:01Z'), now, 6)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: expect.objectContaining({ field: 'before' }),
      }),
    );
    expect(() => checkPurgeCutoff(new Date('2026-02-28T10:00:00Z'), now, 7)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
