import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type TextMapSetter,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, type Sampler } from '@opentelemetry/sdk-trace-base';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
} from '@opentelemetry/semantic-conventions';
import type { NextFunction, Request, Response } from 'express';

/**
 * Distributed tracing (OpenTelemetry, W3C Trace Context). Every process starts spans so that the trace
 * id travels (gateway -> subgraphs -> outbox -> NATS headers -> consumers) and appears in the logs;
 * they are recorded and exported over OTLP/HTTP only when an endpoint is configured (spanSampler).
 */

/** The trace id of a request, returned to the caller for support tickets. */
export const TRACE_ID_HEADER = 'x-trace-id';

type Env = Record<string, string | undefined>;

/** OTLP export is off unless an endpoint (or OTEL_TRACES_EXPORTER=otlp) is set; `none` turns it off. */
export function tracesExported(env: Env = process.env): boolean {
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (exporter === 'none') return false;
  if (exporter === 'otlp') return true;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * The sampler of a process whose spans go to `consumers` span processors: the SDK's own (parent-based,
 * always on, or OTEL_TRACES_SAMPLER) when something reads them, otherwise one that records nothing. An
 * unrecorded span still has its trace and span ids, so the ids still reach the logs, the `x-trace-id`
 * header, the subgraphs and the events; it only skips the timings, attributes and events nobody reads
 * (on the gateway, several spans a request: parse, validate, plan, each fetch, result shaping).
 */
export function spanSampler(consumers: number, env: Env = process.env): Sampler | undefined {
  if (consumers > 0 || env.OTEL_TRACES_SAMPLER?.trim()) return undefined;
  return new AlwaysOffSampler();
}

let provider: NodeTracerProvider | undefined;

export interface TracingOptions {
  env?: Env;
  /** Processors besides the OTLP export (a test's in-memory recorder). */
  spanProcessors?: SpanProcessor[];
}

/**
 * Registers the process's tracer provider, once: the first caller names it (one service per process in
 * production; the in-process test system shares the first one's). Spans are recorded only for an
 * exporter or a given processor (spanSampler); the exporter reads the standard OTEL_EXPORTER_OTLP_*
 * settings itself.
 */
export function startTracing(service: string, options: TracingOptions = {}): void {
  if (provider) return;
  const env = options.env ?? process.env;
  const spanProcessors = [
    ...(tracesExported(env) ? [new BatchSpanProcessor(new OTLPTraceExporter())] : []),
    ...(options.spanProcessors ?? []),
  ];
  const sampler = spanSampler(spanProcessors.length, env);
  provider = new NodeTracerProvider({
    ...(sampler ? { sampler } : {}),
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, win over the service's own name.
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }).merge(
      detectResources({ detectors: [envDetector] }),
    ),
    spanProcessors,
  });
  // Trace context only: W3C baggage from callers is not carried into the platform.
  provider.register({ propagator: new W3CTraceContextPropagator() });
}

/** Sends the spans still buffered (on shutdown); a no-op without an exporter. */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/** The active span's ids for a log line, or nothing outside a trace. */
export function traceFields(): { trace_id: string; span_id: string } | Record<string, never> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return trace.isSpanContextValid(span.spanContext()) ? { trace_id: traceId, span_id: spanId } : {};
}

interface OutgoingHeaders {
  set(name: string, value: string): void;
}

const headerSetter: TextMapSetter<OutgoingHeaders> = {
  set: (headers, key, value) => headers.set(key, value),
};

/** Writes the trace context of `ctx` (the active one by default) into outgoing HTTP headers. */
export function injectTraceHeaders(headers: OutgoingHeaders, ctx: Context = context.active()): void {
  propagation.inject(ctx, headers, headerSetter);
}

/**
 * The server span of an HTTP request, continuing the caller's trace (`traceparent`) or starting one. The
 * span is active for what the request does from here: AsyncLocalStorage carries it through callbacks
 * and promises, and Express's body parser (raw-body) calls back in the context it was entered in. It
 * ends when the response does; its trace id is returned in `x-trace-id`. The request's and response's
 * emitters are not bound to the span (that would wrap every listener of every request): the access log
 * writes its line in the span itself (requestLogging).
 */
export function httpTracing(service: string, options: { ignore?: (path: string) => boolean } = {}) {
  const tracer = trace.getTracer(`@care/${service}`);
  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.path;
    if (options.ignore?.(path)) {
      next();
      return;
    }
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const route = path === '/graphql' ? '/graphql' : undefined;
    const span = tracer.startSpan(
      route ? `${req.method} ${route}` : req.method,
      {
        kind: SpanKind.SERVER,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: req.method,
          ...(route ? { [ATTR_HTTP_ROUTE]: route } : {}),
        },
      },
      parent,
    );
    const spanContext = span.spanContext();
    if (trace.isSpanContextValid(spanContext)) res.setHeader(TRACE_ID_HEADER, spanContext.traceId);
    const end = ending(span, res);
    res.on('finish', end);
    res.on('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Ends the request's span once, when the response is sent or the connection closes. */
function ending(span: Span, res: Response): () => void {
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
}

/** Names the request's span after the GraphQL operation (`graphql.operation.name`/`.type`). */
export function tracingPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          const span = trace.getActiveSpan();
          if (operation) span?.setAttribute('graphql.operation.type', operation.operation);
          if (operationName) span?.setAttribute('graphql.operation.name', operationName);
        },
      };
    },
  };
}
