import { z } from 'zod';

/** Who caused an event: a person (the JWT subject) or a service account. */
export const actorSchema = z.object({
  kind: z.enum(['user', 'service']),
  id: z.string().min(1),
});
export type EventActor = z.infer<typeof actorSchema>;

/**
 * The envelope every event travels in: CloudEvents 1.0 attributes (`specversion`, `id`, `type`,
 * `source`, `subject`, `time`, `datacontenttype`) plus the platform's tracing extensions
 * (`correlationId`, `causationId`) and the `actor`.
 */
export const envelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  type: z.string().regex(/^care\.[a-z]+\.[a-z_]+\.[a-z_]+\.v\d+$/),
  source: z.string().regex(/^\/care\/[a-z-]+$/),
  /** The id of the aggregate the event is about. */
  subject: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  actor: actorSchema,
  data: z.record(z.string(), z.unknown()),
});
export type Envelope<T = Record<string, unknown>> = Omit<z.infer<typeof envelopeSchema>, 'data'> & {
  data: T;
};
