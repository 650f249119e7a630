import { Inject, Injectable } from '@nestjs/common';
import { Clock, nominationTransition, validityReminderAt } from '@tp/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CLOCK } from '../common/clock';
import { ClientEntity, NominationEntity, RegionEntity } from '../database/entities';
import { jobIds } from '../jobs/job-names';
import { Outbox } from '../jobs/outbox.service';
import { NotificationService } from '../notifications/notification.service';
import { nominationExpiredText } from '../notifications/notification-texts';

/**
 * The end of a nomination's validity: scheduling its reminder and expiry jobs (on approval and on
 * renewal) and expiring it (by the job, or when a match of a nomination past its validity ends).
 */
@Injectable()
export class NominationValidity {
  constructor(
    private readonly outbox: Outbox,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Schedules the reminder (the region's reminderDaysBefore ahead, unless that passed) and the expiry at validUntil, in the business transaction. */
  async schedule(m: EntityManager, n: Pick<NominationEntity, 'id' | 'regionCode' | 'validUntil'>): Promise<void> {
    if (!n.validUntil) return;
    const validUntil = n.validUntil.toISOString();
    const region = await m.findOneByOrFail(RegionEntity, { code: n.regionCode });
    const remindAt = validityReminderAt(n.validUntil, region.reminderDaysBefore, this.clock.now());
    if (remindAt)
      await this.outbox.enqueue(m, 'nomination.remind', { nominationId: n.id, validUntil }, { jobId: jobIds.nominationRemind(n.id, validUntil), runAt: remindAt });
    await this.outbox.enqueue(m, 'nomination.expire', { nominationId: n.id, validUntil }, { jobId: jobIds.nominationExpire(n.id, validUntil), runAt: n.validUntil });
  }

  /**
   * An active nomination (locked by the caller) whose validity passed becomes expired: recorded in the
   * audit trail as the system's act, and its care provider hears of it once. False when it is not active.
   */
  async expire(m: EntityManager, n: NominationEntity): Promise<boolean> {
    const next = nominationTransition(n.status, 'expire');
    if (!next.ok || !n.validUntil) return false;
    n.status = next.value;
    await m.update(NominationEntity, n.id, { status: n.status });
    const now = this.clock.now();
    await this.audit.recordSystem(
      m,
      [{ action: 'nomination.expire', objectType: 'nomination', objectId: n.id, clientId: n.clientId, regionCode: n.regionCode, grounds: `valid_until:${n.validUntil.toISOString()}` }],
      now,
    );
    const users = await this.notifications.usersOfOrganisations(m, [n.careProviderId]);
    const client = await m.findOneByOrFail(ClientEntity, { id: n.clientId });
    await this.notifications.notify(m, users, nominationExpiredText(client.reference, n.validUntil, n.id), { type: 'nomination', id: n.id }, jobIds.nominationExpire(n.id, n.validUntil.toISOString()));
    return true;
  }
}
