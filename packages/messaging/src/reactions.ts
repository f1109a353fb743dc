import { SERVICES, type Envelope, type EventDefinition } from '@care/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { EventConsumer, type ConsumerOptions } from './consumer';

/** How a service reacts to one kind of event: applied in the transaction that records it as handled. */
export interface Reaction {
  /** The stream the event is published on. */
  stream: string;
  /** The subject to take from the stream; none: every event of the stream. */
  subject?: string;
  /** Whether this reaction applies to an event of the stream. */
  accepts: (event: Envelope) => boolean;
  handle: (event: Envelope, tx: EntityManager) => Promise<void>;
}

/**
 * The one way to react to another service's event: its contract names the stream and subject, its
 * payload is parsed against the contract before the handler sees it, and other versions or types on
 * the same subject pass by.
 */
export function onEvent<S extends z.ZodObject>(
  definition: EventDefinition<S>,
  handler: (data: z.output<S>, event: Envelope, tx: EntityManager) => Promise<unknown>,
): Reaction {
  return {
    stream: SERVICES[definition.service].stream,
    subject: definition.subject,
    accepts: (event) => event.type === definition.type,
    handle: async (event, tx) => {
      await handler(definition.data.parse(event.data), event, tx);
    },
  };
}

/** A reaction to every event of the given streams (an audit trail, a projection of everything). */
export function onEveryEvent(
  streams: readonly string[],
  handler: (event: Envelope, tx: EntityManager) => Promise<unknown>,
): Reaction[] {
  return streams.map((stream) => ({
    stream,
    accepts: () => true,
    handle: async (event, tx) => {
      await handler(event, tx);
    },
  }));
}

/** A durable consumer, named by its purpose, and the reactions it applies. */
export interface Subscription {
  purpose: string;
  reactions: Reaction[];
}

export const subscription = (purpose: string, ...reactions: (Reaction | Reaction[])[]): Subscription => ({
  purpose,
  reactions: reactions.flat(),
});

/** The consumer of a subscription: one source per stream, with the subjects its reactions name. */
export function subscriptionConsumer(
  options: Omit<ConsumerOptions, 'sources' | 'handle' | 'purpose'>,
  { purpose, reactions }: Subscription,
): EventConsumer {
  const byStream = new Map<string, Set<string> | undefined>();
  for (const r of reactions) {
    const known = byStream.has(r.stream) ? byStream.get(r.stream) : new Set<string>();
    // A reaction to a whole stream takes the whole stream (undefined: no subject filter).
    byStream.set(r.stream, known && r.subject ? known.add(r.subject) : undefined);
  }
  return new EventConsumer({
    ...options,
    purpose,
    sources: [...byStream].map(([stream, subjects]) => ({
      stream,
      ...(subjects ? { subjects: [...subjects] } : {}),
    })),
    handle: async (event, tx) => {
      for (const reaction of reactions) if (reaction.accepts(event)) await reaction.handle(event, tx);
    },
  });
}
