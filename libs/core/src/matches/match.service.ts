import { Inject, Injectable } from '@nestjs/common';
import { ACTION_PARTY, Clock, startTenancy, MATCH_STEP_PARTY, MatchAction, MatchParty, isLiveMatch, matchTransition, nominationTransition, refusalConsequence, CLIENT_SIDE_DECLINE_REASONS, vacancyTransition } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditAction, AuditService, taskGrounds } from '../audit/audit.service';
import { Actor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { paginate } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { ClientEntity, MatchEntity, MatchEventEntity, NominationEntity, RegionEntity, TenancyEntity, VacancyEntity } from '../database/entities';
import { candidateProfile } from '../access/candidate-profile';
import { visibleFields } from '../access/field-policy';
import { MatchLifecycle } from '../matching/match-lifecycle.service';
import { TenancyReminderProcessor } from '../tenancies/tenancy-reminder.processor';
import { CancelMatchDto, DeclineMatchDto, LeaseSignedDto, MATCH_SORTS, MatchListQuery } from './match.dto';
import { matchEventViewFor, matchViewFor } from './match.views';

const isParty = (actor: Actor, x: MatchEntity, party: MatchParty): boolean => {
  switch (party) {
    case 'destination_officer':
      return actor.role === 'municipal_officer' && actor.municipalityCode === x.destinationMunicipalityCode;
    case 'corporation':
      return actor.role === 'corporation' && actor.organisationId === x.corporationId;
    case 'care_provider':
      return actor.role === 'care_provider' && actor.organisationId === x.careProviderId;
  }
};

const PARTY_LABEL: Record<MatchParty, string> = {
  destination_officer: 'the municipal officer of the destination municipality',
  corporation: 'the corporation that owns the home',
  care_provider: "the client's care provider",
};

/** Each party takes its own step of a match; anything out of turn is refused. */
@Injectable()
export class MatchService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly lifecycle: MatchLifecycle,
    private readonly reminders: TenancyReminderProcessor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  list(actor: Actor, q: MatchListQuery) {
    return this.uow.run(async (m) => {
      const qb = this.access.scoped(m.createQueryBuilder(MatchEntity, 'x'), actor, 'match', 'x');
      if (q.status) qb.andWhere('x.status = :status', { status: q.status });
      const page = await paginate(qb, 'x', q, MATCH_SORTS);
      const clientOf = await this.clientsOf(m, page.items);
      await this.audit.record(m, actor, page.items.map((x) => ({ action: 'match.list' as AuditAction, objectType: 'match', objectId: x.id, clientId: clientOf.get(x.nominationId) })), this.clock.now());
      return { items: page.items.map((x) => matchViewFor(actor.role, x)), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string) {
    return this.uow.run(async (m) => {
      const x = await this.access.load(m, MatchEntity, actor, 'match', id);
      const events = await m.find(MatchEventEntity, { where: { matchId: id }, order: { at: 'ASC', id: 'ASC' } });
      const nomination = await m.findOneByOrFail(NominationEntity, { id: x.nominationId });
      const client = await m.findOneByOrFail(ClientEntity, { id: nomination.clientId });
      const candidate = candidateProfile(actor.role, x.status, client, nomination);
      await this.audit.record(
        m,
        actor,
        [{ action: 'match.read', objectType: 'match', objectId: id, clientId: client.id, grounds: candidate ? taskGrounds(actor) : `${taskGrounds(actor)}; candidate profile not shown` }],
        this.clock.now(),
      );
      return { ...matchViewFor(actor.role, x), candidate: candidate && visibleFields(actor.role, 'match.candidate', candidate), history: events.map((e) => matchEventViewFor(actor.role, e)) };
    });
  }

  approve(actor: Actor, id: string) {
    return this.step(actor, id, 'approve', 'match.approve');
  }

  accept(actor: Actor, id: string) {
    return this.step(actor, id, 'accept', 'match.accept');
  }

  clientAccept(actor: Actor, id: string) {
    return this.step(actor, id, 'client_accept', 'match.client_accept');
  }

  leaseSigned(actor: Actor, id: string, dto: LeaseSignedDto) {
    return this.uow.run(async (m) => {
      const x = await this.take(m, actor, id, 'sign_lease');
      const vacancy = await m.findOne(VacancyEntity, { where: { id: x.vacancyId }, lock: { mode: 'pessimistic_write' } });
      const nomination = await m.findOne(NominationEntity, { where: { id: x.nominationId }, lock: { mode: 'pessimistic_write' } });
      if (!vacancy || !nomination) throw AppError.notFound('Match');
      if (!vacancy.constructions.includes(dto.construction))
        throw AppError.validation('construction', `the corporation allows ${vacancy.constructions.join(', ')} for this home`);
      const v = vacancyTransition(vacancy.status, 'let');
      const n = nominationTransition(nomination.status, 'house');
      if (!v.ok) throw MatchLifecycle.invalid('let the home', vacancy.status, v.error.allowed);
      if (!n.ok) throw MatchLifecycle.invalid('house the client', nomination.status, n.error.allowed);
      const from = x.status;
      x.status = 'housed';
      await m.update(MatchEntity, x.id, { status: x.status, stepDeadline: null });
      await m.update(VacancyEntity, vacancy.id, { status: v.value });
      await m.update(NominationEntity, nomination.id, { status: n.value });
      const tenancyId = randomUUID();
      const region = await m.findOneByOrFail(RegionEntity, { code: x.regionCode });
      const state = startTenancy(dto.construction, dto.startDate, region);
      await m.insert(TenancyEntity, {
        id: tenancyId,
        matchId: x.id,
        vacancyId: vacancy.id,
        nominationId: nomination.id,
        clientId: nomination.clientId,
        corporationId: vacancy.corporationId,
        careProviderId: nomination.careProviderId,
        regionCode: x.regionCode,
        municipalityCode: vacancy.municipalityCode,
        originMunicipalityCode: nomination.originMunicipalityCode,
        neighbourhoodCode: vacancy.neighbourhoodCode,
        unitId: vacancy.unitId,
        ...state,
        createdAt: this.clock.now(),
      });
      await this.reminders.schedule(m, { id: tenancyId, regionCode: x.regionCode, ...state });
      await this.lifecycle.recordEvent(m, x, from, 'lease_signed', actor, { note: `lease ${dto.construction} from ${dto.startDate}` });
      await this.audit.record(
        m,
        actor,
        [
          { action: 'match.lease_signed', objectType: 'match', objectId: x.id, clientId: nomination.clientId, grounds: `lease ${dto.construction} from ${dto.startDate}` },
          { action: 'tenancy.event', objectType: 'tenancy', objectId: tenancyId, clientId: nomination.clientId, grounds: 'tenancy started' },
        ],
        this.clock.now(),
      );
      return { id: x.id, status: x.status, tenancyId };
    });
  }

  decline(actor: Actor, id: string, dto: DeclineMatchDto) {
    return this.uow.run(async (m) => {
      const x = await this.lockMatch(m, actor, id);
      if (!isLiveMatch(x.status)) throw MatchLifecycle.invalid('decline', x.status, ['proposed', 'approved', 'accepted', 'client_accepted']);
      const party = MATCH_STEP_PARTY[x.status];
      if (!isParty(actor, x, party)) throw new AppError(ErrorCode.NotYourStep, `At step ${x.status} only ${PARTY_LABEL[party]} may decline.`);
      // the client's own reasons (and their consequence) are the care provider's to give, at the client's step
      if (CLIENT_SIDE_DECLINE_REASONS.includes(dto.reasonCode) && party !== 'care_provider')
        throw AppError.validation('reasonCode', `${dto.reasonCode} speaks for the client: only the care provider may give it, at the client's step (accepted)`);
      const from = x.status;
      x.status = 'declined';
      x.declineReasonCode = dto.reasonCode;
      x.declineNote = dto.note ?? null;
      await m.update(MatchEntity, x.id, { status: x.status, declineReasonCode: dto.reasonCode, declineNote: x.declineNote });
      await this.lifecycle.recordEvent(m, x, from, 'declined', actor, { reasonCode: dto.reasonCode, note: dto.note });
      const consequence = await this.applyRefusalConsequence(m, x, dto);
      await this.lifecycle.release(m, x, 'match_declined');
      await this.audit.record(m, actor, [{ action: 'match.decline', objectType: 'match', objectId: x.id, clientId: await this.clientOf(m, x), grounds: `reason:${dto.reasonCode}` }], this.clock.now());
      return { id: x.id, status: x.status, declineReasonCode: x.declineReasonCode, refusalConsequence: consequence };
    });
  }

  /** The coordinator resolves a stuck case: the match ends, both sides go back to matching. */
  cancel(actor: Actor, id: string, dto: CancelMatchDto) {
    return this.uow.run(async (m) => {
      const x = await this.lockMatch(m, actor, id);
      await this.lifecycle.cancel(m, x, actor, dto.reason);
      return { id: x.id, status: x.status };
    });
  }

  private step(actor: Actor, id: string, action: 'approve' | 'accept' | 'client_accept', auditAction: AuditAction) {
    return this.uow.run(async (m) => {
      const x = await this.take(m, actor, id, action);
      const from = x.status;
      const next = matchTransition(x.status, action);
      if (!next.ok) throw MatchLifecycle.invalid(action, x.status, next.error.allowed);
      x.status = next.value;
      await m.update(MatchEntity, x.id, { status: x.status });
      await this.lifecycle.recordEvent(m, x, from, x.status, actor);
      await this.lifecycle.scheduleDeadline(m, x);
      await this.audit.record(m, actor, [{ action: auditAction, objectType: 'match', objectId: x.id, clientId: await this.clientOf(m, x) }], this.clock.now());
      return { id: x.id, status: x.status, stepDeadline: x.stepDeadline };
    });
  }

  /** The client a match is about (through its nomination). */
  private async clientOf(m: EntityManager, x: MatchEntity): Promise<string> {
    return (await this.clientsOf(m, [x])).get(x.nominationId)!;
  }

  /** The clients of a set of matches, by nomination id, in one query. */
  private async clientsOf(m: EntityManager, xs: MatchEntity[]): Promise<Map<string, string>> {
    if (xs.length === 0) return new Map();
    const rows = await m.find(NominationEntity, { select: { id: true, clientId: true }, where: { id: In([...new Set(xs.map((x) => x.nominationId))]) } });
    return new Map(rows.map((n) => [n.id, n.clientId]));
  }

  /** Loads the match for a step: visible (else 404), the caller is the step's party (else 403), the status fits (else 409). */
  private async take(m: EntityManager, actor: Actor, id: string, action: Exclude<MatchAction, 'decline' | 'expire' | 'cancel'>): Promise<MatchEntity> {
    const x = await this.lockMatch(m, actor, id);
    const party = ACTION_PARTY[action];
    if (!isParty(actor, x, party)) throw new AppError(ErrorCode.NotYourStep, `Only ${PARTY_LABEL[party]} may ${action.replace('_', ' ').replace('sign lease', 'register the signed lease')}.`);
    const next = matchTransition(x.status, action);
    if (!next.ok) throw MatchLifecycle.invalid(action, x.status, next.error.allowed);
    return x;
  }

  /** A visible match (else 404), locked after its vacancy and nomination, in the order every writer follows. */
  private async lockMatch(m: EntityManager, actor: Actor, id: string): Promise<MatchEntity> {
    const seen = await this.access.load(m, MatchEntity, actor, 'match', id);
    await this.lifecycle.lockSides(m, seen);
    return this.access.load(m, MatchEntity, actor, 'match', id, { lock: true });
  }

  /**
   * A refusal without good reason has the consequence the region chose (DOMAIN.md): the nomination
   * cools down, or loses its priority. Recorded on the match and the nomination; the match's history,
   * which the corporation reads too, does not show it.
   */
  private async applyRefusalConsequence(m: EntityManager, x: MatchEntity, dto: DeclineMatchDto) {
    const region = await m.findOneByOrFail(RegionEntity, { code: x.regionCode });
    const c = refusalConsequence(region, dto.reasonCode, this.clock.now());
    if (c.kind === 'none') return null;
    const recorded = c.kind === 'cool_down' ? { kind: c.kind, until: c.until.toISOString() } : { kind: c.kind, queueSince: c.queueSince.toISOString() };
    await m.update(MatchEntity, x.id, { refusalConsequence: recorded });
    if (c.kind === 'cool_down') await m.update(NominationEntity, x.nominationId, { coolDownUntil: c.until });
    else await m.update(NominationEntity, x.nominationId, { priorityClass: c.priorityClass, queueSince: c.queueSince });
    return recorded;
  }
}
