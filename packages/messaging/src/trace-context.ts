import { ROOT_CONTEXT, SpanKind, trace, type Context, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * W3C Trace Context (`traceparent`, `tracestate`) as it travels with an event: stored with the outbox
 * row at enqueue, sent by the relay as NATS headers, read back by consumers. The propagator is fixed
 * rather than the global one: partners are promised exactly these two headers, whatever a process
 * configures for its own HTTP calls.
 */
export const TRACE_HEADERS = ['traceparent', 'tracestate'] as const;

export type TraceCarrier = Partial<Record<(typeof TRACE_HEADERS)[number], string>>;

const propagator = new W3CTraceContextPropagator();

/** Spans of the outbox, the relay and the consumers. Without a registered provider they cost nothing. */
export const tracer = trace.getTracer('@care/messaging');

/** The trace context of `ctx` as headers, or undefined when it has no valid span. */
export function traceCarrierOf(ctx: Context): TraceCarrier | undefined {
  const carrier: Record<string, string> = {};
  propagator.inject(ctx, carrier, {
    set: (c, key, value) => {
      c[key] = value;
    },
  });
  return carrier.traceparent ? (carrier as TraceCarrier) : undefined;
}

/** The context a carrier describes; the root context when it carries nothing (valid). */
export function contextOfCarrier(carrier: TraceCarrier | null | undefined): Context {
  if (!carrier?.traceparent) return ROOT_CONTEXT;
  return propagator.extract(ROOT_CONTEXT, carrier, {
    get: (c, key) => (key in c ? c[key as keyof TraceCarrier] : undefined),
    keys: (c) => Object.keys(c),
  });
}

/** Reads the trace headers of a NATS message (whose `get` answers '' for a missing header). */
export function carrierOfHeaders(headers: { get(key: string): string } | undefined): TraceCarrier {
  const carrier: TraceCarrier = {};
  for (const key of TRACE_HEADERS) {
    const value = headers?.get(key);
    if (value) carrier[key] = value;
  }
  return carrier;
}

/** Writes a carrier's headers onto a NATS message's headers. */
export function setTraceHeaders(headers: { set(key: string, value: string): void }, carrier?: TraceCarrier) {
  for (const key of TRACE_HEADERS) {
    const value = carrier?.[key];
    if (value) headers.set(key, value);
  }
}

/** The carrier of a span, as the next hop should see it (the span is its parent). */
export function carrierOfSpan(span: Span): TraceCarrier | undefined {
  return traceCarrierOf(trace.setSpan(ROOT_CONTEXT, span));
}

/** Messaging span attributes (OpenTelemetry semantic conventions, messaging; not yet stable). */
export const MESSAGING = {
  system: 'messaging.system',
  destination: 'messaging.destination.name',
  messageId: 'messaging.message.id',
  operationType: 'messaging.operation.type',
  consumerGroup: 'messaging.consumer.group.name',
} as const;

/** A consumer's handling of one message, in the trace its publisher started (its `traceparent` header). */
export function processSpan(
  subject: string,
  headers: { get(key: string): string } | undefined,
  eventId: string,
  consumer: string,
): Span {
  return tracer.startSpan(
    `process ${subject}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        [MESSAGING.system]: 'nats',
        [MESSAGING.operationType]: 'process',
        [MESSAGING.destination]: subject,
        [MESSAGING.messageId]: eventId,
        [MESSAGING.consumerGroup]: consumer,
      },
    },
    contextOfCarrier(carrierOfHeaders(headers)),
  );
}
