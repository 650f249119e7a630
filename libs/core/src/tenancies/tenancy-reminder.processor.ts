import { Inject, Injectable } from '@nestjs/common';
import { Clock, reminderApplies, reminderMoments } from '@tp/domain';
import { EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { ClientEntity, RegionEntity, TenancyEntity } from '../database/entities';
import { JobHandler, JobOutcome, jobIds, JobPayloads } from '../jobs/job-names';
import { Outbox } from '../jobs/outbox.service';
import { NotificationService } from '../notifications/notification.service';
import { tenancyReminderText } from '../notifications/notification-texts';

type Dates = Pick<TenancyEntity, 'id' | 'regionCode' | 'status' | 'nextEvaluationDate' | 'conditionsEndDate'>;

/**
 * Reminders of a tenancy's due dates (the next evaluation, the end of the conditions): a delayed job
 * the region's reminderDaysBefore ahead, and one the day after the date. The job re-reads the tenancy
 * and says nothing when the date was dealt with, moved or the tenancy ended; the users of the
 * corporation and the care provider each get one notification, however often the job runs.
 */
@Injectable()
export class TenancyReminderProcessor implements JobHandler<'tenancy.remind'> {
  readonly jobName = 'tenancy.remind' as const;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly notifications: NotificationService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Schedules the reminders of every due date `after` has that `before` did not (in the business transaction). */
  async schedule(m: EntityManager, after: Dates, before?: Pick<Dates, 'nextEvaluationDate' | 'conditionsEndDate'>): Promise<void> {
    if (after.status !== 'live') return;
    const region = await m.findOneByOrFail(RegionEntity, { code: after.regionCode });
    for (const due of [after.nextEvaluationDate, after.conditionsEndDate]) {
      if (!due || (before && (before.nextEvaluationDate === due || before.conditionsEndDate === due))) continue;
      for (const { kind, at } of reminderMoments(due, region.reminderDaysBefore, this.clock.now()))
        await this.outbox.enqueue(m, 'tenancy.remind', { tenancyId: after.id, due, kind }, { jobId: jobIds.tenancyRemind(after.id, kind, due), runAt: at });
    }
  }

  handle({ tenancyId, due, kind }: JobPayloads['tenancy.remind']): Promise<JobOutcome> {
    return this.uow.run(async (m) => {
      const t = await m.findOneBy(TenancyEntity, { id: tenancyId });
      if (!t || !reminderApplies(t, due)) return 'skipped';
      const users = await this.notifications.usersOfOrganisations(m, [t.corporationId, t.careProviderId]);
      const client = await m.findOneByOrFail(ClientEntity, { id: t.clientId });
      const what = t.nextEvaluationDate === due ? 'evaluation' : 'conditions';
      const sent = await this.notifications.notify(m, users, tenancyReminderText(kind, what, due, client.reference, t.id), { type: 'tenancy', id: t.id }, jobIds.tenancyRemind(t.id, kind, due));
      return sent > 0 ? 'done' : 'skipped';
    });
  }
}
