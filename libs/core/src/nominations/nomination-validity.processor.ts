import { Inject, Injectable } from '@nestjs/common';
import { Clock, validityPassed } from '@tp/domain';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { ClientEntity, NominationEntity } from '../database/entities';
import { JobHandler, JobOutcome, jobIds, JobPayloads } from '../jobs/job-names';
import { NotificationService } from '../notifications/notification.service';
import { nominationExpiringText } from '../notifications/notification-texts';
import { NominationValidity } from './nomination-validity.service';

/** The job still applies only while the nomination waits for a home and its validity is still the one the job was scheduled for (not renewed). */
const stillValidUntil = (n: NominationEntity | null, validUntil: string): n is NominationEntity =>
  !!n && (n.status === 'active' || n.status === 'matched') && n.validUntil?.toISOString() === validUntil;

/** Reminds the care provider's users, once, that a nomination's readiness statement runs out. */
@Injectable()
export class NominationReminderProcessor implements JobHandler<'nomination.remind'> {
  readonly jobName = 'nomination.remind' as const;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationService,
  ) {}

  handle({ nominationId, validUntil }: JobPayloads['nomination.remind']): Promise<JobOutcome> {
    return this.uow.run(async (m) => {
      const n = await m.findOneBy(NominationEntity, { id: nominationId });
      if (!stillValidUntil(n, validUntil)) return 'skipped';
      const users = await this.notifications.usersOfOrganisations(m, [n.careProviderId]);
      const client = await m.findOneByOrFail(ClientEntity, { id: n.clientId });
      const sent = await this.notifications.notify(m, users, nominationExpiringText(client.reference, n.validUntil!, n.id), { type: 'nomination', id: n.id }, jobIds.nominationRemind(n.id, validUntil));
      return sent > 0 ? 'done' : 'skipped';
    });
  }
}

/**
 * At validUntil: an active nomination that was not renewed expires. A matched one is left alone; when
 * its match ends without a lease, MatchLifecycle.release expires it instead of returning it to the queue.
 */
@Injectable()
export class NominationExpiryProcessor implements JobHandler<'nomination.expire'> {
  readonly jobName = 'nomination.expire' as const;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly validity: NominationValidity,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  handle({ nominationId, validUntil }: JobPayloads['nomination.expire']): Promise<JobOutcome> {
    return this.uow.run(async (m) => {
      const n = await m.findOne(NominationEntity, { where: { id: nominationId }, lock: { mode: 'pessimistic_write' } });
      if (!stillValidUntil(n, validUntil) || n.status !== 'active' || !validityPassed(n.validUntil, this.clock.now())) return 'skipped';
      return (await this.validity.expire(m, n)) ? 'done' : 'skipped';
    });
  }
}
