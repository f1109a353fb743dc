import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { envelopeSchema, type Envelope, type EventActor } from './envelope';
import { SERVICES, type ServiceKey } from './streams';

export interface EventDefinition<S extends z.ZodObject = z.ZodObject> {
  /** `care.<service>.<aggregate>.<event>.v<version>` */
  type: string;
  /** The NATS subject: `care.<service>.<aggregate>.<event>` (versions of one event share it). */
  subject: string;
  service: ServiceKey;
  aggregate: string;
  name: string;
  version: number;
  description: string;
  data: S;
  example: z.input<S>;
}

export function defineEvent<S extends z.ZodObject>(
  spec: Omit<EventDefinition<S>, 'type' | 'subject'>,
): EventDefinition<S> {
  const subject = `care.${spec.service}.${spec.aggregate}.${spec.name}`;
  return { ...spec, subject, type: `${subject}.v${spec.version}` };
}

/**
 * defineEvent for one service's events: the service said once, each event by its aggregate and name
 * (version 1 unless it says otherwise).
 */
export function serviceEvents(service: ServiceKey) {
  return <S extends z.ZodObject>(
    aggregate: string,
    name: string,
    spec: Pick<EventDefinition<S>, 'description' | 'data' | 'example'> & { version?: number },
  ): EventDefinition<S> => defineEvent({ ...spec, service, aggregate, name, version: spec.version ?? 1 });
}

/**
 * The events of an aggregate that all carry the same payload (its id, its status, when ...): each event is
 * described by what it adds to `common`, and its example by the values that differ from `commonExample`.
 */
export function commonPayloadEvents<T extends z.ZodRawShape>(
  service: ServiceKey,
  aggregate: string,
  common: z.ZodObject<T>,
  commonExample: z.input<z.ZodObject<T>>,
) {
  const event = serviceEvents(service);
  return <S extends z.ZodRawShape>(
    name: string,
    description: string,
    extra: S,
    extraExample: Record<string, unknown>,
  ) => {
    const data = common.extend(extra);
    // The catalogue's tests parse every example against its schema.
    const example = { ...commonExample, ...extraExample } as unknown as z.input<typeof data>;
    return event(aggregate, name, { description, data, example });
  };
}

export interface EventContext {
  actor: EventActor;
  correlationId: string;
  causationId?: string | null;
  /** Defaults to now. */
  time?: Date;
  /** Defaults to a new UUID. */
  id?: string;
}

/**
 * The envelope fields of an event a service account emits in reaction to another event: it keeps the
 * cause's correlation id and names the cause, so a flow across services can be followed end to end.
 */
export function reactionTo(
  cause: Pick<Envelope, 'id' | 'correlationId'>,
  serviceAccount: string,
): EventContext {
  return {
    actor: { kind: 'service', id: serviceAccount },
    correlationId: cause.correlationId,
    causationId: cause.id,
  };
}

/** Builds a validated envelope: a payload that does not match its contract is a programming error. */
export function createEvent<S extends z.ZodObject>(
  definition: EventDefinition<S>,
  subject: string,
  data: z.input<S>,
  context: EventContext,
): Envelope<z.output<S>> {
  const parsed = definition.data.parse(data);
  return envelopeSchema.parse({
    specversion: '1.0',
    id: context.id ?? randomUUID(),
    type: definition.type,
    source: SERVICES[definition.service].source,
    subject,
    time: (context.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    correlationId: context.correlationId,
    causationId: context.causationId ?? null,
    actor: context.actor,
    data: parsed,
  }) as Envelope<z.output<S>>;
}

/** The port a use case writes its events to; it commits with the use case's transaction. */
export interface Outbox {
  enqueue(...events: Envelope[]): Promise<void>;
}
