import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'audit_entry' })
export class AuditEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('text')
  actor: string;

  @Column('text')
  action: string;

  @Column('text', { name: 'subject_type' })
  subjectType: string;

  @Column('text', { name: 'subject_id' })
  subjectId: string;

  @Column('text')
  source: string;

  @Column('jsonb', { nullable: true })
  details: object | null;

  @Column('timestamptz', { name: 'retain_until' })
  retainUntil: Date;

  /** Its place in the tamper-evident chain (DOMAIN 4.1): bigint in SQL, a number here. */
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  position: number;

  @Column('char', { name: 'previous_hash', length: 64 })
  previousHash: string;

  @Column('char', { length: 64 })
  hash: string;
}
