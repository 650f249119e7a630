import { Inject, Injectable } from '@nestjs/common';
import { Clock, decidingMunicipality, NominationAction, nominationTransition, nominationValidUntil, ORIGIN_EXCEPTION_STATUSES, queueOrder, RENEWABLE_NOMINATION_STATUSES } from '@tp/domain';
import { randomInt, randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditAction, AuditService } from '../audit/audit.service';
import { Actor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { ListQuery, pageOf, paginate } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { ClientEntity, MatchEntity, MunicipalityEntity, NominationEntity, RegionEntity } from '../database/entities';
import { NominationStatus } from '@tp/domain';

const NOT_IN_QUEUE: Record<NominationStatus, string> = {
  draft: 'The nomination is a draft: the care provider has not submitted it yet.',
  submitted: 'The nomination waits for the decision of the municipal officer.',
  rejected: 'The municipality rejected the nomination.',
  active: '',
  matched: '',
  housed: 'The client has been housed.',
  withdrawn: 'The nomination was withdrawn.',
  expired: "The nomination expired: the care provider did not re-confirm the client's readiness within the region's validity period. It is no longer in the queue; a new nomination can be submitted when the client is ready.",
};
import { MatchLifecycle } from '../matching/match-lifecycle.service';
import { MatchingTriggers } from '../matching/matching-triggers.service';
import { ApproveNominationDto, CreateNominationDto, NOMINATION_SORTS, NominationListQuery, OriginExceptionDto, ReasonDto, RenewNominationDto } from './nomination.dto';
import { NominationValidity } from './nomination-validity.service';
import { nominationViewFor } from './nomination.views';

/** Nominations for bijzondere bemiddeling: the care provider proposes, the deciding municipality approves. */
@Injectable()
export class NominationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly triggers: MatchingTriggers,
    private readonly lifecycle: MatchLifecycle,
    private readonly validity: NominationValidity,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  create(actor: Actor, dto: CreateNominationDto) {
    return this.uow.run(async (m) => {
      const client = await m
        .createQueryBuilder(ClientEntity, 'c')
        .where('c.id = :id', { id: dto.clientId })
        .andWhere('c.care_provider_id = :org', { org: actor.organisationId })
        .getOne();
      if (!client) throw AppError.unknownReference('clientId', 'no such client of yours');
      if (client.erasedAt)
        throw new AppError(ErrorCode.InvalidTransition, "This client's personal data was erased after the retention period; register the client again.", [{ field: 'clientId', message: 'erased after the retention period' }]);
      const municipalities = await m.findBy(MunicipalityEntity, { regionCode: client.regionCode });
      const centre = municipalities.find((x) => x.isCentre);
      if (!centre) throw new AppError(ErrorCode.UnknownReference, 'The region has no centrumgemeente yet; ask the administrator.');
      const codes = municipalities.map((x) => x.code);
      const outside = (dto.preferredMunicipalityCodes ?? []).filter((c) => !codes.includes(c));
      if (outside.length) throw AppError.validation('preferredMunicipalityCodes', `not in the region: ${outside.join(', ')}`);
      const now = this.clock.now();
      const n = m.create(NominationEntity, {
        id: randomUUID(),
        clientId: client.id,
        careProviderId: client.careProviderId,
        regionCode: client.regionCode,
        originMunicipalityCode: client.originMunicipalityCode,
        decidingMunicipalityCode: decidingMunicipality(client.originMunicipalityCode, codes, centre.code),
        status: 'draft',
        woonvariant: dto.woonvariant,
        minRooms: dto.minRooms ?? null,
        maxRent: dto.maxRent ?? null,
        preferredMunicipalityCodes: [...new Set(dto.preferredMunicipalityCodes ?? [])],
        construction: dto.construction,
        supportProvider: dto.supportProvider ?? null,
        supportIntensity: dto.supportIntensity ?? null,
        readyFrom: dto.readyFrom ?? null,
        createdAt: now,
      });
      await m.insert(NominationEntity, n);
      await this.audit.record(m, actor, [{ action: 'nomination.create', objectType: 'nomination', objectId: n.id, clientId: client.id }], now);
      return nominationViewFor(actor.role, n);
    });
  }

  list(actor: Actor, q: NominationListQuery) {
    return this.uow.run(async (m) => {
      const qb = this.access.scoped(m.createQueryBuilder(NominationEntity, 'n'), actor, 'nomination', 'n');
      if (q.status) qb.andWhere('n.status = :status', { status: q.status });
      const page = await paginate(qb, 'n', q, NOMINATION_SORTS);
      await this.audit.record(
        m,
        actor,
        page.items.map((n) => ({ action: 'nomination.list' as AuditAction, objectType: 'nomination', objectId: n.id, clientId: n.clientId })),
        this.clock.now(),
      );
      return { items: page.items.map((n) => nominationViewFor(actor.role, n)), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string) {
    return this.uow.run(async (m) => {
      const n = await this.access.load(m, NominationEntity, actor, 'nomination', id);
      const client = await m.findOneBy(ClientEntity, { id: n.clientId });
      await this.audit.record(m, actor, [{ action: 'nomination.read', objectType: 'nomination', objectId: n.id, clientId: n.clientId }], this.clock.now());
      return nominationViewFor(actor.role, n, client);
    });
  }

  submit(actor: Actor, id: string) {
    return this.change(actor, id, 'submit', 'nomination.submit', 'care_provider', null, (n, now) => {
      n.submittedAt = now;
    });
  }

  approve(actor: Actor, id: string, dto: ApproveNominationDto) {
    return this.change(actor, id, 'approve', 'nomination.approve', 'deciding_officer', `priority:${dto.priorityClass}`, async (n, now, m) => {
      n.priorityClass = dto.priorityClass;
      n.approvedAt = now;
      n.tieBreaker = randomInt(0, 2 ** 47) / 2 ** 47;
      n.decidedBy = actor.userId;
      n.validUntil = await this.validUntilFrom(m, n.regionCode, now);
      await this.validity.schedule(m, n);
      await this.triggers.trigger(m, n.regionCode, 'nomination_approved', n.id);
    });
  }

  reject(actor: Actor, id: string, dto: ReasonDto) {
    return this.change(actor, id, 'reject', 'nomination.reject', 'deciding_officer', dto.reason, (n) => {
      n.rejectionReason = dto.reason;
      n.decidedBy = actor.userId;
    });
  }

  withdraw(actor: Actor, id: string, dto: ReasonDto) {
    return this.change(actor, id, 'withdraw', 'nomination.withdraw', 'care_provider', dto.reason, async (n, _now, m) => {
      n.withdrawalReason = dto.reason;
      const live = await this.lifecycle.liveMatchFor(m, { nominationId: n.id });
      if (live) await this.lifecycle.cancel(m, live, actor, `nomination withdrawn: ${dto.reason}`, { nomination: true });
    });
  }

  /**
   * The care provider re-confirms the client's readiness (and may move readyFrom): the nomination is
   * valid for the region's validity months from now, with a new reminder and expiry job; the jobs of
   * the old validity find it renewed and do nothing.
   */
  renew(actor: Actor, id: string, dto: RenewNominationDto) {
    return this.uow.run(async (m) => {
      const seen = await this.access.load(m, NominationEntity, actor, 'nomination', id);
      const peek = await this.lifecycle.peekLiveMatch(m, { nominationId: seen.id });
      if (peek) await this.lifecycle.lockSides(m, { vacancyId: peek.vacancyId });
      const n = await this.access.load(m, NominationEntity, actor, 'nomination', id, { lock: true });
      this.requireParty(actor, n, 'care_provider');
      if (!(RENEWABLE_NOMINATION_STATUSES as readonly string[]).includes(n.status)) throw MatchLifecycle.invalid('renew', n.status, RENEWABLE_NOMINATION_STATUSES);
      const now = this.clock.now();
      const before = n.validUntil;
      n.validUntil = await this.validUntilFrom(m, n.regionCode, now);
      if (dto.readyFrom !== undefined) n.readyFrom = dto.readyFrom;
      await m.save(NominationEntity, n);
      await this.validity.schedule(m, n);
      await this.audit.record(
        m,
        actor,
        [{ action: 'nomination.renew', objectType: 'nomination', objectId: n.id, clientId: n.clientId, grounds: `valid_until:${before?.toISOString() ?? 'none'}->${n.validUntil?.toISOString() ?? 'none'}` }],
        now,
      );
      return nominationViewFor(actor.role, n);
    });
  }

  private async validUntilFrom(m: EntityManager, regionCode: string, from: Date): Promise<Date | null> {
    const region = await m.findOneByOrFail(RegionEntity, { code: regionCode });
    return nominationValidUntil(from, region.nominationValidityMonths);
  }

  originException(actor: Actor, id: string, dto: OriginExceptionDto) {
    return this.uow.run(async (m) => {
      const n = await this.access.load(m, NominationEntity, actor, 'nomination', id, { lock: true });
      this.requireParty(actor, n, 'deciding_officer');
      if (!ORIGIN_EXCEPTION_STATUSES.includes(n.status)) throw MatchLifecycle.invalid('grant an origin exception', n.status, ORIGIN_EXCEPTION_STATUSES);
      const allowed = [...new Set(dto.allowedMunicipalityCodes ?? [])];
      if (allowed.length) {
        const known = await m.findBy(MunicipalityEntity, { code: In(allowed), regionCode: n.regionCode });
        const unknown = allowed.filter((c) => !known.some((k) => k.code === c));
        if (unknown.length) throw AppError.validation('allowedMunicipalityCodes', `not in the region: ${unknown.join(', ')}`);
      }
      const now = this.clock.now();
      Object.assign(n, { originExceptionReason: dto.reason, originExceptionMunicipalityCodes: allowed, originExceptionAt: now, originExceptionBy: actor.userId });
      await m.save(NominationEntity, n);
      if (n.status === 'active') await this.triggers.trigger(m, n.regionCode, 'origin_exception', n.id);
      await this.audit.record(m, actor, [{ action: 'nomination.origin_exception', objectType: 'nomination', objectId: n.id, clientId: n.clientId, grounds: dto.reason }], now);
      return nominationViewFor(actor.role, n);
    });
  }

  /**
   * Why an active nomination has no home yet, in words fit to read to the client: what the last
   * matching round said (no eligible home and the nearest miss, a full buurt, the exchange tolerance,
   * or higher-ranked clients), its place in the queue, or the live match it is in.
   */
  matchingStatus(actor: Actor, id: string) {
    return this.uow.run(async (m) => {
      const n = await this.access.load(m, NominationEntity, actor, 'nomination', id);
      await this.audit.record(m, actor, [{ action: 'nomination.read', objectType: 'nomination', objectId: n.id, clientId: n.clientId }], this.clock.now());
      const base = { nominationId: n.id, nominationStatus: n.status, evaluatedAt: n.matchingStatusAt, runId: n.matchingStatusRunId };
      if (n.status === 'matched') {
        const live = await m.findOne(MatchEntity, { where: { nominationId: n.id, status: In(['proposed', 'approved', 'accepted', 'client_accepted']) } });
        return { ...base, state: 'in_match', matchId: live?.id ?? null, matchStatus: live?.status ?? null, detail: 'A home has been proposed; the parties are taking their steps.' };
      }
      if (n.status !== 'active') return { ...base, state: 'not_in_queue', detail: NOT_IN_QUEUE[n.status] };
      const queue = queueOrder(
        (await m.find(NominationEntity, { where: { regionCode: n.regionCode, status: 'active' } })).map((x) => ({
          id: x.id,
          priorityClass: x.priorityClass!,
          approvedAt: x.queueSince ?? x.approvedAt!,
          tieBreaker: x.tieBreaker!,
        })),
      );
      const queuePosition = queue.findIndex((x) => x.id === n.id) + 1;
      if (n.coolDownUntil && n.coolDownUntil.getTime() > this.clock.now().getTime())
        return {
          ...base,
          state: 'cooling_down',
          queuePosition,
          queueLength: queue.length,
          coolDownUntil: n.coolDownUntil,
          detail: 'An offer was refused without good reason; under the regional rules the client keeps their place but is not matched until the cool-down ends.',
        };
      const last = n.matchingStatus as { state?: string } | null;
      if (!last || last.state === 'proposed')
        return { ...base, state: 'waiting', queuePosition, queueLength: queue.length, detail: 'No matching round has looked at this nomination since it entered the queue; one runs on every change.' };
      return { ...base, queuePosition, queueLength: queue.length, ...last };
    });
  }

  /** The regional queue of active nominations; officers see their own municipality's entries with their regional position. */
  queue(actor: Actor, q: ListQuery) {
    return this.uow.run(async (m) => {
      const active = await m.find(NominationEntity, { where: { regionCode: actor.regionCode ?? '', status: 'active' } });
      const ordered = queueOrder(active.map((n) => ({ n, id: n.id, priorityClass: n.priorityClass!, approvedAt: n.queueSince ?? n.approvedAt!, tieBreaker: n.tieBreaker! }))).map((x) => x.n);
      const entries = ordered
        .map((n, i) => ({ n, position: i + 1 }))
        .filter(({ n }) => actor.role === 'coordinator' || n.originMunicipalityCode === actor.municipalityCode || n.decidingMunicipalityCode === actor.municipalityCode)
        .map(({ n, position }) => ({
          nominationId: n.id,
          position,
          priorityClass: n.priorityClass,
          approvedAt: n.approvedAt,
          queueSince: n.queueSince,
          coolDownUntil: n.coolDownUntil,
          originMunicipalityCode: n.originMunicipalityCode,
          woonvariant: n.woonvariant,
        }));
      return pageOf(entries, q);
    });
  }

  private requireParty(actor: Actor, n: NominationEntity, party: 'care_provider' | 'deciding_officer'): void {
    const ok =
      party === 'care_provider'
        ? actor.role === 'care_provider' && actor.organisationId === n.careProviderId
        : actor.role === 'municipal_officer' && actor.municipalityCode === n.decidingMunicipalityCode;
    if (!ok)
      throw new AppError(
        ErrorCode.NotYourStep,
        party === 'care_provider' ? "Only the client's care provider may do this." : `Only an officer of ${n.decidingMunicipalityCode}, the deciding municipality, may do this.`,
      );
  }

  private change(
    actor: Actor,
    id: string,
    action: NominationAction,
    auditAction: AuditAction,
    party: 'care_provider' | 'deciding_officer',
    grounds: string | null,
    apply: (n: NominationEntity, now: Date, m: EntityManager) => void | Promise<void>,
  ) {
    return this.uow.run(async (m) => {
      // visible (else 404); the vacancy of a live match is locked before the nomination, the order every writer follows
      const seen = await this.access.load(m, NominationEntity, actor, 'nomination', id);
      const peek = await this.lifecycle.peekLiveMatch(m, { nominationId: seen.id });
      if (peek) await this.lifecycle.lockSides(m, { vacancyId: peek.vacancyId });
      const n = await this.access.load(m, NominationEntity, actor, 'nomination', id, { lock: true });
      this.requireParty(actor, n, party);
      const next = nominationTransition(n.status, action);
      if (!next.ok) throw MatchLifecycle.invalid(action, n.status, next.error.allowed);
      const now = this.clock.now();
      await apply(n, now, m);
      n.status = next.value;
      await m.save(NominationEntity, n);
      await this.audit.record(m, actor, [{ action: auditAction, objectType: 'nomination', objectId: n.id, clientId: n.clientId, grounds }], now);
      return nominationViewFor(actor.role, n);
    });
  }
}
