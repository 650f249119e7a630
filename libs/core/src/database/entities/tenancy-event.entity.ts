import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An evaluation or an event in a tenancy's history. */
@Entity('tenancy_event')
export class TenancyEventEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenancyId: string;
  @Column('text') kind: 'evaluation' | 'event';
  @Column() type: string;
  @Column('date') date: string;
  @Column('date', { nullable: true }) expectedReturnDate: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('uuid', { nullable: true }) actorUserId: string | null;
  @Column('text', { nullable: true }) actorRole: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
