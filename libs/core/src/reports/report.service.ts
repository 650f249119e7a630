import { Inject, Injectable } from '@nestjs/common';
import { Clock, LIVE_MATCH_STATUSES } from '@tp/domain';
import { Actor } from '../auth/actor';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { RegionEntity } from '../database/entities';
import { countsTable, ReportDocument } from './report-table';

const LIVE = `('${LIVE_MATCH_STATUSES.join("','")}')`;

/**
 * The exchange ledger and the buurt load, as the matching sees them (a live match counts from its
 * proposal). Officers see their own municipality's rows, the coordinator the region's.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  exchangeLedger(actor: Actor) {
    return this.uow.run(async (m) => {
      const rows: Array<{ from: string; to: string; proposed: number; housed: number }> = await m.query(
        `SELECT x.origin_municipality_code AS "from", x.destination_municipality_code AS "to",
                count(*) FILTER (WHERE x.status IN ${LIVE})::int AS proposed, count(*) FILTER (WHERE x.status = 'housed')::int AS housed
           FROM match x
          WHERE x.region_code = $1 AND x.origin_municipality_code <> x.destination_municipality_code
            AND (x.status IN ${LIVE} OR x.status = 'housed')
            AND ($2::text IS NULL OR x.origin_municipality_code = $2 OR x.destination_municipality_code = $2)
          GROUP BY 1, 2 ORDER BY 1, 2`,
        [actor.regionCode, actor.role === 'coordinator' ? null : actor.municipalityCode],
      );
      return {
        generatedAt: this.clock.now(),
        items: rows.map((r) => ({ fromMunicipalityCode: r.from, toMunicipalityCode: r.to, placements: r.proposed + r.housed, proposed: r.proposed, housed: r.housed })),
      };
    });
  }

  neighbourhoodLoad(actor: Actor) {
    return this.uow.run(async (m) => {
      const region = await m.findOneByOrFail(RegionEntity, { code: actor.regionCode! });
      const now = this.clock.now();
      const rows: Array<Record<string, unknown>> = await m.query(
        `SELECT b.code, b.municipality_code, b.max_placements_per_12_months, b.max_live_tenancies,
                (SELECT count(*) FROM tenancy t WHERE t.neighbourhood_code = b.code AND t.start_date > ($2::timestamptz - interval '12 months')::date)::int AS housed_12,
                (SELECT count(*) FROM tenancy t WHERE t.neighbourhood_code = b.code AND t.status = 'live')::int AS live_tenancies,
                (SELECT count(*) FROM match x WHERE x.neighbourhood_code = b.code AND x.status IN ${LIVE})::int AS live_matches
           FROM neighbourhood b JOIN municipality mu ON mu.code = b.municipality_code
          WHERE mu.region_code = $1 AND ($3::text IS NULL OR mu.code = $3)
          ORDER BY b.code`,
        [region.code, now, actor.role === 'coordinator' ? null : actor.municipalityCode],
      );
      return {
        generatedAt: now,
        items: rows.map((r) => ({
          neighbourhoodCode: r.code as string,
          municipalityCode: r.municipality_code as string,
          placementsLast12Months: (r.housed_12 as number) + (r.live_matches as number),
          liveTenancies: (r.live_tenancies as number) + (r.live_matches as number),
          liveMatches: r.live_matches as number,
          maxPlacementsPer12Months: (r.max_placements_per_12_months as number | null) ?? region.defaultMaxPlacementsPer12Months,
          maxLiveTenancies: (r.max_live_tenancies as number | null) ?? region.defaultMaxLiveTenancies,
        })),
      };
    });
  }
}

type Ledger = Awaited<ReturnType<ReportService['exchangeLedger']>>;
type Load = Awaited<ReturnType<ReportService['neighbourhoodLoad']>>;

export const exchangeLedgerDocument = (r: Ledger): ReportDocument => ({
  name: 'uitwisseling',
  title: 'Uitwisseling tussen gemeenten (voorgesteld en gehuisvest)',
  period: null,
  generatedAt: r.generatedAt,
  tables: [
    countsTable('exchangeLedger', 'Uitwisseling', ['van gemeente', 'naar gemeente'], ['plaatsingen', 'voorgesteld', 'gehuisvest'], r.items.map((i) => ({ keys: [i.fromMunicipalityCode, i.toMunicipalityCode], values: [i.placements, i.proposed, i.housed] }))),
  ],
});

export const neighbourhoodLoadDocument = (r: Load): ReportDocument => ({
  name: 'buurtbelasting',
  title: 'Buurtbelasting',
  period: null,
  generatedAt: r.generatedAt,
  tables: [
    {
      key: 'neighbourhoodLoad',
      title: 'Buurtbelasting',
      dimensions: ['buurt', 'gemeente'],
      measures: ['plaatsingen laatste 12 maanden', 'lopende huurovereenkomsten', 'lopende matches', 'maximum plaatsingen per 12 maanden', 'maximum lopende huurovereenkomsten'],
      rows: r.items.map((i) => ({ keys: [i.neighbourhoodCode, i.municipalityCode], values: [i.placementsLast12Months, i.liveTenancies, i.liveMatches, i.maxPlacementsPer12Months, i.maxLiveTenancies] })),
      totals: null,
    },
  ],
});
