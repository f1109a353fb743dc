import DataLoader from 'dataloader';
import {
  grantDocumentAccess,
  listDocumentGrants,
  revokeDocumentAccess,
} from '../../application/document-access-grants';
import { readDocumentContent } from '../../application/read-document-content';
import { getDocument, getDocuments, listDocuments } from '../../application/read-documents';
import { registerDocument } from '../../application/register-document';
import { rewrapDocumentKeys } from '../../application/rewrap-document-keys';
import type { ControlledDocument as ControlledDocumentModel } from '../../domain/controlled-document';
import { versionLabel } from '../../domain/document-name';
import type {
  ControlledDocumentResolvers,
  DocumentAccessGrantResolvers,
  DocumentContentResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { byIdQuery, inputMutation, listQuery, useCaseOn } from '../resolver-forms';
import { requestLoader } from '../request-loaders';

/** The register entries a request names (references, grants' documents), read once per batch. */
const documents = (ctx: Context) =>
  requestLoader(
    ctx,
    'documents',
    () =>
      new DataLoader<string, ControlledDocumentModel | null>((ids) => getDocuments(ctx.deps, ctx.actor, ids)),
  );

export const ControlledDocument: ControlledDocumentResolvers = {
  __resolveReference: (ref, ctx) => documents(ctx).load(ref.id),
  documentVersion: (d) => versionLabel(d),
};

export const DocumentContent: DocumentContentResolvers = {
  contentBase64: (c) => c.content.toString('base64'),
  access: (c) => c.access.basis,
  grantId: (c) => c.access.grantId,
};

export const DocumentAccessGrant: DocumentAccessGrantResolvers = {
  // The register entry, for those who may read the register (a grantee may not: null).
  document: (g, _args, ctx) =>
    documents(ctx)
      .load(g.documentId)
      .catch(() => null),
};

export const documentQueries: QueryResolvers = {
  controlledDocument: byIdQuery(getDocument),
  controlledDocuments: listQuery(listDocuments),
  documentContent: useCaseOn('id', readDocumentContent),
  documentAccessGrants: (_root, { documentId }, ctx) => listDocumentGrants(ctx.deps, ctx.actor, documentId),
};

export const documentMutations: MutationResolvers = {
  registerDocument: inputMutation(registerDocument),
  grantDocumentAccess: inputMutation(grantDocumentAccess),
  revokeDocumentAccess: inputMutation(revokeDocumentAccess),
  rewrapDocumentKeys: (_root, _args, ctx) => rewrapDocumentKeys(ctx.deps, ctx),
};
