import { Counter, Gauge, type Registry } from 'prom-client';

export interface MessagingMetrics {
  published: Counter<'schema'>;
  publishFailures: Counter<'schema'>;
  parked: Counter<'schema'>;
  consumed: Counter<'consumer' | 'outcome'>;
  deadLetters: Counter<'consumer'>;
  housekeepingDeleted: Counter<'schema' | 'table'>;
}

const cache = new WeakMap<Registry, MessagingMetrics>();

/** The counters of the relay and the consumers, registered once per registry. */
export function messagingMetrics(registry: Registry): MessagingMetrics {
  const existing = cache.get(registry);
  if (existing) return existing;
  const metrics: MessagingMetrics = {
    published: new Counter({
      name: 'outbox_published_total',
      help: 'Events the relay published (PubAck received)',
      labelNames: ['schema'],
      registers: [registry],
    }),
    publishFailures: new Counter({
      name: 'outbox_publish_failures_total',
      help: 'Publish attempts that failed and will be retried',
      labelNames: ['schema'],
      registers: [registry],
    }),
    parked: new Counter({
      name: 'outbox_parked_total',
      help: 'Events parked after too many failed attempts',
      labelNames: ['schema'],
      registers: [registry],
    }),
    consumed: new Counter({
      name: 'consumer_events_total',
      help: 'Events handled by consumers, by outcome (applied, duplicate, retried, held, dead_lettered)',
      labelNames: ['consumer', 'outcome'],
      registers: [registry],
    }),
    deadLetters: new Counter({
      name: 'consumer_dead_letters_total',
      help: 'Events sent to a dead-letter subject',
      labelNames: ['consumer'],
      registers: [registry],
    }),
    housekeepingDeleted: new Counter({
      name: 'messaging_housekeeping_deleted_total',
      help: 'Outbox and inbox rows deleted by housekeeping past their retention',
      labelNames: ['schema', 'table'],
      registers: [registry],
    }),
  };
  cache.set(registry, metrics);
  return metrics;
}

/** A gauge whose value is read when Prometheus scrapes (e.g. a count from the database). */
export function scrapedGauge(
  registry: Registry,
  name: string,
  help: string,
  labelNames: string[],
  read: (gauge: Gauge<string>) => Promise<void>,
) {
  const existing = registry.getSingleMetric(name);
  if (existing) registry.removeSingleMetric(name);
  return new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      await read(this);
    },
  });
}
