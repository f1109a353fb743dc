import {
  complaintAssigned,
  complaintClassified,
  complaintClosed,
  complaintCompensationGranted,
  complaintCompensationRequested,
  complaintEmergencyStarted,
  complaintEscalated,
  complaintFollowUpRecorded,
  complaintReceived,
  complaintReopened,
  complaintResolved,
  complaintSlaBreached,
  complaintSolutionAccepted,
  complaintSolutionProposed,
  complaintStepRecorded,
  complaintSolutionRejected,
  createEvent,
  type Envelope,
  type EventContext,
} from '@care/contracts';
import type { CompensationCase, Complaint, Happening } from '../domain/complaint';

const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d).toISOString() : d.toISOString());

export function receivedEvent(c: Complaint, ctx: EventContext): Envelope {
  return createEvent(
    complaintReceived,
    c.id,
    {
      complaintId: c.id,
      number: c.number,
      kind: c.kind,
      channel: c.channel,
      customerId: c.customerId,
      orderNumber: c.orderNumber,
      receivedAt: iso(c.receivedAt),
    },
    ctx,
  );
}

export function classifiedEvent(c: Complaint, ctx: EventContext): Envelope {
  return createEvent(
    complaintClassified,
    c.id,
    {
      complaintId: c.id,
      number: c.number,
      customerId: c.customerId,
      category: c.category!,
      urgency: c.urgency,
      complexity: c.complexity!,
      classifiedAt: iso(c.classifiedAt!),
    },
    ctx,
  );
}

export function assignedEvent(c: Complaint, ctx: EventContext): Envelope {
  return createEvent(
    complaintAssigned,
    c.id,
    {
      complaintId: c.id,
      number: c.number,
      departments: c.departments,
      leadDepartment: c.leadDepartment!,
      urgency: c.urgency,
      customerExpectedBy: c.handover?.customerExpectedBy ?? null,
      notify: 'department_head',
      assignedAt: c.handover!.at,
    },
    ctx,
  );
}

export function solutionProposedEvent(c: Complaint, ctx: EventContext): Envelope {
  const s = c.solutions[c.solutions.length - 1]!;
  return createEvent(
    complaintSolutionProposed,
    c.id,
    {
      complaintId: c.id,
      solutionId: s.id,
      version: s.version,
      hasCompensation: s.compensation !== null,
      proposedAt: s.proposedAt,
    },
    ctx,
  );
}

export function responseEvent(c: Complaint, solutionId: string, ctx: EventContext): Envelope {
  const s = c.solutions.find((x) => x.id === solutionId)!;
  if (s.response === 'ACCEPT')
    return createEvent(
      complaintSolutionAccepted,
      c.id,
      { complaintId: c.id, solutionId: s.id, version: s.version, respondedAt: s.respondedAt! },
      ctx,
    );
  return createEvent(
    complaintSolutionRejected,
    c.id,
    {
      complaintId: c.id,
      solutionId: s.id,
      version: s.version,
      rejections: c.solutions.filter((x) => x.response === 'REJECT').length,
      respondedAt: s.respondedAt!,
    },
    ctx,
  );
}

export function resolvedEvent(c: Complaint, ctx: EventContext): Envelope {
  return createEvent(
    complaintResolved,
    c.id,
    {
      complaintId: c.id,
      number: c.number,
      onTime: c.sla.onTime ?? false,
      workingHoursToResolve: c.sla.workingHoursToResolve ?? 0,
      followUpFrom: iso(c.followUpFrom ?? c.sla.resolvedAt!),
      followUpDueBy: iso(c.followUpDueBy ?? c.sla.resolvedAt!),
      resolvedAt: iso(c.sla.resolvedAt!),
    },
    ctx,
  );
}

export function followUpEvent(c: Complaint, ctx: EventContext): Envelope {
  const f = c.followUps[c.followUps.length - 1]!;
  return createEvent(
    complaintFollowUpRecorded,
    c.id,
    {
      complaintId: c.id,
      newProblem: f.newProblem,
      action: f.action,
      linkedComplaintId: f.linkedComplaintId,
      recordedAt: f.at,
    },
    ctx,
  );
}

export function reopenedEvent(c: Complaint, now: Date, ctx: EventContext): Envelope {
  return createEvent(
    complaintReopened,
    c.id,
    { complaintId: c.id, number: c.number, reopenedAt: iso(now) },
    ctx,
  );
}

export function closedEvent(c: Complaint, ctx: EventContext): Envelope {
  return createEvent(
    complaintClosed,
    c.id,
    {
      complaintId: c.id,
      number: c.number,
      kind: c.kind,
      satisfaction: c.feedback?.satisfaction ?? null,
      onTime: c.sla.onTime,
      closedAt: iso(c.closedAt!),
    },
    ctx,
  );
}

function compensationRequested(c: Complaint, comp: CompensationCase, ctx: EventContext): Envelope {
  return createEvent(
    complaintCompensationRequested,
    c.id,
    {
      complaintId: c.id,
      solutionId: comp.solutionId,
      customerId: c.customerId,
      points: comp.points,
      discountAmount: comp.discountAmount,
      refundAmount: comp.refundAmount,
      amount: comp.amount,
      currency: comp.currency,
      emergency: comp.emergency,
      reference: { service: 'complaints', aggregate: 'solution', id: comp.solutionId },
      requestedAt: comp.requestedAt,
    },
    ctx,
  );
}

function compensationGranted(c: Complaint, comp: CompensationCase, ctx: EventContext): Envelope {
  return createEvent(
    complaintCompensationGranted,
    c.id,
    {
      complaintId: c.id,
      solutionId: comp.solutionId,
      customerId: c.customerId,
      points: comp.points,
      refundAmount: comp.refundAmount,
      currency: comp.currency,
      emergency: comp.emergency,
      grantedAt: comp.grantedAt!,
    },
    ctx,
  );
}

/** The events of what a rule made happen, in order. */
export function happeningEvents(
  c: Complaint,
  happened: Happening[],
  now: Date,
  ctx: EventContext,
): Envelope[] {
  return happened.map((h) => {
    switch (h.type) {
      case 'emergency_started':
        return createEvent(
          complaintEmergencyStarted,
          c.id,
          { complaintId: c.id, number: c.number, notify: 'leadership_group', startedAt: iso(now) },
          ctx,
        );
      case 'escalated':
        return createEvent(
          complaintEscalated,
          c.id,
          { complaintId: c.id, number: c.number, to: h.to, reason: h.reason, escalatedAt: iso(now) },
          ctx,
        );
      case 'compensation_requested':
        return compensationRequested(c, h.compensation, ctx);
      case 'compensation_granted':
        return compensationGranted(c, h.compensation, ctx);
      case 'sla_breached':
        return createEvent(
          complaintSlaBreached,
          c.id,
          {
            complaintId: c.id,
            number: c.number,
            clock: h.clock,
            urgency: c.urgency,
            dueAt: iso(h.dueAt),
            detectedAt: iso(now),
          },
          ctx,
        );
    }
  });
}

export type Step =
  | 'INVESTIGATION_NOTE'
  | 'ROOT_CAUSE'
  | 'IMPLEMENTATION_STARTED'
  | 'CUSTOMER_INFORMED'
  | 'FEEDBACK'
  | 'IMPROVEMENT_ACTION_ADDED'
  | 'IMPROVEMENT_ACTION_DONE';

export function stepEvent(
  c: Complaint,
  step: Step,
  now: Date,
  ctx: EventContext,
  extra: { satisfaction?: number | null; department?: string | null } = {},
): Envelope {
  return createEvent(
    complaintStepRecorded,
    c.id,
    {
      complaintId: c.id,
      number: c.number,
      step,
      status: c.status,
      satisfaction: extra.satisfaction ?? null,
      department: extra.department ?? null,
      recordedAt: iso(now),
    },
    ctx,
  );
}
