import { hasRole } from '@care/service-kit';
import { isUuid } from '../../application/change-complaint';
import { INTERNAL_READER_ROLES } from '../../domain/access';
import { customerTimeline } from '../../domain/complaint';
import type { ComplaintResolvers, Department } from '../__generated__/resolvers-types';
import type { Context } from '../context';

const internalReader = (ctx: Context) => hasRole(ctx.actor, ...INTERNAL_READER_ROLES);

export const Complaint: ComplaintResolvers = {
  __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.complaint.load(ref.id) : null),
  customer: (complaint) => ({ id: complaint.customerId }),
  customerTier: (complaint, _args, ctx) => ctx.loaders.tier.load(complaint.customerId),
  departments: (complaint) => complaint.departments as Department[],
  leadDepartment: (complaint) => complaint.leadDepartment as Department | null,
  handover: (complaint, _args, ctx) => (internalReader(ctx) ? complaint.handover : null),
  // DOMAIN 1.10: internal notes and the root cause's who/where stay with the staff.
  investigation: (complaint, _args, ctx) => (internalReader(ctx) ? complaint.investigation : []),
  rootCause: (complaint, _args, ctx) => (internalReader(ctx) ? complaint.rootCause : null),
  improvementActions: (complaint) =>
    complaint.improvementActions.map((a) => ({ ...a, ownerDepartment: a.ownerDepartment as Department })),
  relatedComplaint: (complaint, _args, ctx) =>
    complaint.relatedComplaintId ? ctx.loaders.complaint.load(complaint.relatedComplaintId) : null,
  sla: (complaint) => complaint.sla,
  timeline: (complaint) => customerTimeline(complaint),
  internalTimeline: (complaint, _args, ctx) => (internalReader(ctx) ? complaint.timeline : []),
};
