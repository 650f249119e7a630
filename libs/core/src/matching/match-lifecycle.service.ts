import { Inject, Injectable } from '@nestjs/common';
import { addWorkingDays, Clock, MatchStatus, MatchingTrigger, matchTransition, nominationTransition, vacancyTransition, validityPassed } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { MatchEntity, MatchEventEntity, NominationEntity, RegionEntity, VacancyEntity } from '../database/entities';
import { jobIds } from '../jobs/job-names';
import { Outbox } from '../jobs/outbox.service';
import { NominationValidity } from '../nominations/nomination-validity.service';
import { NotificationService } from '../notifications/notification.service';
import { MatchingTriggers } from './matching-triggers.service';

/**
 * What every change of a match's status shares: its history row, the next step's deadline and the
 * expiry job, and releasing the vacancy and the nomination when a match ends without a lease.
 */
@Injectable()
export class MatchLifecycle {
  constructor(
    private readonly outbox: Outbox,
    private readonly triggers: MatchingTriggers,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly validity: NominationValidity,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Sets the deadline of the step the match is now at, schedules its expiry and notifies the party whose step it is. */
  async scheduleDeadline(m: EntityManager, match: MatchEntity): Promise<void> {
    const region = await m.findOneByOrFail(RegionEntity, { code: match.regionCode });
    match.stepDeadline = addWorkingDays(this.clock.now(), region.stepDeadlineWorkingDays);
    await m.update(MatchEntity, match.id, { stepDeadline: match.stepDeadline });
    await this.outbox.enqueue(m, 'match.expire', { matchId: match.id, status: match.status }, { jobId: jobIds.matchExpire(match.id, match.status), runAt: match.stepDeadline });
    await this.notifyStep(m, match);
  }

  /** The users of the party whose step it now is hear of it (once per match and status). */
  notifyStep(m: EntityManager, match: MatchEntity): Promise<number> {
    return this.notifications.notifyMatchStep(m, match);
  }

  async recordEvent(
    m: EntityManager,
    match: MatchEntity,
    from: MatchStatus | null,
    type: string,
    actor: Actor | null,
    extra: { reasonCode?: string | null; note?: string | null } = {},
  ): Promise<void> {
    await m.insert(MatchEventEntity, {
      id: randomUUID(),
      matchId: match.id,
      type,
      fromStatus: from,
      toStatus: match.status,
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? (actor === null ? 'system' : null),
      reasonCode: extra.reasonCode ?? null,
      note: extra.note ?? null,
      at: this.clock.now(),
    });
  }

  /**
   * The match ended without a lease: the nomination goes back to the queue (or expires, when its
   * validity passed meanwhile) and the vacancy back to open (unless `keep` says one of them leaves too), and a new round is triggered.
   */
  async release(m: EntityManager, match: MatchEntity, trigger: MatchingTrigger, keep: { vacancy?: boolean; nomination?: boolean } = {}): Promise<void> {
    await m.update(MatchEntity, match.id, { stepDeadline: null });
    if (!keep.nomination) {
      const n = await m.findOneByOrFail(NominationEntity, { id: match.nominationId });
      const next = nominationTransition(n.status, 'unmatch');
      if (next.ok) {
        n.status = next.value;
        await m.update(NominationEntity, n.id, { status: n.status });
        // its validity ran out while it was matched: it expires now instead of returning to the queue
        if (validityPassed(n.validUntil, this.clock.now())) await this.validity.expire(m, n);
      }
    }
    if (!keep.vacancy) {
      const v = await m.findOneByOrFail(VacancyEntity, { id: match.vacancyId });
      const next = vacancyTransition(v.status, 'unmatch');
      if (next.ok) await m.update(VacancyEntity, v.id, { status: next.value });
    }
    await this.triggers.trigger(m, match.regionCode, trigger, match.id);
  }

  /**
   * Ends a live match without a lease (a withdrawal or the coordinator's decision): records why, and
   * releases the side that stays in play (`keep` names the side that leaves too).
   */
  async cancel(m: EntityManager, match: MatchEntity, actor: Actor, note: string, keep: { vacancy?: boolean; nomination?: boolean } = {}): Promise<void> {
    const next = matchTransition(match.status, 'cancel');
    if (!next.ok) throw MatchLifecycle.invalid('cancel', match.status, next.error.allowed);
    const from = match.status;
    match.status = next.value;
    await m.update(MatchEntity, match.id, { status: match.status });
    await this.recordEvent(m, match, from, 'cancelled', actor, { note });
    await this.release(m, match, 'match_cancelled', keep);
    const nomination = await m.findOneOrFail(NominationEntity, { select: { id: true, clientId: true }, where: { id: match.nominationId } });
    await this.audit.record(m, actor, [{ action: 'match.cancel', objectType: 'match', objectId: match.id, clientId: nomination.clientId, grounds: note }], this.clock.now());
  }

  /**
   * Locks a match's vacancy, then its nomination: the order every writer follows (vacancy, nomination,
   * match; a round locks the vacancy and then the nomination before it writes a match), so that a step
   * on a match and a withdrawal never wait on each other in a circle. Call before locking the match.
   */
  async lockSides(m: EntityManager, sides: { vacancyId?: string | null; nominationId?: string | null }): Promise<void> {
    if (sides.vacancyId) await m.findOne(VacancyEntity, { where: { id: sides.vacancyId }, lock: { mode: 'pessimistic_write' } });
    if (sides.nominationId) await m.findOne(NominationEntity, { where: { id: sides.nominationId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The live match holding a vacancy or a nomination as last committed, not locked: to learn which rows to lock first. */
  async peekLiveMatch(m: EntityManager, where: { vacancyId: string } | { nominationId: string }): Promise<MatchEntity | null> {
    const qb = m.createQueryBuilder(MatchEntity, 'x').where(`x.status IN ('proposed','approved','accepted','client_accepted')`);
    if ('vacancyId' in where) qb.andWhere('x.vacancy_id = :id', { id: where.vacancyId });
    else qb.andWhere('x.nomination_id = :id', { id: where.nominationId });
    return qb.getOne();
  }

  /** The live match holding a vacancy or a nomination, locked, if any. */
  async liveMatchFor(m: EntityManager, where: { vacancyId: string } | { nominationId: string }): Promise<MatchEntity | null> {
    const qb = m.createQueryBuilder(MatchEntity, 'x').where(`x.status IN ('proposed','approved','accepted','client_accepted')`).setLock('pessimistic_write');
    if ('vacancyId' in where) qb.andWhere('x.vacancy_id = :id', { id: where.vacancyId });
    else qb.andWhere('x.nomination_id = :id', { id: where.nominationId });
    return qb.getOne();
  }

  static invalid(action: string, from: string, allowed: readonly string[]): AppError {
    return new AppError(
      ErrorCode.InvalidTransition,
      `Cannot ${action.replace(/_/g, ' ')} now: the status is ${from}${allowed.length ? `, this needs ${allowed.join(' or ')}` : ''}.`,
    );
  }
}
