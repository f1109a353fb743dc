import { hasRole, isUuid } from '@care/service-kit';
import { readerOf, visibleTo } from '../../application/read-complaints';
import { INTERNAL_READER_ROLES, readAccessOf } from '../../domain/access';
import type { Complaint as ComplaintModel } from '../../domain/complaint';
import { customerTimeline } from '../../domain/timeline';
import { maskedPart, type MaskedPart } from '../../domain/privacy';
import type { ComplaintResolvers, Department } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { SolutionView } from '../views';

/**
 * The fields whose answers never come from a complaint's documents (timeline, solutions, investigation
 * ...): a list that selects only these reads its rows without them. A field missing here only costs a
 * read; one listed wrongly fails loudly (the row read without documents throws when one is touched).
 * The texts an analyst reads masked are plain columns: masking one reads no document.
 */
export const FIELDS_WITHOUT_DOCUMENTS: ReadonlySet<string> = new Set([
  'id',
  'number',
  'kind',
  'channel',
  'status',
  'category',
  'urgency',
  'complexity',
  'customer',
  'customerTier',
  'productModel',
  'orderNumber',
  'description',
  'expectedResolution',
  'receivedAt',
  'acknowledgement',
  'departments',
  'leadDepartment',
  'followUpFrom',
  'followUpDueBy',
  'escalation',
  'reopenCount',
  'relatedComplaint',
  'sla',
  'version',
]);

const internalReader = (ctx: Context) => hasRole(ctx.actor, ...INTERNAL_READER_ROLES);
const customerReader = (ctx: Context) => readAccessOf(ctx.actor.roles) === 'OWN';

/**
 * A part of the complaint as the caller may read it: in full for those who handle and supervise
 * complaints and for the customer it belongs to; with its free texts masked for everyone else
 * (analysts, DOMAIN 2.7). Only the part asked for is read and masked.
 */
function shown<K extends MaskedPart>(complaint: ComplaintModel, ctx: Context, part: K): ComplaintModel[K] {
  const access = readAccessOf(ctx.actor.roles);
  return access === 'FULL' || access === 'OWN' ? complaint[part] : maskedPart(complaint, part);
}

/** The complaint's solutions as the caller may read them, each knowing its complaint. */
export function solutionsShown(complaint: ComplaintModel, ctx: Context): SolutionView[] {
  return shown(complaint, ctx, 'solutions').map((s) => ({ ...s, complaint }));
}

export const Complaint: ComplaintResolvers = {
  __resolveReference: async (ref, ctx) => {
    const reader = readerOf(ctx);
    return isUuid(ref.id) ? visibleTo(reader, await ctx.loaders.complaint.load(ref.id)) : null;
  },
  customer: (complaint) => ({ id: complaint.customerId }),
  customerTier: (complaint, _args, ctx) => ctx.loaders.tier.load(complaint.customerId),
  orderNumber: (complaint, _args, ctx) => shown(complaint, ctx, 'orderNumber'),
  description: (complaint, _args, ctx) => shown(complaint, ctx, 'description'),
  expectedResolution: (complaint, _args, ctx) => shown(complaint, ctx, 'expectedResolution'),
  departments: (complaint) => complaint.departments as Department[],
  leadDepartment: (complaint) => complaint.leadDepartment as Department | null,
  handover: (complaint, _args, ctx) => (internalReader(ctx) ? shown(complaint, ctx, 'handover') : null),
  // DOMAIN 1.10: internal notes and the root cause's who/where stay with the staff.
  investigation: (complaint, _args, ctx) =>
    internalReader(ctx) ? shown(complaint, ctx, 'investigation') : [],
  rootCause: (complaint, _args, ctx) => (internalReader(ctx) ? shown(complaint, ctx, 'rootCause') : null),
  solutions: (complaint, _args, ctx) => solutionsShown(complaint, ctx),
  feedback: (complaint, _args, ctx) => shown(complaint, ctx, 'feedback'),
  followUps: (complaint, _args, ctx) => shown(complaint, ctx, 'followUps'),
  // The complaint report and the improvement measures are the company's own review (DOMAIN 1.9).
  report: (complaint, _args, ctx) => (customerReader(ctx) ? null : shown(complaint, ctx, 'report')),
  improvementActions: (complaint, _args, ctx) =>
    customerReader(ctx)
      ? []
      : shown(complaint, ctx, 'improvementActions').map((a) => ({
          ...a,
          ownerDepartment: a.ownerDepartment as Department,
        })),
  relatedComplaint: async (complaint, _args, ctx) =>
    complaint.relatedComplaintId
      ? visibleTo(readerOf(ctx), await ctx.loaders.complaint.load(complaint.relatedComplaintId))
      : null,
  sla: (complaint) => complaint.sla,
  timeline: (complaint, _args, ctx) => customerTimeline(shown(complaint, ctx, 'timeline')),
  internalTimeline: (complaint, _args, ctx) => (internalReader(ctx) ? shown(complaint, ctx, 'timeline') : []),
};
