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
import { byIdQuery, inputMutation, listQuery } from '../resolver-forms';
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

export const rectificationQueries: QueryResolvers = {
  rectificationItem: byIdQuery(getRectificationItem),
  rectificationItems: listQuery(listRectificationItems),
};

export const rectificationMutations: MutationResolvers = {
  openRectificationItem: inputMutation(openRectificationItem),
  nameRectificationOwner: inputMutation(nameRectificationOwner),
  reportRectificationProgress: inputMutation(reportRectificationProgress),
  completeRectificationItem: inputMutation(completeRectificationItem),
  verifyRectificationItem: inputMutation(verifyRectificationItem),
};
