/**
 * The lifecycle of a seeded complaint as the staff walk it (DOMAIN 1): which step comes next for a
 * complaint in its current state and the plan's target. Pure, so the small seed walks one complaint at
 * a time and the large one advances hundreds a round with the same rules.
 */
import type { Actor } from '@care/service-kit';
import { SeedError } from './client';
import { isoDate } from './dates';
import { department, STAFF } from './staff';
import type { ComplaintPlan, ComplaintRow } from './types';

export type Step =
  | { kind: 'done' }
  | { kind: 'call'; actor: Actor; mutation: string; type: string; input: Record<string, unknown> }
  /** The department head approves the compensation; the complaint goes on once it is GRANTED. */
  | { kind: 'approveCompensation'; solutionId: string; approver: Actor };

export interface StepContext {
  now: Date;
  today: { year: number; month: number };
}

/** The most steps any plan takes (a rejected proposal and a follow-up included), with room to spare. */
export const MAX_STEPS = 40;

export function nextStep(c: ComplaintRow, plan: ComplaintPlan, ctx: StepContext): Step {
  const call = (actor: Actor, mutation: string, type: string, input: Record<string, unknown>): Step => ({
    kind: 'call',
    actor,
    mutation,
    type,
    input: { id: c.id, ...input },
  });
  const lead = () => department(c.leadDepartment ?? 'CUSTOMER_SERVICE');
  const rejected = c.solutions.some((s) => s.response === 'REJECT');
  const reached =
    c.status === plan.target &&
    (!plan.rejectFirst || rejected) &&
    (!plan.feedback || c.feedback !== null || c.status !== 'RESOLVED');
  if (reached) {
    if (plan.improvement && c.improvementActions.length === 0)
      return call(STAFF.manager, 'addImprovementAction', 'AddImprovementActionInput', {
        description: plan.improvement,
        ownerDepartment: c.leadDepartment ?? 'QUALITY_CONTROL',
        dueDate: isoDate(ctx.today.year, ctx.today.month + 1, 15),
      });
    return { kind: 'done' };
  }
  if (c.kind !== 'COMPLAINT') {
    if (c.status === 'RECEIVED')
      return call(STAFF.specialist, 'answerInquiry', 'AnswerInquiryInput', {
        answer: 'Returned items take back the points they earned; the rest of the order keeps its points.',
      });
    if (c.status === 'RESOLVED') return call(STAFF.specialist, 'closeComplaint', 'CloseComplaintInput', {});
    throw new SeedError(`inquiry ${c.number} in ${c.status}`);
  }
  const signOff = plan.urgency === 'URGENT' ? STAFF.director : STAFF.manager;
  switch (c.status) {
    case 'RECEIVED':
      return call(STAFF.specialist, 'classifyComplaint', 'ClassifyComplaintInput', {
        category: plan.category,
        urgency: plan.urgency,
        complexity: plan.complex ? 'COMPLEX' : 'SIMPLE',
      });
    case 'CLASSIFIED':
      if (!c.sla.firstRespondedAt)
        return call(STAFF.specialist, 'respondToCustomer', 'RespondToCustomerInput', {
          message: 'Your complaint is registered; the responsible department will contact you.',
        });
      if (plan.alsoDepartments)
        return call(STAFF.leadership, 'assignComplaint', 'AssignComplaintInput', {
          additionalDepartments: plan.alsoDepartments,
          leadDepartment: 'QUALITY_CONTROL',
          notes: 'Several departments: quality control leads, purchasing checks the supplier',
        });
      return call(STAFF.manager, 'assignComplaint', 'AssignComplaintInput', {
        notes: `Customer expects: ${plan.expected ?? 'an answer'}`,
        customerExpectedBy: new Date(ctx.now.getTime() + 3 * 86_400_000).toISOString(),
      });
    case 'ASSIGNED':
      return call(lead(), 'recordInvestigation', 'RecordInvestigationInput', {
        note: 'Checked the order, the product data and the logistics records; called the customer',
        evidence: [`ORDER-CHECK-${plan.key.toUpperCase()}`],
      });
    case 'INVESTIGATING':
      if (!c.rootCause)
        return call(lead(), 'recordRootCause', 'RecordRootCauseInput', {
          category:
            plan.category === 'PRODUCT_QUALITY'
              ? 'MATERIAL'
              : plan.category === 'SERVICE_ATTITUDE'
                ? 'PEOPLE'
                : 'METHOD',
          what: plan.description,
          why:
            plan.category === 'POINTS_ANOMALY'
              ? 'A batch job posted a reversal twice'
              : 'A gap in the process the department follows',
          where: plan.category === 'LOGISTICS_DELAY' ? 'Hand-over to the carrier' : 'Warehouse',
        });
      return call(lead(), 'proposeSolution', 'ProposeSolutionInput', {
        description:
          c.solutions.length === 0
            ? `Proposal: ${plan.expected ?? 'an apology and a correction'}`
            : `Revised proposal after the customer's answer: ${plan.expected ?? 'a correction'} and priority handling`,
        ...(plan.compensation
          ? {
              compensation: {
                points: plan.compensation.points ?? 0,
                ...(plan.compensation.refund ? { refundAmount: plan.compensation.refund } : {}),
              },
            }
          : {}),
      });
    case 'SOLUTION_PROPOSED': {
      const latest = c.solutions[c.solutions.length - 1]!;
      const reject = plan.rejectFirst && !rejected;
      return call(STAFF.specialist, 'recordCustomerResponse', 'RecordCustomerResponseInput', {
        solutionId: latest.id,
        response: reject ? 'REJECT' : 'ACCEPT',
        ...(reject ? { reason: 'The customer wants the goods, not a voucher' } : {}),
      });
    }
    case 'SOLUTION_ACCEPTED':
      if (plan.approveCompensation && c.compensation?.status === 'PENDING_APPROVAL')
        return {
          kind: 'approveCompensation',
          solutionId: c.compensation.solutionId,
          approver: department(c.leadDepartment!, 'department_head'),
        };
      return call(lead(), 'startImplementation', 'ComplaintVersionInput', {});
    case 'IMPLEMENTING':
      return call(lead(), 'resolveComplaint', 'ResolveComplaintInput', {
        summary: `Done: ${plan.expected ?? 'the agreed solution'}`,
      });
    case 'RESOLVED':
      if (!c.feedback)
        return call(STAFF.specialist, 'recordFeedback', 'RecordFeedbackInput', {
          whatWasDone: `Carried out: ${plan.expected ?? 'the agreed solution'}`,
          satisfaction: 3 + (plan.key.charCodeAt(2) % 3),
          comment: 'The customer thanked the team',
          resultToldToCustomer: true,
        });
      if (c.followUps.length === 0)
        return call(
          STAFF.specialist,
          'recordFollowUp',
          'RecordFollowUpInput',
          plan.linkedFollowUp
            ? {
                outcome: 'A new problem came up at the visit',
                newProblem: true,
                action: 'LINKED_COMPLAINT',
                newProblemDescription: plan.linkedFollowUp,
              }
            : { outcome: 'The customer is satisfied; no new problem', newProblem: false },
        );
      return call(signOff, 'closeComplaint', 'CloseComplaintInput', {
        report: {
          cause: plan.description,
          handlingIssues: plan.hoursAgo > 96 ? 'The first answer took longer than the target' : 'None',
          solutionEffective: !plan.linkedFollowUp,
        },
      });
    default:
      throw new SeedError(`complaint ${c.number} is ${c.status}: the seed does not go on from there`);
  }
}
