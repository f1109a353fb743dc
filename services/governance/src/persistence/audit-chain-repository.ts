import type { EntityManager } from 'typeorm';
import type { AuditChainStore, AuditCheckpoint, AuditHead } from '../application/ports';
import { seal, type SealedAuditEntry } from '../domain/audit-chain';
import type { AuditEntry } from '../domain/audit-entry';
import { AuditEntryEntity } from './audit-entry.entity';
import { AUDIT_ENTRIES, toAuditEntry } from './audit-entry-rows';
import { mappedRows } from './sql-rows';

/** Entries deleted per statement by a purge. */
const PURGE_BATCH = 5_000;

/**
 * The audit chain in SQL (DOMAIN 4.1). Every append locks the one chain-head row (SELECT ... FOR UPDATE)
 * in the transaction that inserts the entry, so appends from concurrent consumers and requests queue up
 * and the chain never forks; the head moves with the insert or not at all.
 */
export class SqlAuditChain implements AuditChainStore {
  constructor(private readonly manager: EntityManager) {}

  /** Runs in the caller's transaction, or in one of its own: the lock means nothing outside one. */
  private transactional<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.manager.queryRunner?.isTransactionActive
      ? work(this.manager)
      : this.manager.transaction(work);
  }

  append(entry: AuditEntry, options: { once?: boolean } = {}): Promise<SealedAuditEntry | null> {
    return this.transactional(async (manager) => {
      const [head] = (await manager.query(`SELECT position, hash FROM audit_chain_head FOR UPDATE`)) as {
        position: string;
        hash: string;
      }[];
      if (!head) throw new Error('the audit chain has no head: run the migrations');
      if (options.once) {
        const existing = await manager.getRepository(AuditEntryEntity).existsBy({ id: entry.id });
        if (existing) return null;
      }
      const sealed = seal({ position: Number(head.position), hash: head.hash }, entry);
      await manager.getRepository(AuditEntryEntity).insert(sealed);
      await manager.query(`UPDATE audit_chain_head SET position = $1, hash = $2, updated_at = $3`, [
        sealed.position,
        sealed.hash,
        new Date(),
      ]);
      return sealed;
    });
  }

  async head(): Promise<AuditHead> {
    const [row] = (await this.manager.query(`SELECT position, hash, updated_at FROM audit_chain_head`)) as {
      position: string;
      hash: string;
      updated_at: Date;
    }[];
    if (!row) throw new Error('the audit chain has no head: run the migrations');
    return { position: Number(row.position), hash: row.hash, updatedAt: row.updated_at };
  }

  async checkpoint(): Promise<AuditCheckpoint | null> {
    const [row] = (await this.manager.query(
      `SELECT through_position, through_hash, purged_at, cutoff, deleted FROM audit_purge
        ORDER BY through_position DESC LIMIT 1`,
    )) as {
      through_position: string;
      through_hash: string;
      purged_at: Date;
      cutoff: Date;
      deleted: number;
    }[];
    return row
      ? {
          position: Number(row.through_position),
          hash: row.through_hash,
          purgedAt: row.purged_at,
          cutoff: row.cutoff,
          deleted: row.deleted,
        }
      : null;
  }

  async lastPosition(): Promise<number> {
    const [row] = (await this.manager.query(`SELECT max(position) AS last FROM audit_entry`)) as {
      last: string | null;
    }[];
    return Number(row?.last ?? 0);
  }

  async segment(from: number, to: number): Promise<SealedAuditEntry[]> {
    return mappedRows(
      this.manager,
      `SELECT ${AUDIT_ENTRIES.columns} FROM audit_entry WHERE position BETWEEN $1 AND $2 ORDER BY position`,
      [from, to],
      toAuditEntry,
    );
  }

  /**
   * Deletes the longest run of entries from the start of the chain that are all past retention (older
   * than `cutoff` and past their own retainUntil at `now`), and records the last one's position and hash
   * as the checkpoint the rest of the chain verifies from. An entry still within retention stops the run:
   * it and everything after it stay. Null when nothing could be purged.
   */
  purge(cutoff: Date, now: Date, id: string): Promise<AuditCheckpoint | null> {
    return this.transactional(async (manager) => {
      // Appends wait while the purge runs: the checkpoint and the chain stay one story.
      const [head] = (await manager.query(`SELECT position FROM audit_chain_head FOR UPDATE`)) as {
        position: string;
      }[];
      const previous = await new SqlAuditChain(manager).checkpoint();
      const start = previous?.position ?? 0;
      const [young] = (await manager.query(
        `SELECT least(
            (SELECT min(position) FROM audit_entry WHERE occurred_at > $1),
            (SELECT min(position) FROM audit_entry WHERE retain_until > $2)) AS first`,
        [cutoff, now],
      )) as { first: string | null }[];
      const stop =
        young?.first === null || young?.first === undefined
          ? Number(head!.position) + 1
          : Number(young.first);
      const [last] = (await manager.query(
        `SELECT position, hash FROM audit_entry WHERE position > $1 AND position < $2
          ORDER BY position DESC LIMIT 1`,
        [start, stop],
      )) as { position: string; hash: string }[];
      if (!last) return null;
      const through = Number(last.position);
      let deleted = 0;
      for (let from = start; from < through; from += PURGE_BATCH) {
        const result = (await manager.query(
          `DELETE FROM audit_entry
            WHERE position > $1 AND position <= $2 AND occurred_at <= $3 AND retain_until <= $4`,
          [from, Math.min(from + PURGE_BATCH, through), cutoff, now],
        )) as [unknown[], number];
        deleted += result[1];
      }
      if (deleted === 0) return null;
      const checkpoint: AuditCheckpoint = {
        position: through,
        hash: last.hash,
        purgedAt: now,
        cutoff,
        deleted,
      };
      await manager.query(
        `INSERT INTO audit_purge (id, purged_at, cutoff, through_position, through_hash, deleted)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, now, cutoff, through, last.hash, deleted],
      );
      return checkpoint;
    });
  }
}
