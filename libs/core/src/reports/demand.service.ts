import { Inject, Injectable } from '@nestjs/common';
import { Clock, HOUSEHOLD_CLASSES, householdClass, householdClassForRooms, huursegment, rentLimitsFor, RentLimits, suppressGroup } from '@tp/domain';
import { Actor } from '../auth/actor';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { reportScope } from './monitor.service';
import { ReportDocument } from './report-table';

type Limits = RentLimits;
const segmentOf = (rent: number | null, limits: Limits | null): string => (rent === null || limits === null ? 'onbekend' : huursegment(rent, limits));

/**
 * The demand inventory: expected outflow set against supply. Demand is every active or matched
 * nomination, plus every draft or submitted one whose client is ready (readyFrom) within the next
 * 12 months; by the deciding municipality, woonvariant, the huursegment of the nomination's maximum
 * rent and the household size. Supply is the vacancies published in the last 12 months, by their
 * municipality, woonvariant, the huursegment of their rent and the household their rooms suit.
 * Per municipality the contingents of this year count as supply too (what is still to come of them).
 */
@Injectable()
export class DemandService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  demand(actor: Actor) {
    const now = this.clock.now();
    const today = now.toISOString().slice(0, 10);
    const scope = reportScope(actor);
    return this.uow.run(async (m) => {
      const all: Limits[] = (await m.query(`SELECT year, kwaliteitskortingsgrens::float8 AS "kwaliteitskortingsgrens", lower_aftoppingsgrens::float8 AS "lowerAftoppingsgrens", upper_aftoppingsgrens::float8 AS "upperAftoppingsgrens", liberalisatiegrens::float8 AS "liberalisatiegrens" FROM rent_parameters`));
      const found = rentLimitsFor(now.getUTCFullYear(), all);
      const limits = found?.limits ?? null;
      const demandRows: Array<{ mun: string; woonvariant: string; rent: number | null; size: number; n: number }> = await m.query(
        `SELECT n.deciding_municipality_code AS mun, n.woonvariant, n.max_rent::float8 AS rent, c.household_size AS size, count(*)::int AS n
           FROM nomination n JOIN client c ON c.id = n.client_id
          WHERE n.region_code = $1 AND ($2::text IS NULL OR n.deciding_municipality_code = $2)
            AND (n.status IN ('active','matched') OR (n.status IN ('draft','submitted') AND n.ready_from IS NOT NULL AND n.ready_from <= ($3::date + interval '12 months')::date))
          GROUP BY 1, 2, 3, 4`,
        [scope.regionCode, scope.municipalityCode, today],
      );
      const supplyRows: Array<{ mun: string; woonvariant: string; rent: number; rooms: number; n: number }> = await m.query(
        `SELECT v.municipality_code AS mun, v.woonvariant, v.rent::float8 AS rent, v.rooms, count(*)::int AS n
           FROM vacancy v
          WHERE v.region_code = $1 AND ($2::text IS NULL OR v.municipality_code = $2) AND v.created_at > ($3::timestamptz - interval '12 months')
          GROUP BY 1, 2, 3, 4`,
        [scope.regionCode, scope.municipalityCode, now],
      );
      const contingents: Array<{ mun: string; agreed: number; delivered: number }> = await m.query(
        `SELECT mu.code AS mun,
                coalesce((SELECT sum(homes) FROM contingent k WHERE k.municipality_code = mu.code AND k.year = $3), 0)::int AS agreed,
                (SELECT count(*) FROM tenancy t WHERE t.municipality_code = mu.code AND t.start_date >= make_date($3, 1, 1) AND t.start_date <= $4::date)::int AS delivered
           FROM municipality mu WHERE mu.region_code = $1 AND ($2::text IS NULL OR mu.code = $2) ORDER BY mu.code`,
        [scope.regionCode, scope.municipalityCode, now.getUTCFullYear(), today],
      );
      const cells = new Map<string, { keys: string[]; demand: number; supply: number }>();
      const cell = (keys: string[]) => {
        const k = keys.join('\u0000');
        if (!cells.has(k)) cells.set(k, { keys, demand: 0, supply: 0 });
        return cells.get(k)!;
      };
      for (const r of demandRows) cell([r.mun, r.woonvariant, segmentOf(r.rent, limits), householdClass(r.size)]).demand += r.n;
      for (const r of supplyRows) cell([r.mun, r.woonvariant, segmentOf(r.rent, limits), householdClassForRooms(r.rooms)]).supply += r.n;
      const order = (k: string[]) => [k[0], k[1], k[2], String(HOUSEHOLD_CLASSES.indexOf(k[3] as never))].join('\u0000');
      const sorted = [...cells.values()].sort((a, b) => (order(a.keys) < order(b.keys) ? -1 : 1));
      const perMun = contingents.map((c) => {
        const demand = sorted.filter((x) => x.keys[0] === c.mun).reduce((s, x) => s + x.demand, 0);
        const vacancies = sorted.filter((x) => x.keys[0] === c.mun).reduce((s, x) => s + x.supply, 0);
        const remaining = Math.max(0, c.agreed - c.delivered);
        return { municipalityCode: c.mun, demand, vacancies, contingentAgreed: c.agreed, contingentDelivered: c.delivered, contingentRemaining: remaining, gap: demand - vacancies - remaining };
      });
      const hide = (xs: number[]) => (scope.suppress ? suppressGroup(xs).cells : xs);
      const [cd, cs] = [hide(sorted.map((c) => c.demand)), hide(sorted.map((c) => c.supply))];
      const [md, mv, mdel] = [hide(perMun.map((x) => x.demand)), hide(perMun.map((x) => x.vacancies)), hide(perMun.map((x) => x.contingentDelivered))];
      const shown = (i: number) => typeof md[i] === 'number' && typeof mv[i] === 'number' && typeof mdel[i] === 'number';
      return {
        generatedAt: now,
        asOf: today,
        rentLimitsYear: found?.limits.year ?? null,
        rentLimitsProvisional: found?.provisional ?? false,
        suppressed: scope.suppress,
        items: sorted.map((c, i) => ({
          municipalityCode: c.keys[0],
          woonvariant: c.keys[1],
          huursegment: c.keys[2],
          householdSize: c.keys[3],
          demand: cd[i],
          supply: cs[i],
          gap: typeof cd[i] === 'number' && typeof cs[i] === 'number' ? c.demand - c.supply : null,
        })),
        municipalities: perMun.map((x, i) => ({
          ...x,
          demand: md[i],
          vacancies: mv[i],
          contingentDelivered: mdel[i],
          contingentRemaining: typeof mdel[i] === 'number' ? x.contingentRemaining : null,
          gap: shown(i) ? x.gap : null,
        })),
      };
    });
  }
}

export const demandDocument = (r: Awaited<ReturnType<DemandService['demand']>>): ReportDocument => ({
  name: 'vraag-en-aanbod',
  title: `Vraag en aanbod (stand ${r.asOf}; huursegment naar de huurgrenzen van ${r.rentLimitsYear ?? '-'}${r.rentLimitsProvisional ? ', voorlopig' : ''})`,
  period: null,
  generatedAt: r.generatedAt,
  tables: [
    {
      key: 'demand',
      title: 'Vraag en aanbod per cel',
      dimensions: ['gemeente', 'woonvariant', 'huursegment', 'huishoudgrootte'],
      measures: ['verwachte uitstroom', 'aanbod laatste 12 maanden', 'tekort'],
      rows: r.items.map((i) => ({ keys: [i.municipalityCode, i.woonvariant, i.huursegment, i.householdSize], values: [i.demand, i.supply, i.gap] })),
      totals: null,
    },
    {
      key: 'demandByMunicipality',
      title: 'Vraag en aanbod per gemeente',
      dimensions: ['gemeente'],
      measures: ['verwachte uitstroom', 'aanbod laatste 12 maanden', 'contingent afgesproken', 'contingent geleverd', 'contingent nog te leveren', 'tekort'],
      rows: r.municipalities.map((x) => ({ keys: [x.municipalityCode], values: [x.demand, x.vacancies, x.contingentAgreed, x.contingentDelivered, x.contingentRemaining, x.gap] })),
      totals: null,
    },
  ],
});
