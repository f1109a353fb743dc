import { complaintReceived, createEvent } from '@care/contracts';
import { badInput, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { INTAKE_ROLES } from '../domain/access';
import {
  ComplaintRuleViolation,
  complaintNumber,
  intake,
  yearIn,
  type Complaint,
  type IntakeInput,
} from '../domain/complaint';
import type { Deps } from './ports';

export async function fileComplaint(deps: Deps, caller: Caller, input: IntakeInput): Promise<Complaint> {
  requireRole(caller.actor, ...INTAKE_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const year = yearIn(deps.timeZone, input.receivedAt ?? now);
    const serial = await tx.numbers.next(year);
    let complaint: Complaint;
    try {
      complaint = intake(input, { id: deps.newId(), number: complaintNumber(year, serial) }, now);
    } catch (error) {
      if (error instanceof ComplaintRuleViolation) throw badInput(error.message, { field: error.field });
      throw error;
    }
    await tx.complaints.insert(complaint);
    await tx.outbox.enqueue(
      createEvent(
        complaintReceived,
        complaint.id,
        {
          complaintId: complaint.id,
          number: complaint.number,
          kind: complaint.kind,
          channel: complaint.channel,
          customerId: complaint.customerId,
          orderNumber: complaint.orderNumber,
          receivedAt: complaint.receivedAt.toISOString(),
        },
        eventContextOf(caller),
      ),
    );
    return complaint;
  });
}
