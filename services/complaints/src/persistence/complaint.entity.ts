import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Complaint } from '../domain/complaint';

/**
 * One row per complaint, its columns typed as the rules write them. The aggregate's parts that are only
 * read with it (hand-over, notes, solutions, follow-ups, timeline ...) are jsonb documents on the row;
 * everything the lists, statistics and the breach job filter or group on is a plain, indexed column.
 */
@Entity({ name: 'complaint' })
export class ComplaintEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { unique: true }) number: string;
  @Column('text') kind: Complaint['kind'];
  @Column('text') channel: Complaint['channel'];
  @Column('text') status: Complaint['status'];
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('text', { name: 'order_number', nullable: true }) orderNumber: string | null;
  @Column('text', { name: 'product_model', nullable: true }) productModel: string | null;
  @Column('text') description: string;
  @Column('text', { name: 'expected_resolution', nullable: true }) expectedResolution: string | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('integer') version: number;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @Column('uuid', { name: 'related_complaint_id', nullable: true }) relatedComplaintId: string | null;
  @Column('text', { nullable: true }) category: Complaint['category'];
  @Column('text') urgency: Complaint['urgency'];
  @Column('text', { nullable: true }) complexity: Complaint['complexity'];
  @Column('timestamptz', { name: 'classified_at', nullable: true }) classifiedAt: Date | null;
  @Column('text', { array: true }) departments: string[];
  @Column('text', { name: 'lead_department', nullable: true }) leadDepartment: string | null;
  @Column('jsonb', { nullable: true }) handover: Complaint['handover'];
  @Column('jsonb') investigation: Complaint['investigation'];
  @Column('jsonb', { name: 'root_cause', nullable: true }) rootCause: Complaint['rootCause'];
  @Column('jsonb') solutions: Complaint['solutions'];
  @Column('jsonb', { nullable: true }) compensation: Complaint['compensation'];
  @Column('uuid', { name: 'compensation_solution_id', nullable: true }) compensationSolutionId: string | null;
  @Column('jsonb', { nullable: true }) feedback: Complaint['feedback'];
  @Column('smallint', { nullable: true }) satisfaction: number | null;
  @Column('timestamptz', { name: 'follow_up_from', nullable: true }) followUpFrom: Date | null;
  @Column('timestamptz', { name: 'follow_up_due_by', nullable: true }) followUpDueBy: Date | null;
  @Column('jsonb', { name: 'follow_ups' }) followUps: Complaint['followUps'];
  @Column('jsonb', { nullable: true }) report: Complaint['report'];
  @Column('jsonb', { name: 'improvement_actions' }) improvementActions: Complaint['improvementActions'];
  @Column('text') escalation: Complaint['escalation'];
  @Column('timestamptz', { name: 'escalated_at', nullable: true }) escalatedAt: Date | null;
  @Column('integer', { name: 'reopen_count' }) reopenCount: number;
  @Column('text', { name: 'resolved_by', nullable: true }) resolvedBy: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('jsonb') acknowledgement: object;
  @Column('jsonb') sla: object;
  @Column('text', { name: 'sla_tier' }) slaTier: string;
  @Column('timestamptz', { name: 'first_response_due_at' }) firstResponseDueAt: Date;
  @Column('timestamptz', { name: 'resolution_due_at' }) resolutionDueAt: Date;
  @Column('timestamptz', { name: 'first_responded_at', nullable: true }) firstRespondedAt: Date | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @Column('timestamptz', { name: 'sla_paused_since', nullable: true }) slaPausedSince: Date | null;
  @Column('boolean') breached: boolean;
  @Column('boolean', { name: 'on_time', nullable: true }) onTime: boolean | null;
  @Column('numeric', { name: 'working_hours_to_resolve', nullable: true }) workingHoursToResolve:
    string | null;
  @Column('jsonb') timeline: Complaint['timeline'];
}

/** Loyalty's tiers as this service last heard of them (tier.changed events). */
@Entity({ name: 'customer_tier' })
export class CustomerTierEntity {
  @PrimaryColumn('uuid', { name: 'customer_id' }) customerId: string;
  @Column('text') tier: string;
  @Column('timestamptz', { name: 'effective_at' }) effectiveAt: Date;
}

/** The routing table: category -> responsible department (DOMAIN 1.4), data the company can change. */
@Entity({ name: 'routing_rule' })
export class RoutingRuleEntity {
  @PrimaryColumn('text') category: string;
  @Column('text') department: string;
}
