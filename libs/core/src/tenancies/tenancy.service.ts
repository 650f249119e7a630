import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { Actor } from '../auth/actor';
import { ListQuery, paginate } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { TenancyEntity } from '../database/entities';

const tenancyView = (t: TenancyEntity) => ({
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
});

/** Tenancies created by a signed lease, for the parties concerned. */
@Injectable()
export class TenancyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
  ) {}

  list(actor: Actor, q: ListQuery) {
    return this.uow.run(async (m) => {
      const page = await paginate(this.access.scoped(m.createQueryBuilder(TenancyEntity, 't'), actor, 'tenancy', 't'), 't', ['createdAt', 'id'], q);
      return { items: page.items.map(tenancyView), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string) {
    return this.uow.run(async (m) => tenancyView(await this.access.load(m, TenancyEntity, actor, 'tenancy', id)));
  }
}
