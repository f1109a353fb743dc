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
  type EventDefinition,
  type EventContext,
} from '@care/contracts';
import type { z } from 'zod';
import type { CompensationCase, Complaint, Happening } from '../domain/complaint';

const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d).toISOString() : d.toISOString());

/** An event about the complaint: the complaint is its subject, and its data names the complaint's id. */
function about<S extends z.ZodObject>(
  definition: EventDefinition<S>,
  c: Complaint,
  ctx: EventContext,
  data: Omit<z.input<S>, 'complaintId'>,
): Envelope {
  return createEvent(definition, c.id, { complaintId: c.id, ...data } as z.input<S>, ctx);
}

export function receivedEvent(c: Complaint, ctx: EventContext): Envelope {
  return about(complaintReceived, c, ctx, {
    number: c.number,
    kind: c.kind,
    channel: c.channel,
    customerId: c.customerId,
    orderNumber: c.orderNumber,
    receivedAt: iso(c.receivedAt),
  });
}

export function classifiedEvent(c: Complaint, ctx: EventContext): Envelope {
  return about(complaintClassified, c, ctx, {
    number: c.number,
    customerId: c.customerId,
    category: c.category!,
    urgency: c.urgency,
    complexity: c.complexity!,
    classifiedAt: iso(c.classifiedAt!),
  });
}

export function assignedEvent(c: Complaint, ctx: EventContext): Envelope {
  return about(complaintAssigned, c, ctx, {
    number: c.number,
    departments: c.departments,
    leadDepartment: c.leadDepartment!,
    urgency: c.urgency,
    customerExpectedBy: c.handover?.customerExpectedBy ?? null,
    notify: 'department_head',
    assignedAt: c.handover!.at,
  });
}

export function solutionProposedEvent(c: Complaint, ctx: EventContext): Envelope {
  const s = c.solutions[c.solutions.length - 1]!;
  return about(complaintSolutionProposed, c, ctx, {
    solutionId: s.id,
    version: s.version,
    hasCompensation: s.compensation !== null,
    proposedAt: s.proposedAt,
  });
}

export function responseEvent(c: Complaint, solutionId: string, ctx: EventContext): Envelope {
  const s = c.solutions.find((x) => x.id === solutionId)!;
  if (s.response === 'ACCEPT')
    return about(complaintSolutionAccepted, c, ctx, {
      solutionId: s.id,
      version: s.version,
      respondedAt: s.respondedAt!,
    });
  return about(complaintSolutionRejected, c, ctx, {
    solutionId: s.id,
    version: s.version,
    rejections: c.solutions.filter((x) => x.response === 'REJECT').length,
    respondedAt: s.respondedAt!,
  });
}

export function resolvedEvent(c: Complaint, ctx: EventContext): Envelope {
  return about(complaintResolved, c, ctx, {
    number: c.number,
    onTime: c.sla.onTime ?? false,
    workingHoursToResolve: c.sla.workingHoursToResolve ?? 0,
    followUpFrom: iso(c.followUpFrom ?? c.sla.resolvedAt!),
    followUpDueBy: iso(c.followUpDueBy ?? c.sla.resolvedAt!),
    resolvedAt: iso(c.sla.resolvedAt!),
  });
}

export function followUpEvent(c: Complaint, ctx: EventContext): Envelope {
  const f = c.followUps[c.followUps.length - 1]!;
  return about(complaintFollowUpRecorded, c, ctx, {
    newProblem: f.newProblem,
    action: f.action,
    linkedComplaintId: f.linkedComplaintId,
    recordedAt: f.at,
  });
}

export function reopenedEvent(c: Complaint, now: Date, ctx: EventContext): Envelope {
  return about(complaintReopened, c, ctx, { number: c.number, reopenedAt: iso(now) });
}

export function closedEvent(c: Complaint, ctx: EventContext): Envelope {
  return about(complaintClosed, c, ctx, {
    number: c.number,
    kind: c.kind,
    satisfaction: c.feedback?.satisfaction ?? null,
    onTime: c.sla.onTime,
    closedAt: iso(c.closedAt!),
  });
}

/** What both compensation events tell of it: the solution, whose, the points and refund, an emergency's. */
const compensationOf = (c: Complaint, comp: CompensationCase) => ({
  solutionId: comp.solutionId,
  customerId: c.customerId,
  points: comp.points,
  refundAmount: comp.refundAmount,
  currency: comp.currency,
  emergency: comp.emergency,
});

function compensationRequested(c: Complaint, comp: CompensationCase, ctx: EventContext): Envelope {
  return about(complaintCompensationRequested, c, ctx, {
    ...compensationOf(c, comp),
    discountAmount: comp.discountAmount,
    amount: comp.amount,
    reference: { service: 'complaints', aggregate: 'solution', id: comp.solutionId },
    requestedAt: comp.requestedAt,
  });
}

const compensationGranted = (c: Complaint, comp: CompensationCase, ctx: EventContext): Envelope =>
  about(complaintCompensationGranted, c, ctx, { ...compensationOf(c, comp), grantedAt: comp.grantedAt! });

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
        return about(complaintEmergencyStarted, c, ctx, {
          number: c.number,
          notify: 'leadership_group',
          startedAt: iso(now),
        });
      case 'escalated':
        return about(complaintEscalated, c, ctx, {
          number: c.number,
          to: h.to,
          reason: h.reason,
          escalatedAt: iso(now),
        });
      case 'compensation_requested':
        return compensationRequested(c, h.compensation, ctx);
      case 'compensation_granted':
        return compensationGranted(c, h.compensation, ctx);
      case 'sla_breached':
        return about(complaintSlaBreached, c, ctx, {
          number: c.number,
          clock: h.clock,
          urgency: c.urgency,
          dueAt: iso(h.dueAt),
          detectedAt: iso(now),
        });
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
  return about(complaintStepRecorded, c, ctx, {
    number: c.number,
    step,
    status: c.status,
    satisfaction: extra.satisfaction ?? null,
    department: extra.department ?? null,
    recordedAt: iso(now),
  });
}
