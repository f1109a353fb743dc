import { randomBytes } from 'node:crypto';
import { startTracing } from '@care/service-kit';
import { connectTestNats, dataOf, expectEventually, gql, testToken } from '@care/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { registerCustomer, startSystem, type System } from './harness';

/** What a partner's subscriber sees of one message: the envelope and the headers. */
interface Received {
  envelope: { type: string; subject: string };
  traceparent: string;
}

/** A partner reading the complaints stream from its start, keeping each message's `traceparent`. */
async function partnerSubscriber(namespace: string) {
  const nc: NatsConnection = await connectTestNats();
  const stream = `${namespace.toUpperCase()}_CARE_COMPLAINTS`;
  const jsm = await jetstreamManager(nc);
  await expectEventually(() => jsm.streams.info(stream));
  const messages = await (await jetstream(nc).consumers.get(stream)).consume();
  const received: Received[] = [];
  void (async () => {
    for await (const m of messages)
      received.push({
        envelope: m.json(),
        traceparent: m.headers?.get('traceparent') ?? '',
      });
  })();
  return {
    received,
    stop: async () => {
      await messages.close();
      await nc.close();
    },
  };
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const spans = new InMemorySpanExporter();
let system: System;
let partner: Awaited<ReturnType<typeof partnerSubscriber>>;
const subgraphLogs: Record<string, unknown>[] = [];

beforeAll(async () => {
  // The provider the services register is the first caller's: this one, with a recorder of the spans.
  startTracing('e2e', { spanProcessors: [new SimpleSpanProcessor(spans)] });
  system = await startSystem({ subgraphLogs: (line) => subgraphLogs.push(JSON.parse(line)) });
  partner = await partnerSubscriber(system.namespace);
});

afterAll(async () => {
  await partner?.stop();
  await system?.stop();
});

const inTrace = (traceId: string): ReadableSpan[] =>
  spans.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
const parentOf = (span: ReadableSpan): ReadableSpan | undefined =>
  spans.getFinishedSpans().find((s) => s.spanContext().spanId === span.parentSpanContext?.spanId);

/** A new customer, and a complaint filed for it through the gateway with `headers`. */
async function fileComplaint(headers: Record<string, string>) {
  const specialist = await testToken({ sub: 'cs-7', roles: ['cs_specialist'] });
  const customerId = await registerCustomer(system, specialist, { name: 'Ana Souza' });
  // Complaints learns of the customer from loyalty's event: retried until it has.
  return expectEventually(async () => {
    const result = await gql<{ fileComplaint: { id: string } }>(
      system.gateway.app,
      `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: PHONE, description: "Late delivery" }) { id } }`,
      { c: customerId },
      { token: specialist, headers },
    );
    return { complaint: dataOf(result).fileComplaint, headers: result.headers };
  });
}

/** The event about `subject` as the partner received it. */
const receivedAbout = (subject: string) =>
  expectEventually(() => {
    const found = partner.received.find((r) => r.envelope.subject === subject);
    expect(found).toBeDefined();
    return found!;
  });

describe('one trace from a request to the event a partner receives', () => {
  it('carries the caller’s trace id through the gateway, the complaints subgraph’s logs, the event’s traceparent header and the consumers', async () => {
    const traceId = hex(16);
    const filed = await fileComplaint({ traceparent: `00-${traceId}-${hex(8)}-01` });
    expect(filed.headers['x-trace-id']).toBe(traceId);

    const event = await receivedAbout(filed.complaint.id);
    expect(event.envelope.type).toBe('care.complaints.complaint.received.v1');
    expect(event.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    const logged = subgraphLogs.filter((l) => l.service === 'complaints' && l.trace_id === traceId);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged[0]!.span_id).toMatch(/^[0-9a-f]{16}$/);

    // The spans: gateway -> complaints -> outbox -> relay -> each consumer, one trace.
    const send = await expectEventually(() => {
      const span = inTrace(traceId).find((s) => s.name === 'send care.complaints.complaint.received');
      expect(span).toBeDefined();
      return span!;
    });
    expect(event.traceparent.split('-')[2]).toBe(send.spanContext().spanId);
    const create = parentOf(send);
    expect(create?.name).toBe('create care.complaints.complaint.received');
    const subgraphRequest = parentOf(create!);
    expect(subgraphRequest?.name).toBe('POST /graphql');
    expect(subgraphRequest?.instrumentationScope.name).toBe('@care/complaints');
    const fetch = parentOf(subgraphRequest!);
    expect(fetch?.name).toBe('gateway.fetch');
    const gatewayRequest = inTrace(traceId).find(
      (s) => s.instrumentationScope.name === '@care/gateway' && s.name === 'POST /graphql',
    );
    expect(gatewayRequest?.attributes['graphql.operation.type']).toBe('mutation');
    expect(gatewayRequest?.attributes['http.response.status_code']).toBe(200);
    const audit = await expectEventually(() => {
      const span = inTrace(traceId).find(
        (s) => s.attributes['messaging.consumer.group.name'] === 'governance.audit-trail',
      );
      expect(span).toBeDefined();
      return span!;
    });
    expect(audit.name).toBe(`process ${system.namespace}.care.complaints.complaint.received`);
    expect(audit.parentSpanContext?.spanId).toBe(send.spanContext().spanId);
  });

  it('starts a trace when the caller sends none and returns its id, which the partner’s event carries', async () => {
    const filed = await fileComplaint({});
    const traceId = filed.headers['x-trace-id'];
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(traceId).not.toBe('0'.repeat(32));
    const event = await receivedAbout(filed.complaint.id);
    expect(event.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    expect(subgraphLogs.some((l) => l.service === 'complaints' && l.trace_id === traceId)).toBe(true);
  });
});
