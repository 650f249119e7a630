import { Column, Entity, PrimaryColumn } from 'typeorm';

export type NotificationKind = 'tenancy_reminder' | 'tenancy_overdue' | 'match_step' | 'nomination_expiring' | 'nomination_expired';

/** The stable codes of the notification texts: what is due or waiting, and for whom. */
export const NOTIFICATION_CODES = ['tenancy.evaluation_due', 'tenancy.evaluation_overdue', 'tenancy.conditions_due', 'tenancy.conditions_overdue', 'match.step_waiting', 'nomination.expiring', 'nomination.expired'] as const;
export type NotificationCode = (typeof NOTIFICATION_CODES)[number];

/** One notification in one user's inbox. */
@Entity('notification')
export class NotificationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') kind: NotificationKind;
  @Column() title: string;
  @Column() body: string;
  /** Which text this is (NOTIFICATION_CODES) and its values; null for notifications written before codes existed. */
  @Column('text', { nullable: true }) code: NotificationCode | null;
  @Column('jsonb', { nullable: true }) params: Record<string, string> | null;
  @Column('text', { nullable: true }) link: string | null;
  @Column('text') objectType: 'tenancy' | 'match' | 'nomination';
  @Column('uuid') objectId: string;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz', { nullable: true }) readAt: Date | null;
  @Column() dedupeKey: string;
  /** When the e-mail of this notification went out (SMTP or the local mail outbox); null until then. */
  @Column('timestamptz', { nullable: true }) mailedAt: Date | null;
}
