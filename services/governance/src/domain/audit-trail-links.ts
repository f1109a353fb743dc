/**
 * The entities of other services whose audit trail governance adds to the graph (DOMAIN 4.1: entries are
 * reachable from their subjects), and the audit subjects that belong to each. An entry traced from an
 * event has the event's aggregate as its subject type and the event's subject as its id
 * (audit-entry.ts); a note recorded by supervision may name the entity's GraphQL type instead.
 */
export const AUDIT_TRAIL_SUBJECTS = {
  /** complaints' `care.complaints.complaint.*` events (subject: the complaint). */
  Complaint: ['complaint', 'Complaint'],
  /** loyalty's events whose subject is the customer: the customer, tier, points, purchases, freezes, consents. */
  Customer: ['customer', 'tier', 'points', 'purchase', 'account', 'consent', 'personal_data', 'Customer'],
  /** approvals' request, step and emergency events (subject: the request). */
  ApprovalRequest: ['request', 'step', 'emergency', 'ApprovalRequest'],
  /** loyalty's `care.loyalty.campaign.*` events (subject: the campaign). */
  Campaign: ['campaign', 'Campaign'],
} as const satisfies Record<string, readonly string[]>;

export type AuditTrailOwner = keyof typeof AUDIT_TRAIL_SUBJECTS;

export const AUDIT_TRAIL_OWNERS = Object.keys(AUDIT_TRAIL_SUBJECTS) as AuditTrailOwner[];
