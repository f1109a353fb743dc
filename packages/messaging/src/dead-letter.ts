import type { Envelope } from '@care/contracts';
import type { JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { carrierOfHeaders, setTraceHeaders } from './trace-context';

/** The headers a dead letter carries: why it died, where, and where it came from. */
export const DEAD_LETTER_HEADERS = {
  reason: 'Care-Dlq-Reason',
  consumer: 'Care-Dlq-Consumer',
  originalSubject: 'Care-Original-Subject',
  originalStream: 'Care-Original-Stream',
  originalSequence: 'Care-Original-Sequence',
  deliveryCount: 'Care-Delivery-Count',
} as const;

/** Header values must be one line. */
export const oneLine = (text: string, max: number) => text.replace(/[\r\n]+/g, ' ').slice(0, max);

/**
 * The message that takes `msg` to the dead-letter subject: its data unchanged, the reason and origin in
 * headers, the trace it belongs to, and a message id that makes a repeated dead-lettering one letter.
 */
export function deadLetterOf(
  msg: JsMsg,
  consumer: string,
  reason: string,
  event?: Envelope,
): { headers: MsgHdrs; msgID: string } {
  const h = natsHeaders();
  h.set(DEAD_LETTER_HEADERS.reason, oneLine(reason, 1_000));
  h.set(DEAD_LETTER_HEADERS.consumer, consumer);
  h.set(DEAD_LETTER_HEADERS.originalSubject, msg.subject);
  h.set(DEAD_LETTER_HEADERS.originalStream, msg.info.stream);
  h.set(DEAD_LETTER_HEADERS.originalSequence, String(msg.info.streamSequence));
  h.set(DEAD_LETTER_HEADERS.deliveryCount, String(msg.info.deliveryCount));
  if (event) h.set('Ce-Type', event.type);
  setTraceHeaders(h, carrierOfHeaders(msg.headers));
  return { headers: h, msgID: `dlq:${consumer}:${msg.info.stream}:${msg.info.streamSequence}` };
}
