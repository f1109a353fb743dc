import { randomUUID } from 'node:crypto';
import {
  approvalRequestDecided,
  approvalRequestSubmitted,
  complaintClassified,
  complaintReceived,
  complaintResolved,
  createEvent,
  customerRegistered,
  type Envelope,
  type EventDefinition,
  paymentRecorded,
} from '@care/contracts';
import { expectEventually } from '@care/testing';
import type { z } from 'zod';
import type { GovernanceHarness } from './harness';

/**
 * The other services' events as governance's consumers read them: built through the contracts and
 * published to the test's NATS namespace. Each event is kept, so a test can deliver it again.
 */
export function streamEvents(h: GovernanceHarness) {
  const published: Envelope[] = [];
  const deliver = (event: Envelope, subject: string) =>
    h.service.nats.publish(`${h.db.namespace}.${subject}`, JSON.stringify(event));
  const subjects = new Map<string, string>();

  const publish = <S extends z.ZodObject>(
    definition: EventDefinition<S>,
    data: z.input<S>,
    actor = 'staff-1',
  ): Envelope => {
    const event = createEvent(definition, randomUUID(), data, {
      actor: { kind: 'user', id: actor },
      correlationId: randomUUID(),
    });
    subjects.set(event.id, definition.subject);
    published.push(event);
    deliver(event, definition.subject);
    return event;
  };

  /** Approvals' decision approving an expense request of `amount`. */
  const approveExpense = (requestId: string, amount: string, decidedAt: string) =>
    publish(approvalRequestDecided, {
      ...approvalRequestDecided.example,
      requestId,
      type: 'EXPENSE',
      reference: null,
      outcome: 'APPROVED',
      amount,
      decidedAt,
    });

  /** A payment of `amount` (its paid total) against a request approved for `approvedAmount`. */
  const pay = (requestId: string, amount: string, approvedAmount: string, paidAt: string) =>
    publish(paymentRecorded, {
      ...paymentRecorded.example,
      paymentId: randomUUID(),
      requestId,
      amount,
      paidTotal: amount,
      approvedAmount,
      paidAt,
    });

  let complaints = 0;
  /**
   * Complaints' `complaint.received` of a new complaint of the customer, numbered on from CP-2026-000001,
   * and its `complaint.classified` when a category is given: the complaint's id and number.
   */
  const receiveComplaint = (
    customerId: string,
    receivedAt: string,
    kind: 'COMPLAINT' | 'INQUIRY' | 'SUGGESTION' = 'COMPLAINT',
    category?: 'PRODUCT_QUALITY' | 'LOGISTICS_DELAY' | 'SERVICE_ATTITUDE',
  ) => {
    const ref = { complaintId: randomUUID(), number: `CP-2026-${String(++complaints).padStart(6, '0')}` };
    publish(complaintReceived, { ...complaintReceived.example, ...ref, kind, customerId, receivedAt });
    if (category)
      publish(complaintClassified, {
        ...complaintClassified.example,
        ...ref,
        customerId,
        category,
        classifiedAt: receivedAt,
      });
    return ref;
  };

  /** Complaints' `complaint.resolved` of a complaint received (receiveComplaint), on time or not. */
  const resolveComplaint = (
    ref: { complaintId: string; number: string },
    onTime: boolean,
    resolvedAt: string,
    followUpDueBy: string,
  ) =>
    publish(complaintResolved, { ...complaintResolved.example, ...ref, onTime, resolvedAt, followUpDueBy });

  /** Delivers every event published so far once more, with the same id (a redelivery). */
  const redeliverAll = () => {
    for (const event of [...published]) deliver(event, subjects.get(event.id)!);
  };

  /**
   * Waits until the projections consumer has read every stream up to now: one marker event per stream,
   * far outside any period a test looks at, applied after everything published before it.
   */
  const settle = async () => {
    const customerId = randomUUID();
    const complaintId = randomUUID();
    const requestId = randomUUID();
    const far = '2099-01-01T00:00:00.000Z';
    publish(customerRegistered, { customerId, tier: 'MEMBER', region: null, registeredAt: far });
    publish(complaintReceived, {
      ...complaintReceived.example,
      complaintId,
      customerId: randomUUID(),
      receivedAt: far,
    });
    publish(approvalRequestSubmitted, { ...approvalRequestSubmitted.example, requestId, dueAt: far });
    await expectEventually(
      async () => {
        const [row] = (await h.sql(
          `SELECT (SELECT count(*) FROM seen_customer WHERE customer_id = $1)::int
                + (SELECT count(*) FROM seen_complaint WHERE complaint_id = $2)::int
                + (SELECT count(*) FROM seen_approval WHERE request_id = $3)::int AS n`,
          [customerId, complaintId, requestId],
        )) as [{ n: number }];
        expect(row.n).toBe(3);
      },
      { timeoutMs: 20_000 },
    );
  };

  return {
    publish,
    approveExpense,
    pay,
    receiveComplaint,
    resolveComplaint,
    redeliverAll,
    settle,
    published,
  };
}
