/** The relay's waves (no servers): an aggregate's events one wave after another, the others together. */
import { wavesByAggregate, type OutboxRow } from '../src/relay-order';

const row = (id: string, subject?: string): OutboxRow => ({
  id,
  subject: 'loyalty.customer.registered',
  type: 'care.loyalty.customer.registered.v1',
  payload: subject === undefined ? {} : { subject },
  attempts: 0,
  trace_context: null,
});

describe("the relay's waves", () => {
  it('sends a batch of different aggregates in one wave, in outbox order', () => {
    expect(wavesByAggregate([row('1', 'a'), row('2', 'b'), row('3', 'c')])).toEqual([[0, 1, 2]]);
  });

  it("sends an aggregate's second event in the wave after its first, and so on", () => {
    const rows = [row('1', 'a'), row('2', 'a'), row('3', 'b'), row('4', 'a'), row('5', 'b'), row('6', 'c')];
    expect(wavesByAggregate(rows)).toEqual([[0, 2, 5], [1, 4], [3]]);
  });

  it('takes a row without a subject for an aggregate of its own', () => {
    expect(wavesByAggregate([row('1'), row('2'), row('3', 'a')])).toEqual([[0, 1, 2]]);
    expect(wavesByAggregate([])).toEqual([]);
  });
});
