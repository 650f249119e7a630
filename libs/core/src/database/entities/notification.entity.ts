import { Column, Entity, PrimaryColumn } from 'typeorm';

export type NotificationKind = 'tenancy_reminder' | 'tenancy_overdue' | 'match_step';

/** One notification in one user's inbox. */
@Entity('notification')
export class NotificationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') kind: NotificationKind;
  @Column() title: string;
  @Column() body: string;
  @Column('text', { nullable: true }) link: string | null;
  @Column('text') objectType: 'tenancy' | 'match';
  @Column('uuid') objectId: string;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz', { nullable: true }) readAt: Date | null;
  @Column() dedupeKey: string;
  /** When the e-mail of this notification went out (SMTP or the local mail outbox); null until then. */
  @Column('timestamptz', { nullable: true }) mailedAt: Date | null;
}
