import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock, DEFAULT_NOMINATION_VALIDITY_MONTHS, DEFAULT_POLICY, DEFAULT_TENANCY_POLICY, Role } from '@tp/domain';
import { CLOCK } from '../common/clock';
import { MatchingScheduleProcessor, nextOccurrence } from '../matching/matching-schedule.processor';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { AppError, ErrorCode } from '../common/app-error';
import { UnitOfWork } from '../common/unit-of-work';
import { MunicipalityEntity, NeighbourhoodEntity, OrganisationEntity, RegionEntity, UserEntity } from '../database/entities';
import { MatchingTriggers } from '../matching/matching-triggers.service';
import {
  CreateMunicipalityDto, CreateNeighbourhoodDto, CreateOrganisationDto, CreateRegionDto, CreateUserDto, LimitsDto, MunicipalityListQuery,
  NeighbourhoodListQuery, UpdatePolicyDto,
} from './setup.dto';
import { municipalityView, neighbourhoodView, organisationView, policyView, regionView, userView } from './setup.views';

const ROLE_ORGANISATION: Record<Role, OrganisationEntity['type'] | null> = {
  admin: null,
  corporation: 'corporation',
  care_provider: 'care_provider',
  municipal_officer: 'municipality',
  coordinator: 'municipality',
  // oversight roles sit in a municipality's organisation and see their region
  auditor: 'municipality',
  privacy_officer: 'municipality',
};

/** Region set-up: regions and their policy, municipalities, buurten, organisations and users. */
@Injectable()
export class SetupService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly triggers: MatchingTriggers,
    private readonly schedule: MatchingScheduleProcessor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  createRegion(dto: CreateRegionDto) {
    return this.uow.run(async (m) => {
      if (await m.existsBy(RegionEntity, { code: dto.code })) throw new AppError(ErrorCode.AlreadyExists, `Region ${dto.code} already exists.`, [{ field: 'code', message: 'already exists' }]);
      const r = m.create(RegionEntity, {
        code: dto.code,
        name: dto.name,
        exchangeTolerance: DEFAULT_POLICY.exchangeTolerance,
        defaultMaxPlacementsPer12Months: DEFAULT_POLICY.defaultMaxPlacementsPer12Months,
        defaultMaxLiveTenancies: DEFAULT_POLICY.defaultMaxLiveTenancies,
        stepDeadlineWorkingDays: DEFAULT_POLICY.stepDeadlineWorkingDays,
        matchingCron: DEFAULT_POLICY.matchingCron,
        fitWeights: DEFAULT_POLICY.fitWeights,
        ...DEFAULT_TENANCY_POLICY,
        nominationValidityMonths: DEFAULT_NOMINATION_VALIDITY_MONTHS,
      });
      const saved = await m.save(r);
      await this.schedule.scheduleNext(m, saved, this.clock.now());
      return regionView(saved);
    });
  }

  listRegions() {
    return this.uow.run(async (m) => ({ items: (await m.find(RegionEntity, { order: { code: 'ASC' } })).map(regionView), nextCursor: null }));
  }

  getRegion(code: string) {
    return this.uow.run(async (m) => regionView(await this.region(m, code)));
  }

  getPolicy(actor: Actor, code: string) {
    return this.uow.run(async (m) => policyView(await this.regionForPolicy(m, actor, code)));
  }

  updatePolicy(actor: Actor, code: string, dto: UpdatePolicyDto) {
    return this.uow.run(async (m) => {
      const r = await this.regionForPolicy(m, actor, code);
      const limitsChanged =
        (dto.defaultMaxPlacementsPer12Months !== undefined && dto.defaultMaxPlacementsPer12Months !== r.defaultMaxPlacementsPer12Months) ||
        (dto.defaultMaxLiveTenancies !== undefined && dto.defaultMaxLiveTenancies !== r.defaultMaxLiveTenancies);
      if (dto.matchingCron !== undefined) nextOccurrence(dto.matchingCron, this.clock.now()); // a bad expression is a 400
      const cronChanged = dto.matchingCron !== undefined && dto.matchingCron !== r.matchingCron;
      Object.assign(r, Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)));
      const saved = await m.save(r);
      if (cronChanged) await this.schedule.scheduleNext(m, saved, this.clock.now());
      if (limitsChanged) await this.triggers.trigger(m, code, 'limits_changed', code);
      return policyView(saved);
    });
  }

  createMunicipality(dto: CreateMunicipalityDto) {
    return this.uow.run(async (m) => {
      await this.region(m, dto.regionCode, 'regionCode');
      if (await m.existsBy(MunicipalityEntity, { code: dto.code })) throw new AppError(ErrorCode.AlreadyExists, `Municipality ${dto.code} already exists.`, [{ field: 'code', message: 'already exists' }]);
      if (dto.isCentre && (await m.existsBy(MunicipalityEntity, { regionCode: dto.regionCode, isCentre: true })))
        throw new AppError(ErrorCode.AlreadyExists, 'The region already has a centrumgemeente.', [{ field: 'isCentre', message: 'the region already has a centrumgemeente' }]);
      const mun = await m.save(m.create(MunicipalityEntity, { code: dto.code, name: dto.name, regionCode: dto.regionCode, isCentre: dto.isCentre ?? false }));
      return municipalityView(mun);
    });
  }

  /** The oversight roles (auditor, privacy officer) see their own region's municipalities only; the others may ask for any region. */
  listMunicipalities(actor: Actor, q: MunicipalityListQuery) {
    const oversight = actor.role === 'auditor' || actor.role === 'privacy_officer';
    const asked = q.regionCode ? { regionCode: q.regionCode } : {};
    // another region than their own asked by an oversight role: nothing (never the other region's list)
    const where = oversight ? (q.regionCode && q.regionCode !== actor.regionCode ? null : { regionCode: actor.regionCode ?? '' }) : asked;
    return this.uow.run(async (m) => ({
      items: where ? (await m.find(MunicipalityEntity, { where, order: { code: 'ASC' } })).map(municipalityView) : [],
      nextCursor: null,
    }));
  }

  createNeighbourhood(dto: CreateNeighbourhoodDto) {
    return this.uow.run(async (m) => {
      const mun = await m.findOneBy(MunicipalityEntity, { code: dto.municipalityCode });
      if (!mun) throw AppError.unknownReference('municipalityCode', `no municipality ${dto.municipalityCode}`);
      if (dto.code.slice(2, 6) !== dto.municipalityCode.slice(2, 6))
        throw AppError.validation('code', `a buurt of ${dto.municipalityCode} has a code starting with BU${dto.municipalityCode.slice(2, 6)}`);
      if (await m.existsBy(NeighbourhoodEntity, { code: dto.code })) throw new AppError(ErrorCode.AlreadyExists, `Buurt ${dto.code} already exists.`, [{ field: 'code', message: 'already exists' }]);
      const n = await m.save(
        m.create(NeighbourhoodEntity, {
          code: dto.code,
          name: dto.name,
          municipalityCode: dto.municipalityCode,
          maxPlacementsPer12Months: dto.maxPlacementsPer12Months ?? null,
          maxLiveTenancies: dto.maxLiveTenancies ?? null,
        }),
      );
      return neighbourhoodView(n);
    });
  }

  listNeighbourhoods(q: NeighbourhoodListQuery) {
    return this.uow.run(async (m) => ({
      items: (await m.find(NeighbourhoodEntity, { where: q.municipalityCode ? { municipalityCode: q.municipalityCode } : {}, order: { code: 'ASC' } })).map(neighbourhoodView),
      nextCursor: null,
    }));
  }

  /** Officers set the limits of their own municipality's buurten; the coordinator those of the region. */
  setLimits(actor: Actor, code: string, dto: LimitsDto) {
    return this.uow.run(async (m) => {
      const n = await m.findOne(NeighbourhoodEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!n) throw AppError.notFound('Buurt');
      const mun = await m.findOneByOrFail(MunicipalityEntity, { code: n.municipalityCode });
      const allowed =
        actor.role === 'admin' ||
        (actor.role === 'municipal_officer' && actor.municipalityCode === n.municipalityCode) ||
        (actor.role === 'coordinator' && actor.regionCode === mun.regionCode);
      if (!allowed) throw AppError.notFound('Buurt');
      n.maxPlacementsPer12Months = dto.maxPlacementsPer12Months;
      n.maxLiveTenancies = dto.maxLiveTenancies;
      const saved = await m.save(n);
      await this.triggers.trigger(m, mun.regionCode, 'limits_changed', code);
      return neighbourhoodView(saved);
    });
  }

  createOrganisation(dto: CreateOrganisationDto) {
    return this.uow.run(async (m) => {
      await this.region(m, dto.regionCode, 'regionCode');
      if (dto.type === 'municipality' && !dto.municipalityCode) throw AppError.validation('municipalityCode', 'is required for an organisation of type municipality');
      if (dto.municipalityCode) {
        const mun = await m.findOneBy(MunicipalityEntity, { code: dto.municipalityCode });
        if (!mun || mun.regionCode !== dto.regionCode) throw AppError.unknownReference('municipalityCode', `no municipality ${dto.municipalityCode} in region ${dto.regionCode}`);
        if (dto.type === 'municipality' && (await m.existsBy(OrganisationEntity, { type: 'municipality', municipalityCode: dto.municipalityCode })))
          throw new AppError(ErrorCode.AlreadyExists, `${dto.municipalityCode} already has its organisation.`, [{ field: 'municipalityCode', message: 'already has an organisation' }]);
      }
      const o = await m.save(
        m.create(OrganisationEntity, { id: randomUUID(), type: dto.type, name: dto.name, regionCode: dto.regionCode, municipalityCode: dto.municipalityCode ?? null }),
      );
      return organisationView(o);
    });
  }

  listOrganisations(actor: Actor) {
    return this.uow.run(async (m) => ({
      items: (await m.find(OrganisationEntity, { where: actor.role === 'admin' ? {} : { regionCode: actor.regionCode ?? '' }, order: { name: 'ASC', id: 'ASC' } })).map(organisationView),
      nextCursor: null,
    }));
  }

  createUser(dto: CreateUserDto) {
    return this.uow.run(async (m) => userView(await this.insertUser(m, dto), this.clock.now()));
  }

  listUsers() {
    return this.uow.run(async (m) => ({ items: (await m.find(UserEntity, { order: { email: 'ASC' } })).map((u) => userView(u, this.clock.now())), nextCursor: null }));
  }

  /** Creates a user after checking that the role fits the organisation (also used by the demo loader). */
  async insertUser(m: EntityManager, dto: CreateUserDto): Promise<UserEntity> {
    const email = dto.email.toLowerCase();
    const needs = ROLE_ORGANISATION[dto.role];
    if (needs === null && dto.organisationId) throw AppError.validation('organisationId', 'an admin belongs to no organisation');
    if (needs !== null) {
      if (!dto.organisationId) throw AppError.validation('organisationId', `is required for role ${dto.role}`);
      const org = await m.findOneBy(OrganisationEntity, { id: dto.organisationId });
      if (!org) throw AppError.unknownReference('organisationId', 'no such organisation');
      if (org.type !== needs) throw AppError.validation('organisationId', `a ${dto.role} belongs to an organisation of type ${needs}`);
      // the transferpunt's own roles sit with the centrumgemeente: the coordinator, and the privacy officer who reads the region's audit trail
      if (dto.role === 'coordinator' || dto.role === 'privacy_officer') {
        const mun = await m.findOneBy(MunicipalityEntity, { code: org.municipalityCode ?? '' });
        if (!mun?.isCentre) throw AppError.validation('organisationId', `a ${dto.role === 'coordinator' ? 'coordinator' : 'privacy officer'} belongs to the organisation of the region's centrumgemeente`);
      }
    }
    if (await m.existsBy(UserEntity, { email })) throw new AppError(ErrorCode.AlreadyExists, 'A user with this e-mail address exists.', [{ field: 'email', message: 'already in use' }]);
    return m.save(
      m.create(UserEntity, { id: randomUUID(), email, passwordHash: await hashPassword(dto.password), role: dto.role, organisationId: dto.organisationId ?? null }),
    );
  }

  private async region(m: EntityManager, code: string, field?: string): Promise<RegionEntity> {
    const r = await m.findOneBy(RegionEntity, { code });
    if (!r) throw field ? AppError.unknownReference(field, `no region ${code}`) : AppError.notFound('Region');
    return r;
  }

  private async regionForPolicy(m: EntityManager, actor: Actor, code: string): Promise<RegionEntity> {
    if (actor.role === 'coordinator' && actor.regionCode !== code) throw AppError.notFound('Region');
    return this.region(m, code);
  }
}
