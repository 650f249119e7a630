import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { UnitOfWork } from '../common/unit-of-work';
import { RentParametersEntity } from '../database/entities';
import { RentLimitsDto } from './rent-parameters.dto';

const view = (r: RentParametersEntity) => ({
  year: r.year,
  kwaliteitskortingsgrens: r.kwaliteitskortingsgrens,
  lowerAftoppingsgrens: r.lowerAftoppingsgrens,
  upperAftoppingsgrens: r.upperAftoppingsgrens,
  liberalisatiegrens: r.liberalisatiegrens,
  updatedAt: r.updatedAt,
});

/** The national rent limits per year: read by everyone, set by the admin. */
@Injectable()
export class RentParametersService {
  constructor(private readonly uow: UnitOfWork) {}

  list() {
    return this.uow.run(async (m) => ({ items: (await m.find(RentParametersEntity, { order: { year: 'ASC' } })).map(view), nextCursor: null }));
  }

  put(year: number, dto: RentLimitsDto) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw AppError.validation('year', 'must be a year between 2000 and 2100');
    const order = [dto.kwaliteitskortingsgrens, dto.lowerAftoppingsgrens, dto.upperAftoppingsgrens, dto.liberalisatiegrens];
    if (order.some((v, i) => i > 0 && v < order[i - 1]))
      throw AppError.validation('lowerAftoppingsgrens', 'the limits must rise: kwaliteitskortingsgrens ≤ lower ≤ upper aftoppingsgrens ≤ liberalisatiegrens');
    return this.uow.run(async (m) => {
      await m.upsert(RentParametersEntity, { year, ...dto }, ['year']);
      return view(await m.findOneByOrFail(RentParametersEntity, { year }));
    });
  }
}
