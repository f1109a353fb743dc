import { redriveSubject } from '@care/contracts';
import { AckPolicy, DeliverPolicy, type JetStreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { Topology } from './topology';

/** One durable JetStream consumer: its stream, its name, the subjects it takes (none: the whole stream). */
export interface Durable {
  stream: string;
  durable: string;
  subjects: string[];
}

/** Whose durables: the consuming service, what they are for, and the base streams (and subjects) read. */
export interface DurableOwner {
  topology: Topology;
  service: string;
  purpose: string;
  sources: { stream: string; subjects?: string[] }[];
}

const SAFE = /[^A-Za-z0-9_-]/g;

/**
 * The durables of one consumer: one per source stream (one per subject where it takes several), and one
 * for its re-driven dead letters. Named `<service>_<purpose>_<STREAM>[_<subject>]`.
 */
export function durablesOf({ topology, service, purpose, sources }: DurableOwner): Durable[] {
  const base = `${service}_${purpose}`.replace(SAFE, '_');
  return [
    ...sources.flatMap((s) => {
      const stream = topology.stream(s.stream);
      const subjects = s.subjects ?? [];
      if (subjects.length <= 1)
        return [
          { stream, durable: `${base}_${s.stream}`, subjects: subjects.map((x) => topology.subject(x)) },
        ];
      // One durable per subject: a consumer filtering several subjects needs NATS 2.10 or later.
      return subjects.map((subject) => ({
        stream,
        durable: `${base}_${s.stream}_${subject.split('.').slice(2).join('_').replace(SAFE, '_')}`,
        subjects: [topology.subject(subject)],
      }));
    }),
    {
      stream: topology.stream('CARE_INTERNAL'),
      durable: `${base}_redrive`,
      subjects: [topology.subject(redriveSubject(service, purpose))],
    },
  ];
}

/** Creates the durable unless it exists: from the stream's start, explicit acks, no delivery limit. */
export async function ensureDurable(jsm: JetStreamManager, d: Durable, ackWaitMs: number): Promise<void> {
  const existing = await jsm.consumers.info(d.stream, d.durable).catch(() => undefined);
  if (existing) return;
  await jsm.consumers.add(d.stream, {
    durable_name: d.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(ackWaitMs),
    max_deliver: -1, // the dead-letter decision is ours, so that the reason travels with the event
    ...(d.subjects[0] ? { filter_subject: d.subjects[0] } : {}),
  });
}
