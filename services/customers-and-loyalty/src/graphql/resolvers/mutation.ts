import { adjustPoints } from '../../application/adjust-points';
import { archiveCampaign } from '../../application/archive-campaign';
import { closeCampaign } from '../../application/close-campaign';
import { confirmTierChange } from '../../application/confirm-tier-change';
import { createCampaign } from '../../application/create-campaign';
import { evaluateTiers } from '../../application/evaluate-tiers';
import { expirePoints } from '../../application/expire-points';
import { freezeAccount } from '../../application/freeze-account';
import { issueDiscount } from '../../application/issue-discount';
import { overrideTier } from '../../application/override-tier';
import { recordCampaignInteraction } from '../../application/record-campaign-interaction';
import { recordConsent } from '../../application/record-consent';
import { recordPurchase } from '../../application/record-purchase';
import { recordReturn } from '../../application/record-return';
import { registerCustomer } from '../../application/register-customer';
import { requestRedemption } from '../../application/request-redemption';
import { reviewCustomerChange } from '../../application/review-customer-change';
import { settleCampaign } from '../../application/settle-campaign';
import { submitCampaign } from '../../application/submit-campaign';
import { submitCustomerChange } from '../../application/submit-customer-change';
import { unfreezeAccount } from '../../application/unfreeze-account';
import { updateCustomer } from '../../application/update-customer';
import { verifyIdentity } from '../../application/verify-identity';
import type { ProfileChanges } from '../../domain/customer';
import type { MutationResolvers } from '../__generated__/resolvers-types';

/** GraphQL input: an omitted field is left alone, an explicit null clears it. */
function changesOf(input: Record<string, unknown>, fields: readonly string[]): ProfileChanges {
  const changes: Record<string, unknown> = {};
  for (const f of fields) if (f in input) changes[f] = input[f];
  return changes as ProfileChanges;
}

/** What updateCustomer may change directly; personal data changes through change requests (DOMAIN 2.5). */
const OPERATIONAL = ['preferredLanguage', 'tags', 'representative'];
const CHANGE = ['name', 'email', 'phone', 'region', 'birthday', 'preferredLanguage'];

export const Mutation: MutationResolvers = {
  registerCustomer: (_root, { input }, ctx) => registerCustomer(ctx.deps, ctx, input),
  updateCustomer: (_root, { id, input }, ctx) =>
    updateCustomer(ctx.deps, ctx, { id, changes: changesOf(input, OPERATIONAL) }),
  recordConsent: (_root, { input }, ctx) => recordConsent(ctx.deps, ctx, input),
  verifyIdentity: (_root, { input }, ctx) => verifyIdentity(ctx.deps, ctx, input),
  submitCustomerChange: (_root, { input }, ctx) =>
    submitCustomerChange(ctx.deps, ctx, {
      customerId: input.customerId,
      idDocumentReference: input.idDocumentReference,
      changes: changesOf(input, CHANGE),
    }),
  reviewCustomerChange: (_root, { input }, ctx) => reviewCustomerChange(ctx.deps, ctx, input),
  recordPurchase: (_root, { input }, ctx) => recordPurchase(ctx.deps, ctx, input),
  recordReturn: (_root, { input }, ctx) => recordReturn(ctx.deps, ctx, input),
  evaluateTiers: (_root, { year }, ctx) => evaluateTiers(ctx.deps, ctx, year),
  confirmTierChange: (_root, { input }, ctx) => confirmTierChange(ctx.deps, ctx, input),
  overrideTier: (_root, { input }, ctx) => overrideTier(ctx.deps, ctx, input),
  requestRedemption: (_root, { input }, ctx) => requestRedemption(ctx.deps, ctx, input),
  issueDiscount: (_root, { input }, ctx) => issueDiscount(ctx.deps, ctx, input),
  freezeAccount: (_root, args, ctx) => freezeAccount(ctx.deps, ctx, args),
  unfreezeAccount: (_root, args, ctx) => unfreezeAccount(ctx.deps, ctx, args),
  expirePoints: (_root, _args, ctx) => expirePoints(ctx.deps, ctx),
  adjustPoints: (_root, { input }, ctx) => adjustPoints(ctx.deps, ctx, input),
  createCampaign: (_root, { input }, ctx) => createCampaign(ctx.deps, ctx, input),
  submitCampaign: (_root, { id }, ctx) => submitCampaign(ctx.deps, ctx, id),
  recordCampaignInteraction: (_root, { input }, ctx) => recordCampaignInteraction(ctx.deps, ctx, input),
  closeCampaign: (_root, { id }, ctx) => closeCampaign(ctx.deps, ctx, id),
  settleCampaign: (_root, { id }, ctx) => settleCampaign(ctx.deps, ctx, id),
  archiveCampaign: (_root, { id }, ctx) => archiveCampaign(ctx.deps, ctx, id),
};
