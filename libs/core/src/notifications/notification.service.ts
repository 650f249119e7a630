import { Inject, Injectable } from '@nestjs/common';
import { Clock, isLiveMatch, MATCH_STEP_PARTY } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { paginate } from '../common/pagination';
import { jobIds } from '../jobs/job-names';
import { Outbox } from '../jobs/outbox.service';
import { UnitOfWork } from '../common/unit-of-work';
import { ClientEntity, MatchEntity, NominationEntity, NotificationEntity, OrganisationEntity, UserEntity } from '../database/entities';
import { NOTIFICATION_SORTS, NotificationListQuery } from './notification.dto';
import { matchStepText, NotificationText } from './notification-texts';

export const notificationView = (n: NotificationEntity) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  code: n.code,
  params: n.params,
  link: n.link,
  objectType: n.objectType,
  objectId: n.objectId,
  createdAt: n.createdAt,
  readAt: n.readAt,
});

/**
 * The in-app inbox. Every notification is written once per user, under a deduplication key derived
 * from what caused it (a job id, a match and its status), so a retried job or step sends nothing twice.
 * Each user sees and marks only their own notifications.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Writes `text` to each user's inbox unless `dedupe` + the user id is there already; returns how many were new.
   * Each new row also gets its e-mail job ('notification.mail'), in the same transaction; a row the dedupe key
   * kept out gets none.
   */
  async notify(m: EntityManager, userIds: string[], text: NotificationText, object: { type: 'tenancy' | 'match' | 'nomination'; id: string }, dedupe: string): Promise<number> {
    if (userIds.length === 0) return 0;
    const now = this.clock.now();
    const res = await m
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        [...new Set(userIds)].map((userId) => ({
          id: randomUUID(),
          userId,
          kind: text.kind,
          title: text.title,
          body: text.body,
          code: text.code,
          params: text.params,
          link: text.link,
          objectType: object.type,
          objectId: object.id,
          createdAt: now,
          readAt: null,
          dedupeKey: `${dedupe}-${userId}`,
        })),
      )
      .orIgnore() // ON CONFLICT DO NOTHING: the unique dedupe_key
      .returning(['id'])
      .execute();
    const inserted = res.raw as Array<{ id: string }>;
    for (const { id } of inserted) await this.outbox.enqueue(m, 'notification.mail', { notificationId: id }, { jobId: jobIds.notificationMail(id) });
    return inserted.length;
  }

  /** The users of these organisations (a corporation, a care provider). */
  async usersOfOrganisations(m: EntityManager, organisationIds: string[]): Promise<string[]> {
    if (organisationIds.length === 0) return [];
    const rows = await m.createQueryBuilder(UserEntity, 'u').select('u.id', 'id').where('u.organisation_id IN (:...ids)', { ids: organisationIds }).getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** The municipal officers of a municipality (not the coordinator, who may belong to the same organisation). */
  async officersOf(m: EntityManager, municipalityCode: string): Promise<string[]> {
    const rows = await m
      .createQueryBuilder(UserEntity, 'u')
      .select('u.id', 'id')
      .innerJoin(OrganisationEntity, 'o', 'o.id = u.organisation_id')
      .where(`u.role = 'municipal_officer' AND o.municipality_code = :code`, { code: municipalityCode })
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** A match arrived at a party's step: its users hear of it, once per match and status. */
  async notifyMatchStep(m: EntityManager, match: MatchEntity): Promise<number> {
    if (!isLiveMatch(match.status)) return 0;
    const party = MATCH_STEP_PARTY[match.status];
    const users =
      party === 'destination_officer'
        ? await this.officersOf(m, match.destinationMunicipalityCode)
        : await this.usersOfOrganisations(m, [party === 'corporation' ? match.corporationId : match.careProviderId]);
    if (users.length === 0) return 0;
    const nomination = await m.findOneByOrFail(NominationEntity, { id: match.nominationId });
    const client = await m.findOneByOrFail(ClientEntity, { id: nomination.clientId });
    return this.notify(m, users, matchStepText(match.status, client.reference, match.stepDeadline, match.id), { type: 'match', id: match.id }, `match-${match.id}-${match.status}`);
  }

  list(actor: Actor, q: NotificationListQuery) {
    return this.uow.run(async (m) => {
      const qb = m.createQueryBuilder(NotificationEntity, 'n').where('n.user_id = :user', { user: actor.userId });
      if (q.unread === 'true') qb.andWhere('n.read_at IS NULL');
      if (q.unread === 'false') qb.andWhere('n.read_at IS NOT NULL');
      const page = await paginate(qb, 'n', q, NOTIFICATION_SORTS, '-createdAt');
      return { items: page.items.map(notificationView), nextCursor: page.nextCursor };
    });
  }

  /** Marks one of the caller's own notifications read (another user's is a 404); reading twice keeps the first moment. */
  read(actor: Actor, id: string) {
    return this.uow.run(async (m) => {
      const n = await m.findOneBy(NotificationEntity, { id, userId: actor.userId });
      if (!n) throw AppError.notFound('Notification');
      if (!n.readAt) {
        n.readAt = this.clock.now();
        await m.update(NotificationEntity, n.id, { readAt: n.readAt });
      }
      return notificationView(n);
    });
  }

  /** Marks all of the caller's unread notifications read. */
  readAll(actor: Actor) {
    return this.uow.run(async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(NotificationEntity)
        .set({ readAt: this.clock.now() })
        .where('user_id = :user AND read_at IS NULL', { user: actor.userId })
        .execute();
      return { marked: res.affected ?? 0 };
    });
  }
}
