import {
  AggregateOrder,
  FAILED_GRACE_MS,
  HELD_GRACE_MS,
  HOLD_MARGIN_MS,
  type Position,
} from '../src/aggregate-order';

const at = (key: string, seq: number): Position => ({ key, eventId: `${key}-${seq}`, seq });

describe('the order of an aggregate’s events in a consumer', () => {
  it('lets every event through while nothing failed', () => {
    const order = new AggregateOrder();
    expect(order.idle).toBe(true);
    expect(order.waitUntil(at('a', 1), 0)).toBeUndefined();
    expect(order.waitUntil(at('a', 2), 0)).toBeUndefined();
  });

  it('holds the later events of an aggregate until its failed event is retried and applied, not the others', () => {
    const order = new AggregateOrder();
    order.failed(at('a', 1), 500, 1_000);
    const until = 1_000 + 500 + FAILED_GRACE_MS;
    expect(order.waitUntil(at('a', 2), 1_010)).toBe(until);
    expect(order.waitUntil(at('b', 3), 1_010)).toBeUndefined();
    // The failed event itself comes back for its retry.
    expect(order.waitUntil(at('a', 1), 1_500)).toBeUndefined();
    expect(order.hold(at('a', 2), until, 1_010)).toBe(until - 1_010 + HOLD_MARGIN_MS);
    order.settled(at('a', 1));
    // Applied: a later event waits now only for the held one before it.
    expect(order.waitUntil(at('a', 3), 1_600)).toBe(until + HOLD_MARGIN_MS);
    expect(order.waitUntil(at('a', 2), until + HOLD_MARGIN_MS)).toBeUndefined();
    order.settled(at('a', 2));
    expect(order.waitUntil(at('a', 3), until + HOLD_MARGIN_MS)).toBeUndefined();
    expect(order.idle).toBe(true);
  });

  it('keeps held events in stream order whichever comes back first', () => {
    const order = new AggregateOrder();
    order.failed(at('a', 1), 100, 0);
    const until = 100 + FAILED_GRACE_MS;
    order.hold(at('a', 2), until, 10);
    order.hold(at('a', 3), until, 20);
    order.settled(at('a', 1));
    const back = until + HOLD_MARGIN_MS;
    // The third is back a moment before the second: it waits again.
    expect(order.waitUntil(at('a', 3), back)).toBe(back);
    expect(order.waitUntil(at('a', 2), back)).toBeUndefined();
    // In one batch, the second ahead of the third: both go.
    expect(order.waitUntil(at('a', 3), back, { ids: new Set(['a-2']), seqs: new Set([2]) })).toBeUndefined();
  });

  it('lets an event go before its batch’s failed event only if that one is ahead of it in the batch', () => {
    const order = new AggregateOrder();
    order.failed(at('a', 1), 100, 0);
    expect(order.waitUntil(at('a', 2), 50, { ids: new Set(['a-1']), seqs: new Set([1]) })).toBeUndefined();
    expect(order.waitUntil(at('a', 2), 50, { ids: new Set(), seqs: new Set() })).toBe(100 + FAILED_GRACE_MS);
  });

  it('stops waiting for an event that went to another replica', () => {
    const order = new AggregateOrder();
    order.failed(at('a', 1), 100, 0);
    // Its retry went elsewhere: the block ends by time.
    expect(order.waitUntil(at('a', 2), 100 + FAILED_GRACE_MS)).toBeUndefined();
    order.failed(at('b', 1), 100, 0);
    order.hold(at('b', 2), 100 + FAILED_GRACE_MS, 0);
    order.settled(at('b', 1));
    // The held one never comes back here: the later ones wait for it only so long.
    const due = 100 + FAILED_GRACE_MS + HOLD_MARGIN_MS;
    expect(order.waitUntil(at('b', 3), due + HELD_GRACE_MS - 1)).toBe(due);
    expect(order.waitUntil(at('b', 3), due + HELD_GRACE_MS)).toBeUndefined();
  });

  it('does not count a hold as a try, and forgets the holds of a settled event', () => {
    const order = new AggregateOrder();
    order.failed(at('a', 1), 100, 0);
    order.hold(at('a', 2), 1_100, 0);
    order.hold(at('a', 2), 1_100, 1_200);
    expect(order.tries('a-2', 3)).toBe(1);
    expect(order.tries('a-1', 3)).toBe(3);
    order.settled(at('a', 2));
    expect(order.tries('a-2', 3)).toBe(3);
  });

  it('lets the later events go once the failed event is dead-lettered', () => {
    const order = new AggregateOrder();
    order.failed(at('a', 1), 100, 0);
    expect(order.waitUntil(at('a', 2), 10)).toBeDefined();
    order.settled(at('a', 1));
    expect(order.waitUntil(at('a', 2), 10)).toBeUndefined();
    expect(order.idle).toBe(true);
  });
});
