import { Inject, Injectable } from '@nestjs/common';
import { Clock, Role, evaluate, recordEvent, Result, TenancyPolicy, TenancyRefused, TenancyState } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { EvaluationDto, TENANCY_SORTS, TenancyEventDto, TenancyListQuery } from './tenancy.dto';
import { TenancyReminderProcessor } from './tenancy-reminder.processor';
import { AccessService } from '../access/access.service';
import { Actor } from '../auth/actor';
import { visibleFields, visibleItem } from '../access/field-policy';
import { ListQuery, paginate } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { MatchEventEntity, RegionEntity, TenancyEntity, TenancyEventEntity } from '../database/entities';

const fullTenancyView = (t: TenancyEntity) => ({
  id: t.id,
  matchId: t.matchId,
  vacancyId: t.vacancyId,
  nominationId: t.nominationId,
  corporationId: t.corporationId,
  careProviderId: t.careProviderId,
  municipalityCode: t.municipalityCode,
  originMunicipalityCode: t.originMunicipalityCode,
  neighbourhoodCode: t.neighbourhoodCode,
  construction: t.construction,
  leaseholder: t.leaseholder,
  startDate: t.startDate,
  status: t.status,
  endDate: t.endDate,
  endReason: t.endReason,
  nextEvaluationDate: t.nextEvaluationDate,
  conditionsEndDate: t.conditionsEndDate,
  convertedOn: t.convertedOn,
  onTimeOut: t.onTimeOut,
  expectedReturnDate: t.expectedReturnDate,
  extensions: t.extensions,
});

/** The tenancy as `role` may see it (the field policy). */
const tenancyView = (t: TenancyEntity, role: Role) => visibleFields(role, 'tenancy', fullTenancyView(t));

const stateOf = (t: TenancyEntity): TenancyState => ({
  construction: t.construction,
  leaseholder: t.leaseholder,
  status: t.status,
  startDate: t.startDate,
  nextEvaluationDate: t.nextEvaluationDate,
  conditionsEndDate: t.conditionsEndDate,
  convertedOn: t.convertedOn,
  onTimeOut: t.onTimeOut,
  expectedReturnDate: t.expectedReturnDate,
  endDate: t.endDate,
  endReason: t.endReason,
  extensions: t.extensions,
});

const isParty = (actor: Actor, t: TenancyEntity) =>
  (actor.role === 'corporation' && actor.organisationId === t.corporationId) || (actor.role === 'care_provider' && actor.organisationId === t.careProviderId);

/** Tenancies created by a signed lease, for the parties concerned. */
@Injectable()
export class TenancyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly reminders: TenancyReminderProcessor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  list(actor: Actor, q: TenancyListQuery) {
    return this.uow.run(async (m) => {
      const qb = this.access.scoped(m.createQueryBuilder(TenancyEntity, 't'), actor, 'tenancy', 't');
      if (q.status) qb.andWhere('t.status = :status', { status: q.status });
      const page = await paginate(qb, 't', q, TENANCY_SORTS);
      await this.audit.record(m, actor, page.items.map((t) => ({ action: 'tenancy.list' as const, objectType: 'tenancy', objectId: t.id, clientId: t.clientId })), this.clock.now());
      return { items: page.items.map((t) => tenancyView(t, actor.role)), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string) {
    return this.uow.run(async (m) => {
      const t = await this.access.load(m, TenancyEntity, actor, 'tenancy', id);
      await this.audit.record(m, actor, [{ action: 'tenancy.read', objectType: 'tenancy', objectId: t.id, clientId: t.clientId }], this.clock.now());
      return tenancyView(t, actor.role);
    });
  }

  /** An evaluation of an omklap or conditional lease, by the corporation or the care provider of the tenancy. */
  evaluate(actor: Actor, id: string, dto: EvaluationDto) {
    return this.change(actor, id, 'evaluation', dto.outcome, dto.date, dto.note, null, (t, region) => evaluate(t, dto.outcome, dto.date, region));
  }

  /** An event: a time-out (and the return), overlast, an eviction notice, an eviction, the end. */
  event(actor: Actor, id: string, dto: TenancyEventDto) {
    return this.change(actor, id, 'event', dto.type, dto.date, dto.note, dto.expectedReturnDate ?? null, (t) => recordEvent(t, dto.type, dto.date, dto.expectedReturnDate));
  }

  /** The tenancy's whole history in order: the match from proposal to lease, then evaluations and events. */
  timeline(actor: Actor, id: string) {
    return this.uow.run(async (m) => {
      const t = await this.access.load(m, TenancyEntity, actor, 'tenancy', id);
      const match = await m.find(MatchEventEntity, { where: { matchId: t.matchId }, order: { at: 'ASC', id: 'ASC' } });
      const events = await m.find(TenancyEventEntity, { where: { tenancyId: id }, order: { date: 'ASC', createdAt: 'ASC', id: 'ASC' } });
      await this.audit.record(m, actor, [{ action: 'tenancy.read', objectType: 'tenancy', objectId: id, clientId: t.clientId }], this.clock.now());
      return {
        tenancy: tenancyView(t, actor.role),
        items: [
          ...match.map((e) => ({ at: e.at.toISOString(), date: e.at.toISOString().slice(0, 10), kind: 'match', type: e.type, actorRole: e.actorRole, note: e.note, reasonCode: e.reasonCode })),
          { at: `${t.startDate}T00:00:00.000Z`, date: t.startDate, kind: 'tenancy', type: 'started', actorRole: null, note: `${t.construction}, lease held by ${t.leaseholder === 'client' ? 'the client' : 'the care provider'} at the start`, reasonCode: null },
          ...events.map((e) => ({ at: e.createdAt.toISOString(), date: e.date, kind: e.kind, type: e.type, actorRole: e.actorRole, note: e.note, reasonCode: null, expectedReturnDate: e.expectedReturnDate })),
        ]
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
          // the field policy: the corporation (and the officer) read no free text the care provider wrote
          .map((item) => visibleItem(actor.role, 'tenancy.timeline', item)),
      };
    });
  }

  private change(
    actor: Actor,
    id: string,
    kind: 'evaluation' | 'event',
    type: string,
    date: string,
    note: string | undefined,
    expectedReturnDate: string | null,
    apply: (t: TenancyState, region: TenancyPolicy) => Result<TenancyState, TenancyRefused>,
  ) {
    return this.uow.run(async (m) => {
      const t = await this.access.load(m, TenancyEntity, actor, 'tenancy', id, { lock: true });
      if (!isParty(actor, t)) throw new AppError(ErrorCode.NotYourStep, 'Only the corporation and the care provider of the tenancy record its evaluations and events.');
      const region = await m.findOneByOrFail(RegionEntity, { code: t.regionCode });
      const next = apply(stateOf(t), region);
      if (!next.ok) throw new AppError(ErrorCode.InvalidTransition, next.error.detail);
      await m.update(TenancyEntity, t.id, next.value);
      await this.reminders.schedule(m, { ...t, ...next.value }, t); // a new due date (an extension) gets its reminders
      await m.insert(TenancyEventEntity, {
        id: randomUUID(),
        tenancyId: t.id,
        kind,
        type,
        date,
        expectedReturnDate,
        note: note ?? null,
        actorUserId: actor.userId,
        actorRole: actor.role,
        createdAt: this.clock.now(),
      });
      await this.audit.record(m, actor, [{ action: kind === 'evaluation' ? 'tenancy.evaluate' : 'tenancy.event', objectType: 'tenancy', objectId: t.id, clientId: t.clientId, grounds: `${kind}:${type}` }], this.clock.now());
      return tenancyView({ ...t, ...next.value }, actor.role);
    });
  }
}
