import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AppError, ErrorCode } from '../common/app-error';
import { UnitOfWork } from '../common/unit-of-work';
import { MunicipalityEntity, NeighbourhoodEntity, OrganisationEntity, RegionEntity } from '../database/entities';
import { RenameDto, UpdateMunicipalityDto } from './setup.dto';
import { municipalityView, neighbourhoodView, organisationView, regionView } from './setup.views';

/** What may refer to an object: a name for the problem body and a count query with the object's key as $1. */
type Referrers = Array<[string, string]>;

const MUNICIPALITY_REFERRERS: Referrers = [
  ['buurten', 'SELECT count(*) FROM neighbourhood WHERE municipality_code = $1'],
  ['organisations', 'SELECT count(*) FROM organisation WHERE municipality_code = $1'],
  ['clients', 'SELECT count(*) FROM client WHERE origin_municipality_code = $1'],
  [
    'nominations',
    `SELECT count(*) FROM nomination WHERE origin_municipality_code = $1 OR deciding_municipality_code = $1
       OR $1 = ANY(preferred_municipality_codes) OR $1 = ANY(coalesce(origin_exception_municipality_codes, '{}'))`,
  ],
  ['vacancies', 'SELECT count(*) FROM vacancy WHERE municipality_code = $1'],
  ['matches', 'SELECT count(*) FROM match WHERE destination_municipality_code = $1 OR origin_municipality_code = $1'],
  ['tenancies', 'SELECT count(*) FROM tenancy WHERE municipality_code = $1 OR origin_municipality_code = $1'],
];

const NEIGHBOURHOOD_REFERRERS: Referrers = [
  ['units', 'SELECT count(*) FROM neighbourhood_unit WHERE neighbourhood_code = $1'],
  ['vacancies', 'SELECT count(*) FROM vacancy WHERE neighbourhood_code = $1'],
  ['matches', 'SELECT count(*) FROM match WHERE neighbourhood_code = $1'],
  ['tenancies', 'SELECT count(*) FROM tenancy WHERE neighbourhood_code = $1'],
  ['clients', 'SELECT count(*) FROM client WHERE $1 = ANY(avoid_neighbourhood_codes)'],
];

const ORGANISATION_REFERRERS: Referrers = [
  ['users', 'SELECT count(*) FROM app_user WHERE organisation_id = $1'],
  ['clients', 'SELECT count(*) FROM client WHERE care_provider_id = $1'],
  ['nominations', 'SELECT count(*) FROM nomination WHERE care_provider_id = $1'],
  ['vacancies', 'SELECT count(*) FROM vacancy WHERE corporation_id = $1'],
  ['matches', 'SELECT count(*) FROM match WHERE corporation_id = $1 OR care_provider_id = $1'],
  ['tenancies', 'SELECT count(*) FROM tenancy WHERE corporation_id = $1 OR care_provider_id = $1'],
];

/**
 * Beheer: renaming regions, municipalities, buurten and organisations, and deleting the last three
 * while nothing refers to them (otherwise a 409 that says what still does). The row is locked first,
 * so a reference written at the same moment waits (its foreign key check needs the row) and is seen.
 */
@Injectable()
export class SetupEditService {
  constructor(private readonly uow: UnitOfWork) {}

  renameRegion(code: string, dto: RenameDto) {
    return this.uow.run(async (m) => {
      const r = await m.findOne(RegionEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!r) throw AppError.notFound('Region');
      await m.update(RegionEntity, code, { name: dto.name });
      return regionView({ ...r, name: dto.name });
    });
  }

  updateMunicipality(code: string, dto: UpdateMunicipalityDto) {
    return this.uow.run(async (m) => {
      const mun = await m.findOne(MunicipalityEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!mun) throw AppError.notFound('Municipality');
      if (dto.isCentre !== undefined && dto.isCentre !== mun.isCentre) {
        if (!dto.isCentre)
          throw new AppError(ErrorCode.InvalidTransition, 'The region would be left without a centrumgemeente; make another municipality the centre first.', [
            { field: 'isCentre', message: 'the region would be left without a centrumgemeente' },
          ]);
        // the region row serialises two municipalities becoming the centre at once
        await m.findOne(RegionEntity, { where: { code: mun.regionCode }, lock: { mode: 'pessimistic_write' } });
        if (await m.existsBy(MunicipalityEntity, { regionCode: mun.regionCode, isCentre: true }))
          throw new AppError(ErrorCode.AlreadyExists, 'The region already has a centrumgemeente.', [{ field: 'isCentre', message: 'the region already has a centrumgemeente' }]);
        mun.isCentre = true;
      }
      if (dto.name !== undefined) mun.name = dto.name;
      await m.update(MunicipalityEntity, code, { name: mun.name, isCentre: mun.isCentre });
      return municipalityView(mun);
    });
  }

  deleteMunicipality(code: string) {
    return this.uow.run(async (m) => {
      const mun = await m.findOne(MunicipalityEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!mun) throw AppError.notFound('Municipality');
      if (mun.isCentre)
        throw new AppError(ErrorCode.InvalidTransition, 'The region would be left without a centrumgemeente.', [{ field: 'code', message: 'is the centrumgemeente of its region' }]);
      await this.refuseWhileReferred(m, 'municipality', 'code', code, MUNICIPALITY_REFERRERS);
      await this.remove(m, 'code', () => m.delete(MunicipalityEntity, code));
    });
  }

  renameNeighbourhood(code: string, dto: RenameDto) {
    return this.uow.run(async (m) => {
      const n = await m.findOne(NeighbourhoodEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!n) throw AppError.notFound('Buurt');
      n.name = dto.name;
      await m.update(NeighbourhoodEntity, code, { name: n.name });
      return neighbourhoodView(n);
    });
  }

  deleteNeighbourhood(code: string) {
    return this.uow.run(async (m) => {
      const n = await m.findOne(NeighbourhoodEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!n) throw AppError.notFound('Buurt');
      await this.refuseWhileReferred(m, 'buurt', 'code', code, NEIGHBOURHOOD_REFERRERS);
      await this.remove(m, 'code', () => m.delete(NeighbourhoodEntity, code));
    });
  }

  renameOrganisation(id: string, dto: RenameDto) {
    return this.uow.run(async (m) => {
      const o = await m.findOne(OrganisationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!o) throw AppError.notFound('Organisation');
      o.name = dto.name;
      await m.update(OrganisationEntity, id, { name: o.name });
      return organisationView(o);
    });
  }

  deleteOrganisation(id: string) {
    return this.uow.run(async (m) => {
      const o = await m.findOne(OrganisationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!o) throw AppError.notFound('Organisation');
      await this.refuseWhileReferred(m, 'organisation', 'id', id, ORGANISATION_REFERRERS);
      await this.remove(m, 'id', () => m.delete(OrganisationEntity, id));
    });
  }

  private async refuseWhileReferred(m: EntityManager, what: string, field: string, key: string, referrers: Referrers) {
    const found: Array<[string, number]> = [];
    for (const [name, sql] of referrers) {
      const n = Number((await m.query(sql, [key]))[0].count);
      if (n > 0) found.push([name, n]);
    }
    if (found.length === 0) return;
    const list = found.map(([name, n]) => `${name} ${n}`).join(', ');
    throw new AppError(ErrorCode.InUse, `This ${what} cannot be deleted: it is still referred to by ${list}.`, [{ field, message: `is still referred to by ${list}` }]);
  }

  /** A reference the list above does not know (a newer table) still stops the delete, as a 409. */
  private async remove(m: EntityManager, field: string, del: () => Promise<unknown>) {
    try {
      await m.query('SAVEPOINT setup_delete');
      await del();
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23503') {
        await m.query('ROLLBACK TO SAVEPOINT setup_delete');
        throw new AppError(ErrorCode.InUse, 'It cannot be deleted: other data still refers to it.', [{ field, message: 'is still referred to by other data' }]);
      }
      throw e;
    }
  }
}
