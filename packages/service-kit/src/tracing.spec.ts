import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { createLogger } from './logger';
import { injectTraceHeaders, spanSampler, startTracing, traceFields, tracesExported } from './tracing';

const recorded = new InMemorySpanExporter();
startTracing('kit-test', { env: {}, spanProcessors: [new SimpleSpanProcessor(recorded)] });

describe('OTLP export settings', () => {
  it('is off by default and on with an endpoint or OTEL_TRACES_EXPORTER=otlp; none wins', () => {
    expect(tracesExported({})).toBe(false);
    expect(tracesExported({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracesExported({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(
      true,
    );
    expect(tracesExported({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(
      tracesExported({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }),
    ).toBe(false);
    expect(tracesExported({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBe(false);
  });
});

describe('spans nobody reads', () => {
  it('are not recorded, yet keep the trace and span ids that the logs and the traceparent carry', () => {
    const sampler = spanSampler(0, {});
    expect(sampler?.toString()).toBe('AlwaysOffSampler');
    const tracer = new NodeTracerProvider({ ...(sampler ? { sampler } : {}) }).getTracer('test');
    const span = tracer.startSpan('work');
    expect(span.isRecording()).toBe(false);
    const { traceId, spanId } = span.spanContext();
    expect(trace.isSpanContextValid(span.spanContext())).toBe(true);
    const headers = new Map<string, string>();
    injectTraceHeaders(headers, trace.setSpan(context.active(), span));
    expect(headers.get('traceparent')).toBe(`00-${traceId}-${spanId}-00`);
    const child = tracer.startSpan('child', {}, trace.setSpan(context.active(), span));
    expect(child.spanContext().traceId).toBe(traceId);
  });

  it("are recorded by the SDK's sampler once an exporter or processor reads them, or one is configured", () => {
    expect(spanSampler(1, {})).toBeUndefined();
    expect(spanSampler(0, { OTEL_TRACES_SAMPLER: 'parentbased_traceidratio' })).toBeUndefined();
    expect(spanSampler(0, { OTEL_TRACES_SAMPLER: ' ' })?.toString()).toBe('AlwaysOffSampler');
  });
});

describe('trace ids in the logs', () => {
  it('adds trace_id and span_id of the active span to each line, and nothing outside a span', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('kit-test', 'info', {
      write: (line: string) => lines.push(JSON.parse(line)),
    });
    logger.info('outside');
    const span = trace.getTracer('test').startSpan('work');
    context.with(trace.setSpan(context.active(), span), () => logger.child({ actor: 'x' }).info('inside'));
    span.end();
    const { traceId, spanId } = span.spanContext();
    expect(lines[0]).not.toHaveProperty('trace_id');
    expect(lines[1]).toMatchObject({ msg: 'inside', trace_id: traceId, span_id: spanId });
    expect(traceFields()).toEqual({});
    expect(recorded.getFinishedSpans().map((s) => s.name)).toEqual(['work']);
  });
});
