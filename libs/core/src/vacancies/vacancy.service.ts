import { Inject, Injectable } from '@nestjs/common';
import { Clock, vacancyTransition } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { AccessService } from '../access/access.service';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { paginate } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { MunicipalityEntity, NeighbourhoodEntity, NeighbourhoodUnitEntity, VacancyEntity } from '../database/entities';
import { ReasonDto } from '../nominations/nomination.dto';
import { MatchLifecycle } from '../matching/match-lifecycle.service';
import { MatchingTriggers } from '../matching/matching-triggers.service';
import { CreateVacancyDto, VACANCY_SORTS, VacancyListQuery } from './vacancy.dto';
import { vacancyView } from './vacancy.views';

/** Homes a corporation publishes into the transfer point; publishing triggers matching. */
@Injectable()
export class VacancyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly triggers: MatchingTriggers,
    private readonly lifecycle: MatchLifecycle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  publish(actor: Actor, dto: CreateVacancyDto) {
    return this.uow.run(async (m) => {
      const buurt = await m.findOneBy(NeighbourhoodEntity, { code: dto.neighbourhoodCode });
      const mun = buurt ? await m.findOneBy(MunicipalityEntity, { code: buurt.municipalityCode }) : null;
      if (!buurt || !mun || mun.regionCode !== actor.regionCode) throw AppError.unknownReference('neighbourhoodCode', `no buurt ${dto.neighbourhoodCode} in your region`);
      if (dto.unitId && !(await m.existsBy(NeighbourhoodUnitEntity, { id: dto.unitId, neighbourhoodCode: buurt.code })))
        throw AppError.unknownReference('unitId', `no unit with this id in buurt ${buurt.code}`);
      const v = m.create(VacancyEntity, {
        id: randomUUID(),
        corporationId: actor.organisationId!,
        regionCode: mun.regionCode,
        municipalityCode: mun.code,
        neighbourhoodCode: buurt.code,
        unitId: dto.unitId ?? null,
        address: dto.address,
        woonvariant: dto.woonvariant,
        rooms: dto.rooms,
        rent: dto.rent,
        availableFrom: dto.availableFrom,
        accessible: dto.accessible ?? false,
        floor: dto.floor ?? null,
        constructions: [...new Set(dto.constructions)],
        status: 'open',
        withdrawalReason: null,
        createdAt: this.clock.now(),
      });
      await m.insert(VacancyEntity, v);
      await this.triggers.trigger(m, v.regionCode, 'vacancy_published', v.id);
      return vacancyView(v);
    });
  }

  list(actor: Actor, q: VacancyListQuery) {
    return this.uow.run(async (m) => {
      const qb = this.access.scoped(m.createQueryBuilder(VacancyEntity, 'v'), actor, 'vacancy', 'v');
      if (q.status) qb.andWhere('v.status = :status', { status: q.status });
      const page = await paginate(qb, 'v', q, VACANCY_SORTS);
      return { items: page.items.map(vacancyView), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string) {
    return this.uow.run(async (m) => vacancyView(await this.access.load(m, VacancyEntity, actor, 'vacancy', id)));
  }

  withdraw(actor: Actor, id: string, dto: ReasonDto) {
    return this.uow.run(async (m) => {
      const v = await this.access.load(m, VacancyEntity, actor, 'vacancy', id, { lock: true });
      const next = vacancyTransition(v.status, 'withdraw');
      if (!next.ok) throw MatchLifecycle.invalid('withdraw', v.status, next.error.allowed);
      // the nomination of the live match is locked before the match: the order every writer follows
      const peek = await this.lifecycle.peekLiveMatch(m, { vacancyId: v.id });
      if (peek) await this.lifecycle.lockSides(m, { nominationId: peek.nominationId });
      const live = await this.lifecycle.liveMatchFor(m, { vacancyId: v.id });
      if (live) await this.lifecycle.cancel(m, live, actor, `home withdrawn: ${dto.reason}`, { vacancy: true });
      v.status = next.value;
      v.withdrawalReason = dto.reason;
      await m.update(VacancyEntity, v.id, { status: v.status, withdrawalReason: v.withdrawalReason });
      return vacancyView(v);
    });
  }
}
