import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'customer' })
export class CustomerEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  region: string | null;

  @Column('text')
  tier: string;

  @Column('text')
  status: string;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt: Date;

  @VersionColumn()
  version: number;
}
