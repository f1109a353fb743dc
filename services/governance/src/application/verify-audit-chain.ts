import { refuse } from '@care/domain-kernel';
import { type Actor, requireRole } from '@care/service-kit';
import { AUDIT_CHAIN_ROLES } from '../domain/access';
import { type ChainPoint, GENESIS_HASH } from '../domain/audit-chain';
import { type ChainFinding, verifyChainSegment } from '../domain/audit-chain-verification';
import type { AuditCheckpoint, AuditHead, Deps } from './ports';
import { recordTrailRead } from './read-audit-trail';

/** The most positions one verification covers: a longer chain is verified range by range. */
export const MAX_VERIFIED_POSITIONS = 200_000;
/** Positions read per query while verifying. */
const CHUNK = 2_000;

export interface ChainHeadView extends AuditHead {
  purgedThrough: AuditCheckpoint | null;
}

export interface ChainVerificationView {
  from: number;
  to: number;
  checked: number;
  verified: boolean;
  findings: ChainFinding[];
  /** The head the verification read (the entry recording this verification comes after it). */
  head: ChainHeadView;
}

const HASH = /^[0-9a-f]{64}$/;

/** `auditChainHead`: the position and hash to export and hold outside the system (DOMAIN 4.1). */
export async function readAuditChainHead(deps: Deps, actor: Actor): Promise<ChainHeadView> {
  requireRole(actor, ...AUDIT_CHAIN_ROLES);
  return deps.auditChain.snapshot(async (chain) => ({
    ...(await chain.head()),
    purgedThrough: await chain.checkpoint(),
  }));
}

/**
 * `verifyAuditChain(from, to)`: recomputes every hash of the range in one snapshot and names each
 * altered, inserted or removed entry by position (DOMAIN 4.1). With `expectedHead` (a head exported
 * earlier), a chain rewritten consistently up to it shows too. The verification is a read of the trail:
 * it is recorded in the chain.
 */
export async function verifyAuditChain(
  deps: Deps,
  actor: Actor,
  input: { from?: number | null; to?: number | null; expectedHead?: ChainPoint | null },
): Promise<ChainVerificationView> {
  requireRole(actor, ...AUDIT_CHAIN_ROLES);
  const from = input.from ?? 1;
  if (!Number.isInteger(from) || from < 1) throw refuse.input('from', 'from is a position: 1 or more');
  if (input.to != null && (!Number.isInteger(input.to) || input.to < from))
    throw refuse.input('to', 'to is a position not before from');
  const expected = input.expectedHead ?? null;
  if (expected && (!Number.isInteger(expected.position) || expected.position < 1))
    throw refuse.input('expectedHead.position', 'an exported head has a position of 1 or more');
  if (expected && !HASH.test(expected.hash))
    throw refuse.input(
      'expectedHead.hash',
      'an exported head has a SHA-256 hash in 64 lower-case hex digits',
    );

  const view = await deps.auditChain.snapshot(async (chain) => {
    const head = await chain.head();
    const purgedThrough = await chain.checkpoint();
    const start: ChainPoint = purgedThrough ?? { position: 0, hash: GENESIS_HASH };
    const to =
      input.to ?? Math.max(head.position, await chain.lastPosition(), expected?.position ?? 0, from - 1);
    if (to - from + 1 > MAX_VERIFIED_POSITIONS)
      throw refuse.input(
        'to',
        `one verification covers at most ${MAX_VERIFIED_POSITIONS} positions: verify the chain range by range`,
      );
    let checked = 0;
    const findings: ChainFinding[] = [];
    for (let first = from; first <= to; first += CHUNK) {
      const last = Math.min(first + CHUNK - 1, to);
      // The neighbours on both sides tell which side of a broken link is at fault.
      const rows = await chain.segment(first - 1, last + 2);
      const part = verifyChainSegment({ from: first, to: last, rows, head, start, expected });
      checked += part.checked;
      findings.push(...part.findings);
    }
    return {
      from,
      to,
      checked,
      verified: findings.length === 0,
      findings,
      head: { ...head, purgedThrough },
    };
  });
  await deps.unitOfWork((tx) =>
    recordTrailRead(deps, tx, actor, 'verifyAuditChain', {
      from: view.from,
      to: view.to,
      checked: view.checked,
      verified: view.verified,
      findings: view.findings.map((f) => ({ position: f.position, kind: f.kind })),
    }),
  );
  return view;
}
