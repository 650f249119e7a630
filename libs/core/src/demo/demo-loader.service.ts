import { Inject, Injectable, Logger } from '@nestjs/common';
import { checkEligibility, checkLoad, Clock, DEFAULT_POLICY, DEFAULT_TENANCY_POLICY, explained, Explanation, OpenVacancy, startTenancy } from '@tp/domain';
import { randomInt, randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import {
  ClientEntity, MatchEntity, MatchEventEntity, MunicipalityEntity, NeighbourhoodEntity, NominationEntity, OrganisationEntity, RegionEntity, TenancyEntity,
  UserEntity, VacancyEntity,
} from '../database/entities';
import { MatchingTriggers } from '../matching/matching-triggers.service';
import { MatchingScheduleProcessor } from '../matching/matching-schedule.processor';
import { TenancyReminderProcessor } from '../tenancies/tenancy-reminder.processor';
import { SetupService } from '../setup/setup.service';
import {
  DEMO_CLIENTS, DEMO_HOUSED, DEMO_MUNICIPALITIES, DEMO_OPEN_VACANCIES, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_REGION, DemoClient, demoEmail, DemoOrgKey, demoUsers,
  DemoVacancy,
} from './demo-data';

export interface DemoSummary {
  region: string;
  created: boolean;
  password: string;
  users: Array<{ role: string; email: string }>;
}

const DAY = 86_400_000;
/** Serialises concurrent first starts (two api processes on one empty database). */
const LOCK_KEY = 'transferpunt:demo-loader';

/**
 * Loads the Deventer demo region (demo-data.ts) into an empty database, in one transaction, and
 * enqueues a matching round so the first proposals appear right after start. A database that
 * already holds a region is left alone.
 */
@Injectable()
export class DemoLoader {
  private readonly logger = new Logger('DemoLoader');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly setup: SetupService,
    private readonly triggers: MatchingTriggers,
    private readonly schedule: MatchingScheduleProcessor,
    private readonly reminders: TenancyReminderProcessor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Returns what was loaded (created: true), or, when a region exists already, the demo logins that
   * are still there (created: false); null when the database holds other regions and no demo users.
   */
  loadIfEmpty(): Promise<DemoSummary | null> {
    return this.uow.run(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK_KEY]);
      if ((await m.count(RegionEntity)) > 0) return this.existing(m);
      await this.load(m);
      this.logger.log(`loaded demo region ${DEMO_REGION.code}`);
      return { region: DEMO_REGION.code, created: true, password: DEMO_PASSWORD, users: demoUsers().map(({ role, email }) => ({ role, email })) };
    });
  }

  private async existing(m: EntityManager): Promise<DemoSummary | null> {
    const wanted = demoUsers();
    const present = new Set((await m.find(UserEntity, { where: { email: In(wanted.map((u) => u.email)) }, select: { email: true } })).map((u) => u.email));
    if (present.size === 0) return null;
    return { region: DEMO_REGION.code, created: false, password: DEMO_PASSWORD, users: wanted.filter((u) => present.has(u.email)).map(({ role, email }) => ({ role, email })) };
  }

  private async load(m: EntityManager): Promise<void> {
    const now = this.clock.now();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const code = DEMO_REGION.code;

    await m.insert(RegionEntity, {
      code,
      name: DEMO_REGION.name,
      exchangeTolerance: DEFAULT_POLICY.exchangeTolerance,
      defaultMaxPlacementsPer12Months: DEFAULT_POLICY.defaultMaxPlacementsPer12Months,
      defaultMaxLiveTenancies: DEFAULT_POLICY.defaultMaxLiveTenancies,
      stepDeadlineWorkingDays: DEFAULT_POLICY.stepDeadlineWorkingDays,
      matchingCron: DEFAULT_POLICY.matchingCron,
      fitWeights: DEFAULT_POLICY.fitWeights,
    });

    // Municipalities, their buurten and each one's own organisation.
    const municipalityOrg: Record<string, string> = {};
    for (const mun of DEMO_MUNICIPALITIES) {
      await m.insert(MunicipalityEntity, { code: mun.code, name: mun.name, regionCode: code, isCentre: mun.isCentre ?? false });
      for (const b of mun.buurten)
        await m.insert(NeighbourhoodEntity, {
          code: b.code,
          name: b.name,
          municipalityCode: mun.code,
          maxPlacementsPer12Months: b.maxPlacementsPer12Months ?? null,
          maxLiveTenancies: b.maxLiveTenancies ?? null,
        });
      municipalityOrg[mun.code] = randomUUID();
      await m.insert(OrganisationEntity, { id: municipalityOrg[mun.code], type: 'municipality', name: `Gemeente ${mun.name}`, regionCode: code, municipalityCode: mun.code });
    }
    const org = {} as Record<DemoOrgKey, string>;
    for (const o of DEMO_ORGANISATIONS) {
      org[o.key] = randomUUID();
      await m.insert(OrganisationEntity, { id: org[o.key], type: o.type, name: o.name, regionCode: code, municipalityCode: null });
    }

    // Users, through the same checks and hashing as POST /users.
    const userId: Record<string, string> = {};
    for (const u of demoUsers()) {
      const organisationId = 'key' in u.organisation ? org[u.organisation.key] : municipalityOrg[u.organisation.municipalityCode];
      userId[u.email] = (await this.setup.insertUser(m, { email: u.email, password: DEMO_PASSWORD, role: u.role, organisationId })).id;
    }
    const officerOf = (municipalityCode: string) => userId[demoEmail(`officer.${DEMO_MUNICIPALITIES.find((x) => x.code === municipalityCode)!.slug}`)];
    const regionCodes = DEMO_MUNICIPALITIES.map((x) => x.code);
    const centre = DEMO_MUNICIPALITIES.find((x) => x.isCentre)!.code;

    // The caseload: clients and their nominations at different points of their lifecycle.
    const nominationOf: Record<string, NominationEntity> = {};
    for (const c of DEMO_CLIENTS) {
      const clientId = randomUUID();
      const created = ago(c.nomination?.createdDaysAgo ?? 1);
      await m.insert(ClientEntity, {
        id: clientId,
        careProviderId: org[c.careProvider],
        regionCode: code,
        reference: c.reference,
        originMunicipalityCode: c.originMunicipalityCode,
        birthYear: c.birthYear,
        householdSize: c.householdSize,
        currentSetting: c.currentSetting,
        sex: c.sex,
        legalFramework: c.legalFramework,
        livingSituation: c.livingSituation,
        incomeBand: c.incomeBand,
        needs: c.needs ?? [],
        avoidNeighbourhoodCodes: c.avoidNeighbourhoodCodes ?? [],
        consentToShare: true,
        createdAt: created,
        updatedAt: created,
      });
      if (c.nomination) nominationOf[c.reference] = await this.insertNomination(m, c, clientId, org[c.careProvider], { regionCodes, centre, officerOf, ago });
    }

    // The earlier placement: a let home, its housed match with its history, and the live tenancy.
    await this.insertHousedPlacement(m, nominationOf[DEMO_HOUSED.clientReference], org, { userId, ago, day });

    // Homes on offer now.
    for (const v of DEMO_OPEN_VACANCIES) await this.insertVacancy(m, v, org[v.corporation], 'open', { ago, day, now });

    // The first round: runs right after commit and proposes pairings for the open homes.
    await this.triggers.trigger(m, code, 'manual', null);
    await this.schedule.scheduleNext(m, await m.findOneByOrFail(RegionEntity, { code }), this.clock.now());
  }

  private async insertNomination(
    m: EntityManager,
    c: DemoClient,
    clientId: string,
    careProviderId: string,
    ctx: { regionCodes: string[]; centre: string; officerOf: (code: string) => string; ago: (d: number) => Date },
  ): Promise<NominationEntity> {
    const n = c.nomination!;
    const deciding = ctx.regionCodes.includes(c.originMunicipalityCode) ? c.originMunicipalityCode : ctx.centre;
    const approved = n.approvedDaysAgo !== undefined;
    const entity = m.create(NominationEntity, {
      id: randomUUID(),
      clientId,
      careProviderId,
      regionCode: DEMO_REGION.code,
      originMunicipalityCode: c.originMunicipalityCode,
      decidingMunicipalityCode: deciding,
      status: n.status,
      woonvariant: n.woonvariant,
      minRooms: n.minRooms ?? null,
      maxRent: n.maxRent ?? null,
      preferredMunicipalityCodes: [],
      construction: n.construction,
      supportProvider: n.supportProvider,
      supportIntensity: n.supportIntensity,
      readyFrom: null,
      priorityClass: approved ? (n.priorityClass ?? 'normal') : null,
      tieBreaker: approved ? randomInt(0, 2 ** 47) / 2 ** 47 : null,
      submittedAt: n.submittedDaysAgo !== undefined ? ctx.ago(n.submittedDaysAgo) : null,
      approvedAt: approved ? ctx.ago(n.approvedDaysAgo!) : null,
      decidedBy: approved ? ctx.officerOf(deciding) : null,
      rejectionReason: null,
      withdrawalReason: null,
      originExceptionReason: null,
      originExceptionMunicipalityCodes: null,
      originExceptionAt: null,
      originExceptionBy: null,
      createdAt: ctx.ago(n.createdDaysAgo),
      updatedAt: ctx.ago(n.approvedDaysAgo ?? n.submittedDaysAgo ?? n.createdDaysAgo),
    });
    await m.insert(NominationEntity, entity);
    return entity;
  }

  private async insertVacancy(
    m: EntityManager,
    v: DemoVacancy,
    corporationId: string,
    status: VacancyEntity['status'],
    ctx: { ago: (d: number) => Date; day: (d: Date) => string; now: Date },
  ): Promise<VacancyEntity> {
    const municipalityCode = DEMO_MUNICIPALITIES.find((x) => x.buurten.some((b) => b.code === v.neighbourhoodCode))!.code;
    const published = ctx.ago(v.publishedDaysAgo);
    const entity = m.create(VacancyEntity, {
      id: randomUUID(),
      corporationId,
      regionCode: DEMO_REGION.code,
      municipalityCode,
      neighbourhoodCode: v.neighbourhoodCode,
      address: v.address,
      woonvariant: v.woonvariant,
      rooms: v.rooms,
      rent: v.rent,
      availableFrom: ctx.day(ctx.ago(-v.availableInDays)),
      accessible: v.accessible,
      floor: v.floor,
      constructions: v.constructions,
      status,
      withdrawalReason: null,
      createdAt: published,
      updatedAt: published,
    });
    await m.insert(VacancyEntity, entity);
    return entity;
  }

  private async insertHousedPlacement(
    m: EntityManager,
    n: NominationEntity,
    org: Record<DemoOrgKey, string>,
    ctx: { userId: Record<string, string>; ago: (d: number) => Date; day: (d: Date) => string },
  ): Promise<void> {
    const v = await this.insertVacancy(m, DEMO_HOUSED.vacancy, org[DEMO_HOUSED.vacancy.corporation], 'let', { ...ctx, now: this.clock.now() });
    const client = await m.findOneByOrFail(ClientEntity, { id: n.clientId });
    const buurt = await m.findOneByOrFail(NeighbourhoodEntity, { code: v.neighbourhoodCode });
    const open: OpenVacancy = {
      id: v.id, municipalityCode: v.municipalityCode, neighbourhoodCode: v.neighbourhoodCode, woonvariant: DEMO_HOUSED.vacancy.woonvariant, rooms: v.rooms,
      rent: v.rent, availableFrom: new Date(`${v.availableFrom}T00:00:00.000Z`), accessible: v.accessible, floor: v.floor, constructions: v.constructions,
      publishedAt: v.createdAt,
    };
    const rules = [
      ...checkEligibility(
        {
          id: n.id, priorityClass: n.priorityClass!, approvedAt: n.approvedAt!, tieBreaker: n.tieBreaker!, originMunicipalityCode: n.originMunicipalityCode,
          originExceptionMunicipalityCodes: null, woonvariant: DEMO_HOUSED.vacancy.woonvariant, householdSize: client.householdSize, minRooms: n.minRooms,
          maxRent: n.maxRent, needs: client.needs, avoidNeighbourhoodCodes: client.avoidNeighbourhoodCodes, construction: n.construction, readyFrom: null,
        },
        open,
      ),
      { rule: 'not_declined_before' as const, passed: true, ...explained('declined.not_before') },
      ...checkLoad({ code: buurt.code, maxPlacementsPer12Months: buurt.maxPlacementsPer12Months, maxLiveTenancies: buurt.maxLiveTenancies, placementsLast12Months: 0, liveTenancies: 0 }),
    ];
    const proposedAt = ctx.ago(DEMO_HOUSED.proposedDaysAgo);
    const explanation: Explanation = {
      matcher: 'first-fit-v1',
      summary: 'Highest-ranked eligible nomination (queue position 1, normal) for the earliest available open home; 0 higher-ranked nomination(s) did not fit or were already placed.',
      queuePosition: 1,
      priorityClass: n.priorityClass!,
      approvedAt: n.approvedAt!.toISOString(),
      higherRankedNotEligible: 0,
      rules,
    };
    const startDate = ctx.day(ctx.ago(DEMO_HOUSED.startDaysAgo));
    const match = m.create(MatchEntity, {
      id: randomUUID(),
      vacancyId: v.id,
      nominationId: n.id,
      regionCode: DEMO_REGION.code,
      corporationId: v.corporationId,
      careProviderId: n.careProviderId,
      destinationMunicipalityCode: v.municipalityCode,
      originMunicipalityCode: n.originMunicipalityCode,
      neighbourhoodCode: v.neighbourhoodCode,
      status: 'housed',
      explanation,
      matchingRunId: null,
      stepDeadline: null,
      declineReasonCode: null,
      declineNote: null,
      createdAt: proposedAt,
      updatedAt: ctx.ago(DEMO_HOUSED.startDaysAgo + 3),
    });
    await m.insert(MatchEntity, match);
    const users = { officer: ctx.userId[demoEmail('officer.deventer')], corp: ctx.userId[demoEmail('ieder1')], care: ctx.userId[demoEmail('tactus')] };
    const steps: Array<[string, string | null, string, string | null, string | null, number]> = [
      ['proposed', null, 'proposed', null, 'system', DEMO_HOUSED.proposedDaysAgo],
      ['approved', 'proposed', 'approved', users.officer, 'municipal_officer', DEMO_HOUSED.proposedDaysAgo - 2],
      ['accepted', 'approved', 'accepted', users.corp, 'corporation', DEMO_HOUSED.proposedDaysAgo - 6],
      ['client_accepted', 'accepted', 'client_accepted', users.care, 'care_provider', DEMO_HOUSED.proposedDaysAgo - 9],
      ['lease_signed', 'client_accepted', 'housed', users.corp, 'corporation', DEMO_HOUSED.startDaysAgo + 3],
    ];
    for (const [type, from, to, actorUserId, actorRole, daysAgo] of steps)
      await m.insert(MatchEventEntity, {
        id: randomUUID(),
        matchId: match.id,
        type,
        fromStatus: from,
        toStatus: to,
        actorUserId,
        actorRole,
        reasonCode: null,
        note: from === null ? explanation.summary : null,
        at: ctx.ago(daysAgo),
      });
    const tenancyId = randomUUID();
    const state = startTenancy('omklap', startDate, DEFAULT_TENANCY_POLICY);
    await m.insert(TenancyEntity, {
      id: tenancyId,
      matchId: match.id,
      vacancyId: v.id,
      nominationId: n.id,
      clientId: n.clientId,
      corporationId: v.corporationId,
      careProviderId: n.careProviderId,
      regionCode: DEMO_REGION.code,
      municipalityCode: v.municipalityCode,
      originMunicipalityCode: n.originMunicipalityCode,
      neighbourhoodCode: v.neighbourhoodCode,
      ...state,
      createdAt: ctx.ago(DEMO_HOUSED.startDaysAgo + 3),
    });
    await this.reminders.schedule(m, { id: tenancyId, regionCode: DEMO_REGION.code, ...state });
  }
}
