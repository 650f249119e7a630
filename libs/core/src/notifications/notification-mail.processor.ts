import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { NotificationEntity, UserEntity } from '../database/entities';
import { JobHandler, JobOutcome, JobPayloads } from '../jobs/job-names';
import { Mailer, MAILER } from './mailer';
import { mailText } from './notification-texts';

/**
 * E-mails one notification to its user. It locks the notification row, skips it when it was mailed
 * already, sends, and only then sets mailed_at in the same transaction: a retry or a second run waits
 * for the lock and then sends nothing. A failed send leaves mailed_at empty and the job is retried.
 * Delivery is at least once: a crash after the send and before the commit mails the notification again.
 * The mail holds only the notification's own title, body and link; nothing is logged of it.
 */
@Injectable()
export class NotificationMailProcessor implements JobHandler<'notification.mail'> {
  readonly jobName = 'notification.mail' as const;

  constructor(
    private readonly uow: UnitOfWork,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  handle({ notificationId }: JobPayloads['notification.mail']): Promise<JobOutcome> {
    return this.uow.run(async (m) => {
      const n = await m.createQueryBuilder(NotificationEntity, 'n').where('n.id = :id', { id: notificationId }).setLock('pessimistic_write').getOne();
      if (!n || n.mailedAt) return 'skipped';
      const user = await m.findOneBy(UserEntity, { id: n.userId });
      if (!user?.email) return 'skipped';
      await this.mailer.send({ notificationId: n.id, to: user.email, ...mailText(n), date: this.clock.now() });
      await m.update(NotificationEntity, n.id, { mailedAt: this.clock.now() });
      return 'done';
    });
  }
}
