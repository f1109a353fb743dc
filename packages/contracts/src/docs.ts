import path from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { EVENTS } from './catalogue';
import type { EventDefinition } from './define';
import { envelopeSchema } from './envelope';
import { SERVICES, STREAMS } from './streams';

export const DOCS_DIR = path.resolve(__dirname, '..', '..', '..', 'docs', 'events');
export const ASYNCAPI_FILE = path.join(DOCS_DIR, 'asyncapi.yaml');
export const CATALOGUE_FILE = path.join(DOCS_DIR, 'README.md');

const camel = (e: EventDefinition) =>
  `${e.service}${[e.aggregate, e.name].map((p) => p.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase())).join('')}V${e.version}`;

/** The envelope as JSON Schema, with `data` replaced by the event's own schema. */
export function messageSchema(event: EventDefinition): Record<string, unknown> {
  const envelope = z.toJSONSchema(envelopeSchema.extend({ data: event.data }), {
    target: 'draft-7',
  }) as Record<string, unknown>;
  delete envelope.$schema;
  return envelope;
}

export function exampleEnvelope(event: EventDefinition) {
  return {
    specversion: '1.0',
    id: '3e1f0a52-7d4b-4c8e-9f21-6a5b4c3d2e1f',
    type: event.type,
    source: SERVICES[event.service].source,
    subject: Object.values(event.example)[0],
    time: '2026-03-02T02:00:01.000Z',
    datacontenttype: 'application/json',
    correlationId: 'req-8f2c',
    causationId: null,
    actor: { kind: 'user', id: 'u-1024' },
    data: event.example,
  };
}

/** The AsyncAPI 3.0 document of every public event. */
export function renderAsyncApi(): string {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const event of EVENTS) {
    const id = camel(event);
    messages[id] = {
      name: event.type,
      title: event.type,
      summary: event.description,
      contentType: 'application/json',
      headers: {
        type: 'object',
        properties: {
          'Nats-Msg-Id': {
            type: 'string',
            description: 'The event id: JetStream drops a repeat inside its duplicate window.',
          },
          'Ce-Type': { type: 'string', const: event.type },
          traceparent: {
            type: 'string',
            description:
              'W3C Trace Context of the publish: the trace of the request or event that caused this one. ' +
              'Continue it (a child span) to join your handling to that trace.',
            pattern: '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
          },
          tracestate: { type: 'string', description: 'W3C Trace Context vendor state, when present.' },
        },
      },
      payload: messageSchema(event),
      examples: [{ name: 'example', payload: exampleEnvelope(event) }],
    };
    channels[id] = {
      address: event.subject,
      title: event.subject,
      description: `Stream ${SERVICES[event.service].stream}. ${event.description}`,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
    };
    operations[`publish${id[0]!.toUpperCase()}${id.slice(1)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
  }
  const document = {
    asyncapi: '3.0.0',
    info: {
      title: 'Care Graph events',
      version: '1.0.0',
      description:
        'Events published by the Care Graph services on NATS JetStream, one stream per service ' +
        `(${STREAMS.filter((s) => s.public)
          .map((s) => s.name)
          .join(', ')}). Every message is a CloudEvents-style envelope. The events of one aggregate (one ` +
        '`subject`) are stored in the order their changes were committed. Changes are additive; a breaking ' +
        'change is a new `.vN` type published beside the old one. Generated from packages/contracts: do not edit.',
    },
    defaultContentType: 'application/json',
    servers: {
      nats: {
        host: 'localhost:4222',
        protocol: 'nats',
        description: 'JetStream; partners connect as the `partner` user.',
      },
    },
    channels,
    operations,
    components: { messages },
  };
  return stringify(document, { lineWidth: 0 });
}

/** The readable event catalogue (docs/events/README.md). */
export function renderCatalogue(): string {
  const lines = [
    '# Event catalogue',
    '',
    'Generated from `packages/contracts` by `pnpm --filter @care/contracts docs`: do not edit by hand.',
    'The machine-readable form is [asyncapi.yaml](asyncapi.yaml) (AsyncAPI 3.0).',
    '',
    'Every event travels in one envelope: `specversion`, `id` (also the `Nats-Msg-Id` header), `type`',
    '(`care.<service>.<aggregate>.<event>.v<N>`), `source`, `subject` (the aggregate id), `time`,',
    '`datacontenttype`, `correlationId`, `causationId`, `actor` and `data`. Events carry ids and business',
    "facts, never a person's contact details or ID numbers.",
    '',
    'Headers: `Nats-Msg-Id` and `Ce-Id` (the event id), `Ce-Type`, and the W3C Trace Context of the',
    'trace that caused the event: `traceparent` (`00-<trace id>-<span id>-<flags>`) and `tracestate` when',
    'present. Quote the trace id to support, or continue the trace (your span a child of `traceparent`).',
    '',
    'Order: the events of one aggregate (one `subject`) are stored in their stream in the order their',
    'changes were committed, so a consumer that reads the stream in order (an ordered consumer, or one',
    'worker acknowledging each event before the next) sees them in that order. Across aggregates the order',
    "is close to that of the service's outbox (the order of the commits). An event the server refused at first",
    'is published again after a pause, and the later events of its aggregate wait for it.',
    'Each event is stored once (a repeated publish has the same `Nats-Msg-Id` and is dropped); a consumer',
    'may still see one twice (after a missed acknowledgement): key your effects by the event id.',
    '',
    '## Streams',
    '',
    '| stream | subjects | partners may read |',
    '|---|---|---|',
    ...STREAMS.map((s) => `| \`${s.name}\` | \`${s.subjects.join('`, `')}\` | ${s.public ? 'yes' : 'no'} |`),
    '',
    '## Events',
    '',
    '| type | subject | what happened |',
    '|---|---|---|',
    ...EVENTS.map((e) => `| \`${e.type}\` | \`${e.subject}\` | ${e.description} |`),
    '',
  ];
  for (const event of EVENTS) {
    lines.push(
      `### ${event.type}`,
      '',
      event.description,
      '',
      '```json',
      JSON.stringify(exampleEnvelope(event), null, 2),
      '```',
      '',
    );
  }
  return lines.join('\n');
}
