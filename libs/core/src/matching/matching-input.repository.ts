import { Injectable } from '@nestjs/common';
import {
  CandidateNomination, Construction, DEFAULT_POLICY, ExchangeLedgerEntry, LIVE_MATCH_STATUSES, MatchingInput, NeighbourhoodLoad, OpenVacancy, PriorityClass,
  UnitLoad, Woonvariant,
} from '@tp/domain';
import { EntityManager } from 'typeorm';
import { RegionEntity } from '../database/entities';

const LIVE = `('${LIVE_MATCH_STATUSES.join("','")}')`;
const dateOnly = (d: string | Date) => new Date(typeof d === 'string' ? `${d}T00:00:00.000Z` : d);
type Row = Record<string, unknown>;

export interface LimitOverride {
  maxPlacementsPer12Months: number | null;
  maxLiveTenancies: number | null;
}
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Reads the state a round needs, in a deterministic order: the queue, the open homes, the load of
 * every buurt and unit (live matches count), the exchange ledger, the rent parameters and the pairs
 * never to repeat.
 */
@Injectable()
export class MatchingInputRepository {
  /** `limits` replaces buurten's own limits (a what-if); the region's defaults and policy come from `region`. */
  async load(m: EntityManager, region: RegionEntity, now: Date, limits: Map<string, LimitOverride> = new Map()): Promise<MatchingInput> {
    const [nominations, vacancies, loads, units, ledger, rent, excluded] = [
      await m.query(
        `SELECT n.id, n.priority_class, COALESCE(n.queue_since, n.approved_at) AS approved_at, n.tie_breaker, n.origin_municipality_code, n.origin_exception_municipality_codes,
                n.woonvariant, n.min_rooms, n.max_rent, n.construction, n.ready_from, n.preferred_municipality_codes,
                c.household_size, c.needs, c.avoid_neighbourhood_codes, c.birth_year
           FROM nomination n JOIN client c ON c.id = n.client_id
          WHERE n.region_code = $1 AND n.status = 'active'
            AND NOT EXISTS (SELECT 1 FROM match x WHERE x.nomination_id = n.id AND x.status IN ${LIVE})
            AND (n.cool_down_until IS NULL OR n.cool_down_until <= $2)
            AND (n.valid_until IS NULL OR n.valid_until > $2)
          ORDER BY n.id`,
        [region.code, now],
      ),
      await m.query(
        `SELECT v.id, v.municipality_code, v.neighbourhood_code, v.unit_id, v.woonvariant, v.rooms, v.rent, v.available_from, v.accessible, v.floor,
                v.constructions, v.created_at
           FROM vacancy v
          WHERE v.region_code = $1 AND v.status = 'open'
            AND NOT EXISTS (SELECT 1 FROM match x WHERE x.vacancy_id = v.id AND x.status IN ${LIVE})
          ORDER BY v.id`,
        [region.code],
      ),
      await m.query(
        `SELECT b.code, b.max_placements_per_12_months, b.max_live_tenancies,
                (SELECT count(*) FROM tenancy t WHERE t.neighbourhood_code = b.code AND t.start_date > ($2::timestamptz - interval '12 months')::date)
              + (SELECT count(*) FROM match x WHERE x.neighbourhood_code = b.code AND x.status IN ${LIVE}) AS placements,
                (SELECT count(*) FROM tenancy t WHERE t.neighbourhood_code = b.code AND t.status = 'live')
              + (SELECT count(*) FROM match x WHERE x.neighbourhood_code = b.code AND x.status IN ${LIVE}) AS live
           FROM neighbourhood b JOIN municipality mu ON mu.code = b.municipality_code
          WHERE mu.region_code = $1
          ORDER BY b.code`,
        [region.code, now],
      ),
      await m.query(
        `SELECT u.id, u.neighbourhood_code, u.max_placements_per_12_months, u.max_live_tenancies,
                (SELECT count(*) FROM tenancy t WHERE t.unit_id = u.id AND t.start_date > ($2::timestamptz - interval '12 months')::date)
              + (SELECT count(*) FROM match x WHERE x.unit_id = u.id AND x.status IN ${LIVE}) AS placements,
                (SELECT count(*) FROM tenancy t WHERE t.unit_id = u.id AND t.status = 'live')
              + (SELECT count(*) FROM match x WHERE x.unit_id = u.id AND x.status IN ${LIVE}) AS live
           FROM neighbourhood_unit u JOIN neighbourhood b ON b.code = u.neighbourhood_code JOIN municipality mu ON mu.code = b.municipality_code
          WHERE mu.region_code = $1
          ORDER BY u.id`,
        [region.code, now],
      ),
      // the exchange ledger counts a placement from its proposal on (live matches) and once housed
      await m.query(
        `SELECT mu.code,
                (SELECT count(*) FROM match x WHERE x.destination_municipality_code = mu.code AND x.origin_municipality_code <> mu.code
                    AND x.status IN ${LIVE.slice(0, -1)},'housed')) AS intake,
                (SELECT count(*) FROM match x WHERE x.origin_municipality_code = mu.code AND x.destination_municipality_code <> mu.code
                    AND x.status IN ${LIVE.slice(0, -1)},'housed')) AS sent
           FROM municipality mu WHERE mu.region_code = $1 ORDER BY mu.code`,
        [region.code],
      ),
      await m.query(`SELECT year, kwaliteitskortingsgrens FROM rent_parameters ORDER BY year`),
      await m.query(
        `SELECT DISTINCT x.vacancy_id, x.nomination_id FROM match x WHERE x.region_code = $1 AND x.status IN ('declined','expired','cancelled')
          ORDER BY x.vacancy_id, x.nomination_id`,
        [region.code],
      ),
    ];
    return {
      nominations: nominations.map(
        (r: Row): CandidateNomination => ({
          id: r.id as string,
          priorityClass: r.priority_class as PriorityClass,
          approvedAt: r.approved_at as Date,
          tieBreaker: Number(r.tie_breaker),
          originMunicipalityCode: r.origin_municipality_code as string,
          originExceptionMunicipalityCodes: (r.origin_exception_municipality_codes as string[] | null) ?? null,
          woonvariant: r.woonvariant as Woonvariant,
          householdSize: Number(r.household_size),
          minRooms: numOrNull(r.min_rooms),
          maxRent: numOrNull(r.max_rent),
          needs: r.needs as string[],
          avoidNeighbourhoodCodes: r.avoid_neighbourhood_codes as string[],
          construction: r.construction as Construction,
          readyFrom: r.ready_from === null ? null : dateOnly(r.ready_from as string),
          birthYear: numOrNull(r.birth_year),
          preferredMunicipalityCodes: r.preferred_municipality_codes as string[],
        }),
      ),
      vacancies: vacancies.map(
        (r: Row): OpenVacancy => ({
          id: r.id as string,
          municipalityCode: r.municipality_code as string,
          neighbourhoodCode: r.neighbourhood_code as string,
          unitId: (r.unit_id as string | null) ?? null,
          woonvariant: r.woonvariant as Woonvariant,
          rooms: Number(r.rooms),
          rent: Number(r.rent),
          availableFrom: dateOnly(r.available_from as string),
          accessible: r.accessible as boolean,
          floor: numOrNull(r.floor),
          constructions: r.constructions as Construction[],
          publishedAt: r.created_at as Date,
        }),
      ),
      neighbourhoods: loads.map(
        (r: Row): NeighbourhoodLoad => ({
          code: r.code as string,
          maxPlacementsPer12Months:
            (limits.has(r.code as string) ? limits.get(r.code as string)!.maxPlacementsPer12Months : numOrNull(r.max_placements_per_12_months)) ??
            region.defaultMaxPlacementsPer12Months,
          maxLiveTenancies:
            (limits.has(r.code as string) ? limits.get(r.code as string)!.maxLiveTenancies : numOrNull(r.max_live_tenancies)) ?? region.defaultMaxLiveTenancies,
          placementsLast12Months: Number(r.placements),
          liveTenancies: Number(r.live),
        }),
      ),
      units: units.map(
        (r: Row): UnitLoad => ({
          id: r.id as string,
          neighbourhoodCode: r.neighbourhood_code as string,
          maxPlacementsPer12Months: numOrNull(r.max_placements_per_12_months),
          maxLiveTenancies: numOrNull(r.max_live_tenancies),
          placementsLast12Months: Number(r.placements),
          liveTenancies: Number(r.live),
        }),
      ),
      exchange: {
        tolerance: region.exchangeTolerance,
        ledger: ledger.map((r: Row): ExchangeLedgerEntry => ({ municipalityCode: r.code as string, intakeFromElsewhere: Number(r.intake), sentElsewhere: Number(r.sent) })),
      },
      rentParameters: rent.map((r: Row) => ({ year: Number(r.year), kwaliteitskortingsgrens: Number(r.kwaliteitskortingsgrens) })),
      excludedPairs: excluded.map((r: Record<string, string>) => ({ vacancyId: r.vacancy_id, nominationId: r.nomination_id })),
      fitWeights: { ...DEFAULT_POLICY.fitWeights, ...region.fitWeights },
      asOf: now,
    };
  }
}
