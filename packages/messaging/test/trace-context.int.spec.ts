import type { Envelope } from '@care/contracts';
import { expectEventually } from '@care/testing';
import { jetstream, type JsMsg } from '@nats-io/jetstream';
import { context, trace, type SpanContext } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-node';
import type { EventConsumer } from '../src/consumer';
import { enqueue } from '../src/outbox';
import type { OutboxRelay } from '../src/relay';
import { anEvent, benchConsumer, benchRelay, startBench, type Bench } from './harness';

// A provider as a service registers one (service-kit's tracing), recording in memory: every span's
// parent can be checked.
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register({ propagator: new W3CTraceContextPropagator() });

let bench: Bench;
let relay: OutboxRelay;
let consumer: EventConsumer;
/** What the consumer's handler saw as the active span, by event id. */
const handled = new Map<string, SpanContext | undefined>();
/** The messages as a partner receives them, read from the stream. */
const received: JsMsg[] = [];
let stopTap: (() => Promise<void>) | undefined;

beforeAll(async () => {
  bench = await startBench('tracing');
  relay = benchRelay(bench);
  consumer = benchConsumer(bench, 'traced', async (event, tx) => {
    handled.set(event.id, trace.getActiveSpan()?.spanContext());
    await tx.query(`INSERT INTO effect (event_id) VALUES ($1)`, [event.id]);
  });
  await consumer.start();
  const messages = await (
    await jetstream(bench.nc).consumers.get(bench.topology.stream('CARE_LOYALTY'))
  ).consume();
  stopTap = () => messages.close().then(() => undefined);
  void (async () => {
    for await (const m of messages) received.push(m);
  })();
  relay.start();
});

afterAll(async () => {
  await stopTap?.();
  await consumer?.stop();
  await relay?.stop();
  await bench?.close();
  await provider.shutdown();
});

const finished = (name: string, eventId: string): ReadableSpan =>
  exporter
    .getFinishedSpans()
    .find((s) => s.name.startsWith(name) && s.attributes['messaging.message.id'] === eventId)!;

const traceparentOf = (msg: JsMsg) => msg.headers?.get('traceparent') ?? '';

/** What `find` finds, once it is there. */
const found = <T>(find: () => T | undefined): Promise<T> =>
  expectEventually(() => {
    const value = find();
    expect(value).toBeDefined();
    return value!;
  });
const receivedMessage = (eventId: string) =>
  found(() => received.find((m) => m.headers?.get('Ce-Id') === eventId));

describe('trace context through the outbox', () => {
  it('keeps the trace of the enqueue through the relay (traceparent header) into the consumer handling', async () => {
    const request = provider.getTracer('test').startSpan('POST /graphql');
    const event: Envelope = anEvent();
    await context.with(trace.setSpan(context.active(), request), () =>
      bench.dataSource.transaction((tx) => enqueue(tx, event)),
    );
    request.end();
    const traceId = request.spanContext().traceId;

    const [row] = await bench.dataSource.query(`SELECT trace_context FROM outbox WHERE id = $1`, [event.id]);
    const create = finished('create', event.id);
    expect(create.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(row.trace_context).toEqual({
      traceparent: `00-${traceId}-${create.spanContext().spanId}-01`,
    });

    const msg = await receivedMessage(event.id);
    const send = await found(() => finished('send', event.id));
    expect(send.spanContext().traceId).toBe(traceId);
    expect(send.parentSpanContext?.spanId).toBe(create.spanContext().spanId);
    expect(traceparentOf(msg)).toBe(`00-${traceId}-${send.spanContext().spanId}-01`);

    const process = await found(() => finished('process', event.id));
    expect(process.spanContext().traceId).toBe(traceId);
    expect(process.parentSpanContext?.spanId).toBe(send.spanContext().spanId);
    expect(process.attributes['messaging.consumer.group.name']).toBe('test.traced');
    expect(handled.get(event.id)).toEqual(process.spanContext());
  });

  it('publishes a row written before trace context was kept without one, and it is still applied once', async () => {
    const event = anEvent();
    await bench.dataSource.query(
      `INSERT INTO outbox (id, subject, type, payload) VALUES ($1, 'care.loyalty.customer.registered', $2, $3)`,
      [event.id, event.type, JSON.stringify(event)],
    );
    const msg = await receivedMessage(event.id);
    expect(traceparentOf(msg)).toBe('');
    await expectEventually(async () =>
      expect(
        await bench.dataSource.query(`SELECT event_id FROM effect WHERE event_id = $1`, [event.id]),
      ).toEqual([{ event_id: event.id }]),
    );
    expect(finished('send', event.id)).toBeUndefined();
    // The handling starts a trace of its own: nothing to join.
    const process = await found(() => finished('process', event.id));
    expect(process.parentSpanContext).toBeUndefined();
  });
});
