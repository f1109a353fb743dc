import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'approval_request' })
export class ApprovalRequestEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  type: string;

  @Column('text')
  title: string;

  /** numeric(20,6), read back as a string: never a float. */
  @Column('numeric', { precision: 20, scale: 6 })
  amount: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  status: string;

  @Column('text', { name: 'required_authority' })
  requiredAuthority: string;

  @Column('text', { name: 'requested_by' })
  requestedBy: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt: Date;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  @Column('boolean', { name: 'due_at_provisional' })
  dueAtProvisional: boolean;

  @Column('text', { name: 'reference_service', nullable: true })
  referenceService: string | null;

  @Column('text', { name: 'reference_aggregate', nullable: true })
  referenceAggregate: string | null;

  @Column('uuid', { name: 'reference_id', nullable: true })
  referenceId: string | null;

  @Column('boolean')
  expedited: boolean;

  @Column('timestamptz', { name: 'ratification_due_at', nullable: true })
  ratificationDueAt: Date | null;

  @Column('timestamptz', { name: 'ratification_overdue_at', nullable: true })
  ratificationOverdueAt: Date | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column('text', { name: 'decision_reason', nullable: true })
  decisionReason: string | null;

  @Column('boolean', { name: 'decided_late' })
  decidedLate: boolean;

  @Column('text', { name: 'overdue_explanation', nullable: true })
  overdueExplanation: string | null;

  @Column('boolean', { name: 'late_review_necessary', nullable: true })
  lateReviewNecessary: boolean | null;

  @Column('text', { name: 'late_review_note', nullable: true })
  lateReviewNote: string | null;

  @Column('text', { name: 'late_reviewed_by', nullable: true })
  lateReviewedBy: string | null;

  @Column('timestamptz', { name: 'late_reviewed_at', nullable: true })
  lateReviewedAt: Date | null;

  @Column('uuid', { name: 'decided_under_delegation', nullable: true })
  decidedUnderDelegation: string | null;

  @Column('text', { name: 'order_number', nullable: true })
  orderNumber: string | null;

  @Column('integer', { name: 'policy_version', nullable: true })
  policyVersion: number | null;

  @Column('text', { nullable: true })
  department: string | null;

  @VersionColumn()
  version: number;
}
