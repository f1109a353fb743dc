import { isSelfConsistent, type ChainPoint, type SealedAuditEntry } from './audit-chain';

export type ChainFindingKind = 'ALTERED' | 'INSERTED' | 'REMOVED';

export interface ChainFinding {
  position: number;
  kind: ChainFindingKind;
  detail: string;
}

export interface ChainSegment {
  /** The positions to report on, inclusive. */
  from: number;
  to: number;
  /** The stored entries at positions from-1 to to+2 (the neighbours tell which side of a break is at fault). */
  rows: readonly SealedAuditEntry[];
  /** The end of the chain as the service recorded it. */
  head: ChainPoint;
  /** Where the chain starts: the last purged entry (the checkpoint), or position 0 and the genesis hash. */
  start: ChainPoint;
  /** A head exported earlier and held outside the system: the entry at its position must still have its hash. */
  expected?: ChainPoint | null;
}

export interface ChainVerification {
  checked: number;
  findings: ChainFinding[];
}

/** How an entry stands towards its neighbours: undefined where a neighbour is missing (nothing to compare). */
interface LinkState {
  row: SealedAuditEntry;
  selfConsistent: boolean;
  /** Its previousHash is the hash of the entry before it. */
  linksIn?: boolean;
  /** The entry after it names its hash as previous (for the last entry: the head has its hash). */
  linksOut?: boolean;
}

/**
 * Verifies a segment of the chain and names every entry at fault by position (DOMAIN 4.1):
 * - REMOVED: a position up to the head (or up to an exported head beyond it) with no entry;
 * - INSERTED: an entry beyond the head or at a purged position, a second entry at one position, or an
 *   entry that neither follows the entry before it nor leads to the one after it;
 * - ALTERED: an entry whose content no longer gives its hash, one rewritten with a new hash (the entry
 *   after it no longer follows it), or the entry at an exported head's position with another hash.
 * An entry that only fails to follow its predecessor is the victim of a change there, not at fault,
 * unless its predecessor is the chain's start (the genesis hash or the purge checkpoint).
 */
export function verifyChainSegment(segment: ChainSegment): ChainVerification {
  const { from, to, head, start } = segment;
  const findings: ChainFinding[] = [];
  const report = (position: number, kind: ChainFindingKind, detail: string) =>
    findings.push({ position, kind, detail });

  const byPosition = new Map<number, SealedAuditEntry[]>();
  for (const row of segment.rows)
    byPosition.set(row.position, [...(byPosition.get(row.position) ?? []), row]);
  const inChain = (position: number) => position > start.position && position <= head.position;

  const primaries = new Map<number, SealedAuditEntry>();
  const extras = new Map<number, SealedAuditEntry[]>();
  for (const position of [...byPosition.keys()].sort((a, b) => a - b)) {
    const rows = byPosition.get(position)!;
    // Of several entries at one position, the chain's is the one that follows the entry before it and
    // is consistent in itself (else the first consistent one).
    const before = position - 1 === start.position ? start.hash : primaries.get(position - 1)?.hash;
    const primary =
      rows.find((r) => r.previousHash === before && isSelfConsistent(r)) ??
      rows.find(isSelfConsistent) ??
      rows[0]!;
    primaries.set(position, primary);
    extras.set(
      position,
      rows.filter((r) => r !== primary),
    );
  }

  const states = new Map<number, LinkState>();
  for (const [position, row] of primaries) {
    if (!inChain(position)) continue;
    const before = position - 1 === start.position ? start.hash : primaries.get(position - 1)?.hash;
    const after = position === head.position ? head.hash : primaries.get(position + 1)?.previousHash;
    states.set(position, {
      row,
      selfConsistent: isSelfConsistent(row),
      linksIn: before === undefined ? undefined : row.previousHash === before,
      linksOut:
        after === undefined
          ? undefined
          : position === head.position
            ? row.hash === after
            : after === row.hash,
    });
  }
  const foreign = (state: LinkState | undefined) =>
    state !== undefined && state.linksIn === false && state.linksOut === false;

  let checked = 0;
  for (let position = from; position <= to; position++) {
    const rows = byPosition.get(position) ?? [];
    if (rows.length === 0 && position > head.position && position <= (segment.expected?.position ?? 0)) {
      report(
        position,
        'REMOVED',
        `the exported chain head at ${segment.expected!.position} reached this position`,
      );
      continue;
    }
    if (!inChain(position)) {
      for (const _row of rows)
        report(
          position,
          'INSERTED',
          position > head.position
            ? `beyond the chain head at position ${head.position}`
            : `at a position purged up to ${start.position}`,
        );
      checked += rows.length;
      continue;
    }
    if (rows.length === 0) {
      report(position, 'REMOVED', 'no entry at this position');
      continue;
    }
    checked += rows.length;
    for (const _extra of extras.get(position) ?? [])
      report(position, 'INSERTED', 'a second entry at this position');
    const state = states.get(position)!;
    if (!state.selfConsistent) {
      report(position, 'ALTERED', 'its content no longer gives its hash');
    } else if (foreign(state)) {
      report(position, 'INSERTED', 'it neither follows the entry before it nor leads to the entry after it');
    } else if (state.linksIn === false && position - 1 === start.position) {
      report(
        position,
        'ALTERED',
        start.position === 0
          ? 'the first entry does not start from the genesis hash'
          : 'it does not follow the last purged entry (the checkpoint)',
      );
    } else if (state.linksOut === false && !foreign(states.get(position + 1))) {
      report(
        position,
        'ALTERED',
        position === head.position
          ? 'its hash is not the recorded chain head'
          : 'rewritten with a new hash: the entry after it does not follow it',
      );
    } else if (
      segment.expected &&
      segment.expected.position === position &&
      segment.expected.hash !== state.row.hash
    ) {
      report(position, 'ALTERED', 'its hash differs from the exported chain head');
    }
  }
  return { checked, findings };
}
