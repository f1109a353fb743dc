import {
  createEvent,
  documentAccessGranted,
  documentAccessRevoked,
  documentRegistered,
  type Envelope,
  type EventContext,
} from '@care/contracts';
import type { AccessGrant, ControlledDocument } from '../domain/controlled-document';
import { versionLabel } from '../domain/document-name';

/** `care.governance.document.registered` */
export const registeredEvent = (d: ControlledDocument, context: EventContext): Envelope =>
  createEvent(
    documentRegistered,
    d.id,
    {
      documentId: d.id,
      documentName: d.name,
      project: d.project,
      documentDate: d.documentDate,
      documentVersion: versionLabel(d),
      kind: d.kind,
      sizeBytes: d.sizeBytes,
      registeredAt: d.registeredAt.toISOString(),
    },
    context,
  );

/** `care.governance.document.access_granted` */
export const accessGrantedEvent = (g: AccessGrant, context: EventContext): Envelope =>
  createEvent(
    documentAccessGranted,
    g.documentId,
    {
      documentId: g.documentId,
      grantId: g.id,
      grantee: g.grantee,
      validUntil: g.validUntil.toISOString(),
      grantedAt: g.grantedAt.toISOString(),
    },
    context,
  );

/** `care.governance.document.access_revoked` */
export const accessRevokedEvent = (g: AccessGrant, context: EventContext): Envelope =>
  createEvent(
    documentAccessRevoked,
    g.documentId,
    { documentId: g.documentId, grantId: g.id, grantee: g.grantee, revokedAt: g.revokedAt!.toISOString() },
    context,
  );
