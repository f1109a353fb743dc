import type { Outbox } from '@care/contracts';
import type { Department } from '@care/domain-kernel';
import type { PageRequest } from '@care/service-kit';
import type {
  RectificationItem,
  RectificationSeverity,
  RectificationSource,
  RectificationStatus,
} from '../domain/rectification';

export interface RectificationFilter {
  status?: readonly RectificationStatus[] | null;
  severity?: RectificationSeverity | null;
  source?: RectificationSource | null;
  sourceId?: string | null;
  ownerDepartment?: Department | null;
  /** Marked overdue by the job (true) or not (false). */
  overdue?: boolean | null;
}

export interface RectificationRepository {
  findById(id: string): Promise<RectificationItem | null>;
  /** The item locked for the transaction. */
  lockById(id: string): Promise<RectificationItem | null>;
  list(
    filter: RectificationFilter,
    page: PageRequest,
  ): Promise<{ rows: RectificationItem[]; totalCount: number }>;
  insert(item: RectificationItem): Promise<void>;
  /** Inserts unless an item was opened from the same event already: whether it inserted. */
  insertUnlessOpened(item: RectificationItem): Promise<boolean>;
  /** CONFLICT unless the stored item is still at `expectedVersion`. */
  update(item: RectificationItem, expectedVersion: number): Promise<RectificationItem>;
  /** Running items past their deadline that are not marked overdue yet (oldest deadline first). */
  dueForOverdue(now: Date, limit: number): Promise<string[]>;
}

/** What a rectification change needs of a transaction. */
export interface RectificationTransaction {
  rectifications: RectificationRepository;
  outbox: Outbox;
}
