import { dlqSubject, redriveSubject } from '@care/contracts';
import { DeliverPolicy, jetstream, jetstreamManager, type MsgRequest } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { DEAD_LETTER_HEADERS } from './dead-letter';
import type { Topology } from './topology';

export interface DeadLetter {
  sequence: number;
  reason: string;
  originalSubject: string;
  data: unknown;
}

/** The dead letters of one consumer, oldest first. */
export async function listDeadLetters(
  nc: NatsConnection,
  topology: Topology,
  service: string,
  purpose: string,
): Promise<DeadLetter[]> {
  const jsm = await jetstreamManager(nc);
  const subject = topology.subject(dlqSubject(service, purpose));
  const found: DeadLetter[] = [];
  // Stored messages by subject, one after the other (works on every JetStream server version).
  for (let seq = 1; ;) {
    // `next_by_subj` is part of the STREAM.MSG.GET API; the client's type lists it for direct gets only.
    const request = { seq, next_by_subj: subject } as unknown as MsgRequest;
    const msg = await jsm.streams.getMessage(topology.stream('CARE_DLQ'), request).catch((error: unknown) => {
      if (/no message found/i.test(error instanceof Error ? error.message : String(error))) return null;
      throw error;
    });
    if (!msg) break;
    found.push({
      sequence: msg.seq,
      reason: msg.header.get(DEAD_LETTER_HEADERS.reason),
      originalSubject: msg.header.get(DEAD_LETTER_HEADERS.originalSubject),
      data: msg.json(),
    });
    seq = msg.seq + 1;
  }
  return found;
}

/**
 * Re-drives a consumer's dead letters: each goes back to that consumer alone (through its re-drive
 * subject, so other consumers and partners see nothing twice) and leaves the dead-letter stream.
 */
export async function redriveDeadLetters(
  nc: NatsConnection,
  topology: Topology,
  service: string,
  purpose: string,
): Promise<number> {
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const letters = await listDeadLetters(nc, topology, service, purpose);
  for (const letter of letters) {
    const h = natsHeaders();
    h.set('Care-Redriven-From', String(letter.sequence));
    await js.publish(topology.subject(redriveSubject(service, purpose)), JSON.stringify(letter.data), {
      headers: h,
      msgID: `redrive:${service}.${purpose}:${letter.sequence}`,
    });
    await jsm.streams.deleteMessage(topology.stream('CARE_DLQ'), letter.sequence);
  }
  return letters.length;
}

/**
 * Replays a durable consumer from a time or a stream sequence: the consumer is recreated with that start.
 * Effects stay exactly-once: events already in the inbox are only acknowledged.
 */
export async function replayConsumer(
  nc: NatsConnection,
  stream: string,
  durable: string,
  from: { time: Date } | { sequence: number },
): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const info = await jsm.consumers.info(stream, durable);
  await jsm.consumers.delete(stream, durable);
  const { deliver_policy: _policy, opt_start_seq: _seq, opt_start_time: _time, ...config } = info.config;
  await jsm.consumers.add(stream, {
    ...config,
    ...('time' in from
      ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: from.time.toISOString() }
      : { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from.sequence }),
  });
}
