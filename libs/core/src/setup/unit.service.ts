import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { UnitOfWork } from '../common/unit-of-work';
import { MunicipalityEntity, NeighbourhoodEntity, NeighbourhoodUnitEntity } from '../database/entities';
import { MatchingTriggers } from '../matching/matching-triggers.service';
import { CreateUnitDto, LimitsDto } from './setup.dto';

const unitView = (u: NeighbourhoodUnitEntity) => ({
  id: u.id,
  neighbourhoodCode: u.neighbourhoodCode,
  name: u.name,
  maxPlacementsPer12Months: u.maxPlacementsPer12Months,
  maxLiveTenancies: u.maxLiveTenancies,
});

/** Smaller units inside a buurt (a street, a complex) with load limits of their own, nested in the buurt's. */
@Injectable()
export class UnitService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly triggers: MatchingTriggers,
  ) {}

  create(actor: Actor, code: string, dto: CreateUnitDto) {
    return this.uow.run(async (m) => {
      const { buurt } = await this.ownBuurt(m, actor, code);
      if (await m.existsBy(NeighbourhoodUnitEntity, { neighbourhoodCode: buurt.code, name: dto.name }))
        throw new AppError(ErrorCode.AlreadyExists, 'This buurt already has a unit with that name.', [{ field: 'name', message: 'already in use in this buurt' }]);
      const u = m.create(NeighbourhoodUnitEntity, {
        id: randomUUID(),
        neighbourhoodCode: buurt.code,
        name: dto.name,
        maxPlacementsPer12Months: dto.maxPlacementsPer12Months ?? null,
        maxLiveTenancies: dto.maxLiveTenancies ?? null,
      });
      await m.insert(NeighbourhoodUnitEntity, u);
      return unitView(u);
    });
  }

  list(code: string) {
    return this.uow.run(async (m) => {
      if (!(await m.existsBy(NeighbourhoodEntity, { code }))) throw AppError.notFound('Buurt');
      return { items: (await m.find(NeighbourhoodUnitEntity, { where: { neighbourhoodCode: code }, order: { name: 'ASC', id: 'ASC' } })).map(unitView), nextCursor: null };
    });
  }

  setLimits(actor: Actor, id: string, dto: LimitsDto) {
    return this.uow.run(async (m) => {
      const u = await m.findOne(NeighbourhoodUnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!u) throw AppError.notFound('Unit');
      const { mun } = await this.ownBuurt(m, actor, u.neighbourhoodCode, 'Unit');
      u.maxPlacementsPer12Months = dto.maxPlacementsPer12Months;
      u.maxLiveTenancies = dto.maxLiveTenancies;
      await m.save(u);
      await this.triggers.trigger(m, mun.regionCode, 'limits_changed', u.id);
      return unitView(u);
    });
  }

  /** The buurt, if the actor may set its limits: officers their municipality's, the coordinator the region's, the admin all. */
  private async ownBuurt(m: EntityManager, actor: Actor, code: string, label = 'Buurt') {
    const buurt = await m.findOneBy(NeighbourhoodEntity, { code });
    const mun = buurt ? await m.findOneBy(MunicipalityEntity, { code: buurt.municipalityCode }) : null;
    const allowed =
      !!mun &&
      (actor.role === 'admin' ||
        (actor.role === 'municipal_officer' && actor.municipalityCode === mun.code) ||
        (actor.role === 'coordinator' && actor.regionCode === mun.regionCode));
    if (!buurt || !mun || !allowed) throw AppError.notFound(label);
    return { buurt, mun };
  }
}
