import { Injectable } from '@nestjs/common';
import { CandidateNomination, Construction, LIVE_MATCH_STATUSES, MatchingInput, NeighbourhoodLoad, OpenVacancy, PriorityClass, Woonvariant } from '@tp/domain';
import { EntityManager } from 'typeorm';
import { RegionEntity } from '../database/entities';

const LIVE = `('${LIVE_MATCH_STATUSES.join("','")}')`;
const dateOnly = (d: string | Date) => new Date(typeof d === 'string' ? `${d}T00:00:00.000Z` : d);

/** Reads the state a round needs: the queue, the open homes, the buurt loads and the pairs never to repeat. */
@Injectable()
export class MatchingInputRepository {
  async load(m: EntityManager, region: RegionEntity, now: Date): Promise<MatchingInput> {
    const nominations = await m.query(
      `SELECT n.id, n.priority_class, n.approved_at, n.tie_breaker, n.origin_municipality_code, n.origin_exception_municipality_codes,
              n.woonvariant, n.min_rooms, n.max_rent, n.construction, n.ready_from, c.household_size, c.needs, c.avoid_neighbourhood_codes
         FROM nomination n JOIN client c ON c.id = n.client_id
        WHERE n.region_code = $1 AND n.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM match x WHERE x.nomination_id = n.id AND x.status IN ${LIVE})`,
      [region.code],
    );
    const vacancies = await m.query(
      `SELECT v.id, v.municipality_code, v.neighbourhood_code, v.woonvariant, v.rooms, v.rent, v.available_from, v.accessible, v.floor, v.constructions, v.created_at
         FROM vacancy v
        WHERE v.region_code = $1 AND v.status = 'open'
          AND NOT EXISTS (SELECT 1 FROM match x WHERE x.vacancy_id = v.id AND x.status IN ${LIVE})`,
      [region.code],
    );
    const loads = await m.query(
      `SELECT b.code, b.max_placements_per_12_months, b.max_live_tenancies,
              (SELECT count(*) FROM tenancy t WHERE t.neighbourhood_code = b.code AND t.start_date > ($2::timestamptz - interval '12 months')::date)
            + (SELECT count(*) FROM match x WHERE x.neighbourhood_code = b.code AND x.status IN ${LIVE}) AS placements,
              (SELECT count(*) FROM tenancy t WHERE t.neighbourhood_code = b.code AND t.status = 'live')
            + (SELECT count(*) FROM match x WHERE x.neighbourhood_code = b.code AND x.status IN ${LIVE}) AS live
         FROM neighbourhood b JOIN municipality mu ON mu.code = b.municipality_code
        WHERE mu.region_code = $1`,
      [region.code, now],
    );
    const excluded = await m.query(
      `SELECT DISTINCT x.vacancy_id, x.nomination_id FROM match x WHERE x.region_code = $1 AND x.status IN ('declined','expired','cancelled')`,
      [region.code],
    );
    return {
      nominations: nominations.map(
        (r: Record<string, unknown>): CandidateNomination => ({
          id: r.id as string,
          priorityClass: r.priority_class as PriorityClass,
          approvedAt: r.approved_at as Date,
          tieBreaker: Number(r.tie_breaker),
          originMunicipalityCode: r.origin_municipality_code as string,
          originExceptionMunicipalityCodes: (r.origin_exception_municipality_codes as string[] | null) ?? null,
          woonvariant: r.woonvariant as Woonvariant,
          householdSize: Number(r.household_size),
          minRooms: r.min_rooms === null ? null : Number(r.min_rooms),
          maxRent: r.max_rent === null ? null : Number(r.max_rent),
          needs: r.needs as string[],
          avoidNeighbourhoodCodes: r.avoid_neighbourhood_codes as string[],
          construction: r.construction as Construction,
          readyFrom: r.ready_from === null ? null : dateOnly(r.ready_from as string),
        }),
      ),
      vacancies: vacancies.map(
        (r: Record<string, unknown>): OpenVacancy => ({
          id: r.id as string,
          municipalityCode: r.municipality_code as string,
          neighbourhoodCode: r.neighbourhood_code as string,
          woonvariant: r.woonvariant as Woonvariant,
          rooms: Number(r.rooms),
          rent: Number(r.rent),
          availableFrom: dateOnly(r.available_from as string),
          accessible: r.accessible as boolean,
          floor: r.floor === null ? null : Number(r.floor),
          constructions: r.constructions as Construction[],
          publishedAt: r.created_at as Date,
        }),
      ),
      neighbourhoods: loads.map(
        (r: Record<string, unknown>): NeighbourhoodLoad => ({
          code: r.code as string,
          maxPlacementsPer12Months: (r.max_placements_per_12_months as number | null) ?? region.defaultMaxPlacementsPer12Months,
          maxLiveTenancies: (r.max_live_tenancies as number | null) ?? region.defaultMaxLiveTenancies,
          placementsLast12Months: Number(r.placements),
          liveTenancies: Number(r.live),
        }),
      ),
      excludedPairs: excluded.map((r: Record<string, string>) => ({ vacancyId: r.vacancy_id, nominationId: r.nomination_id })),
    };
  }
}
