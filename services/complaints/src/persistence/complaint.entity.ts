import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'complaint' })
export class ComplaintEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  number: string;

  @Column('text')
  kind: string;

  @Column('text')
  channel: string;

  @Column('text')
  status: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text', { name: 'order_number', nullable: true })
  orderNumber: string | null;

  @Column('text', { name: 'product_model', nullable: true })
  productModel: string | null;

  @Column('text')
  description: string;

  @Column('text', { name: 'expected_resolution', nullable: true })
  expectedResolution: string | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
