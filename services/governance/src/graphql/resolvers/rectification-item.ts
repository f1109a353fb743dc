import DataLoader from 'dataloader';
import { completeRectificationItem } from '../../application/complete-rectification-item';
import { nameRectificationOwner } from '../../application/name-rectification-owner';
import { openRectificationItem } from '../../application/open-rectification-item';
import {
  getRectificationItem,
  getRectificationItems,
  listRectificationItems,
} from '../../application/read-rectification-items';
import { reportRectificationProgress } from '../../application/report-rectification-progress';
import { verifyRectificationItem } from '../../application/verify-rectification-item';
import type { RectificationItem as RectificationItemModel } from '../../domain/rectification';
import type {
  MutationResolvers,
  QueryResolvers,
  RectificationItemResolvers,
} from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { requestLoader } from '../request-loaders';

/** The items a request's references name, read once per batch; each reference is checked on its own. */
const items = (ctx: Context) =>
  requestLoader(
    ctx,
    'rectificationItems',
    () =>
      new DataLoader<string, RectificationItemModel | null>((ids) =>
        getRectificationItems(ctx.deps, ctx.actor, ids),
      ),
  );

export const RectificationItem: RectificationItemResolvers = {
  __resolveReference: (ref, ctx) => items(ctx).load(ref.id),
};

export const rectificationQueries: Pick<QueryResolvers, 'rectificationItem' | 'rectificationItems'> = {
  rectificationItem: (_root, { id }, ctx) => getRectificationItem(ctx.deps, ctx.actor, id),
  rectificationItems: (_root, { filter, ...page }, ctx) =>
    listRectificationItems(ctx.deps, ctx.actor, filter ?? {}, page),
};

export const rectificationMutations: Pick<
  MutationResolvers,
  | 'openRectificationItem'
  | 'nameRectificationOwner'
  | 'reportRectificationProgress'
  | 'completeRectificationItem'
  | 'verifyRectificationItem'
> = {
  openRectificationItem: (_root, { input }, ctx) => openRectificationItem(ctx.deps, ctx, input),
  nameRectificationOwner: (_root, { input }, ctx) => nameRectificationOwner(ctx.deps, ctx, input),
  reportRectificationProgress: (_root, { input }, ctx) => reportRectificationProgress(ctx.deps, ctx, input),
  completeRectificationItem: (_root, { input }, ctx) => completeRectificationItem(ctx.deps, ctx, input),
  verifyRectificationItem: (_root, { input }, ctx) => verifyRectificationItem(ctx.deps, ctx, input),
};
