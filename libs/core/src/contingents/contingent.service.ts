import { Inject, Injectable } from '@nestjs/common';
import { Clock, expectedSoFar, suppressGroup, yearProgress } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { Actor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { reportScope } from '../reports/monitor.service';
import { ReportDocument } from '../reports/report-table';
import { CreateContingentDto } from './contingent.dto';

/**
 * Contingents: the homes a corporation agrees to deliver to the transfer point in a municipality in
 * a year, set by the coordinator, and the progress against them (housed placements, by the start
 * of the tenancy) pro rata through the year.
 */
@Injectable()
export class ContingentService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  create(actor: Actor, dto: CreateContingentDto) {
    return this.uow.run(async (m) => {
      const [corp] = await m.query(`SELECT id FROM organisation WHERE id = $1 AND type = 'corporation' AND region_code = $2`, [dto.corporationId, actor.regionCode]);
      if (!corp) throw AppError.unknownReference('corporationId', 'is not a corporation of your region');
      const [mun] = await m.query(`SELECT code FROM municipality WHERE code = $1 AND region_code = $2`, [dto.municipalityCode, actor.regionCode]);
      if (!mun) throw AppError.unknownReference('municipalityCode', 'is not a municipality of your region');
      const id = randomUUID();
      const [row] = await m.query(
        `INSERT INTO contingent (id, region_code, corporation_id, municipality_code, year, homes, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT contingent_one_per_corporation_municipality_year DO NOTHING
         RETURNING id, corporation_id, municipality_code, year, homes, created_at`,
        [id, actor.regionCode, dto.corporationId, dto.municipalityCode, dto.year, dto.homes, actor.userId],
      );
      if (!row)
        throw new AppError(ErrorCode.AlreadyExists, 'This corporation already has a contingent for this municipality and year.', [{ field: 'year', message: 'already has a contingent for this corporation and municipality' }]);
      return { id: row.id, corporationId: row.corporation_id, municipalityCode: row.municipality_code, year: row.year, homes: row.homes, createdAt: row.created_at };
    });
  }

  report(actor: Actor, year?: number) {
    const now = this.clock.now();
    const y = year ?? now.getUTCFullYear();
    const scope = reportScope(actor);
    const corporation = actor.role === 'corporation' ? actor.organisationId : null;
    return this.uow.run(async (m) => {
      const rows: Array<{ corporation_id: string; name: string; mun: string; agreed: number; delivered: number }> = await m.query(
        `WITH agreed AS (
           SELECT corporation_id, municipality_code, homes FROM contingent WHERE region_code = $1 AND year = $2
         ), delivered AS (
           SELECT corporation_id, municipality_code, count(*)::int AS n FROM tenancy
            WHERE region_code = $1 AND start_date >= make_date($2, 1, 1) AND start_date < make_date($2 + 1, 1, 1) AND start_date <= $5::date
            GROUP BY 1, 2
         )
         SELECT o.id AS corporation_id, o.name, k.municipality_code AS mun, coalesce(a.homes, 0)::int AS agreed, coalesce(d.n, 0)::int AS delivered
           FROM (SELECT corporation_id, municipality_code FROM agreed UNION SELECT corporation_id, municipality_code FROM delivered) k
           JOIN organisation o ON o.id = k.corporation_id
           LEFT JOIN agreed a ON a.corporation_id = k.corporation_id AND a.municipality_code = k.municipality_code
           LEFT JOIN delivered d ON d.corporation_id = k.corporation_id AND d.municipality_code = k.municipality_code
          WHERE ($3::text IS NULL OR k.municipality_code = $3) AND ($4::uuid IS NULL OR k.corporation_id = $4)
          ORDER BY o.name, o.id, k.municipality_code`,
        [scope.regionCode, y, scope.municipalityCode, corporation, now.toISOString().slice(0, 10)],
      );
      const delivered = scope.suppress ? suppressGroup(rows.map((r) => r.delivered)).cells : rows.map((r) => r.delivered);
      return {
        year: y,
        asOf: now.toISOString().slice(0, 10),
        yearProgress: Math.round(yearProgress(y, now) * 1000) / 1000,
        generatedAt: now,
        suppressed: scope.suppress,
        items: rows.map((r, i) => ({ corporationId: r.corporation_id, corporationName: r.name, municipalityCode: r.mun, agreed: r.agreed, expectedSoFar: expectedSoFar(r.agreed, y, now), delivered: delivered[i] })),
      };
    });
  }
}

export const contingentDocument = (r: Awaited<ReturnType<ContingentService['report']>>): ReportDocument => ({
  name: 'contingenten',
  title: `Contingenten ${r.year}: afgesproken en geleverd (stand ${r.asOf})`,
  period: { from: `${r.year}-01-01`, to: `${r.year}-12-31` },
  generatedAt: r.generatedAt,
  tables: [
    {
      key: 'contingents',
      title: 'Contingenten',
      dimensions: ['corporatie', 'gemeente'],
      measures: ['afgesproken', 'verwacht tot nu', 'geleverd'],
      rows: r.items.map((i) => ({ keys: [i.corporationName, i.municipalityCode], values: [i.agreed, i.expectedSoFar, i.delivered] })),
      totals: null,
    },
  ],
});
