import type { EntityManager } from 'typeorm';
import type { DiscountWatch, WatchedDiscount } from '../application/ports';

interface Row {
  discount_id: string;
  kind: string | null;
  issued_at: Date;
  issued_event_id: string;
  issued_by: string;
  customer_id: string | null;
  value: string | null;
}

/**
 * What governance learns of discounts, one row per discount, filled in whatever order the loyalty and
 * approvals streams deliver (each reaction upserts its own columns).
 */
export class SqlDiscountWatch implements DiscountWatch {
  constructor(private readonly manager: EntityManager) {}

  async approvalRequested(discountId: string, kind: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO discount_watch (discount_id, kind, needs_approval) VALUES ($1, $2, true)
       ON CONFLICT (discount_id) DO UPDATE SET needs_approval = true, kind = coalesce(discount_watch.kind, $2)`,
      [discountId, kind],
    );
  }

  async approved(discountId: string, requestId: string, at: Date): Promise<void> {
    await this.manager.query(
      `INSERT INTO discount_watch (discount_id, needs_approval, approved_request_id, approved_at)
       VALUES ($1, true, $2, $3)
       ON CONFLICT (discount_id) DO UPDATE SET needs_approval = true, approved_request_id = $2, approved_at = $3`,
      [discountId, requestId, at],
    );
  }

  async issued(d: WatchedDiscount & { needsApproval: boolean; seenAt: Date }): Promise<void> {
    await this.manager.query(
      `INSERT INTO discount_watch
         (discount_id, kind, needs_approval, issued_at, issued_seen_at, issued_event_id, issued_by, customer_id, value)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (discount_id) DO UPDATE SET
         kind = $2, needs_approval = discount_watch.needs_approval OR $3, issued_at = $4, issued_seen_at = $5,
         issued_event_id = $6, issued_by = $7, customer_id = $8, value = $9`,
      [
        d.discountId,
        d.kind,
        d.needsApproval,
        d.issuedAt,
        d.seenAt,
        d.issuedEventId,
        d.issuedBy,
        d.customerId,
        d.value,
      ],
    );
  }

  async unapprovedIssued(seenBefore: Date, limit: number): Promise<WatchedDiscount[]> {
    const rows = (await this.manager.query(
      `SELECT discount_id, kind, issued_at, issued_event_id, issued_by, customer_id, value::text AS value
         FROM discount_watch
        WHERE needs_approval AND approved_at IS NULL AND violation_id IS NULL AND issued_at IS NOT NULL
          AND issued_seen_at <= $1
        ORDER BY issued_seen_at, discount_id
        LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [seenBefore, limit],
    )) as Row[];
    return rows.map((r) => ({
      discountId: r.discount_id,
      kind: r.kind,
      issuedAt: r.issued_at,
      issuedEventId: r.issued_event_id,
      issuedBy: r.issued_by,
      customerId: r.customer_id,
      value: r.value,
    }));
  }

  async linkViolation(discountId: string, detectingEventId: string): Promise<void> {
    await this.manager.query(
      `UPDATE discount_watch SET violation_id = (SELECT id FROM violation WHERE detected_event_id = $2)
        WHERE discount_id = $1`,
      [discountId, detectingEventId],
    );
  }
}
