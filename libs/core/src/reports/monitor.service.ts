import { Inject, Injectable } from '@nestjs/common';
import { AGE_BANDS, ageBand, Clock, isCalendarDate, median, percentile, planProgress, SUPPRESSED, SUPPRESSION_THRESHOLD, WAITING_BANDS, waitingBand } from '@tp/domain';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { countsTable, ReportDocument, ReportTable, suppressTable } from './report-table';
import { requireWholeMonths } from './period';

/** Who reads a report: the region, or one municipality of it, and whether small counts are hidden. */
export interface ReportScope {
  regionCode: string;
  municipalityCode: string | null;
  suppress: boolean;
}

/** Coordinator and auditor: the region (the auditor with small counts hidden); an officer: own municipality. */
export function reportScope(actor: Actor): ReportScope {
  return { regionCode: actor.regionCode!, municipalityCode: actor.role === 'municipal_officer' ? actor.municipalityCode : null, suppress: actor.role === 'auditor' };
}

export interface Period {
  from: string;
  to: string;
}

export function validPeriod(from: string, to: string): Period {
  const inRange = (d: string) => isCalendarDate(d) && d >= '2000-01-01' && d <= '2100-12-31';
  if (!inRange(from)) throw AppError.validation('from', 'must be a date like 2026-01-01, between 2000 and 2100');
  if (!inRange(to)) throw AppError.validation('to', 'must be a date like 2026-03-31, between 2000 and 2100');
  if (to < from) throw AppError.validation('to', 'must not lie before from');
  return { from, to };
}

export interface MonitorFigures {
  period: Period;
  regionCode: string;
  municipalityCode: string | null;
  tables: ReportTable[];
}

const CLIENT_TYPES = ['BW', 'MO', 'bemoeizorg', 'verslavingszorg', 'GGZ', 'forensic', 'youth'];
const SEXES = ['female', 'male', 'other', 'unknown'];
const FRAMEWORKS = ['Wmo', 'Zvw', 'Wlz', 'forensic', 'Jeugdwet', 'unknown'];
const OMKLAP = ['convert', 'extend', 'end'];
const EVENTS = ['time_out', 'returned', 'aanzegging', 'huisuitzetting'];

type Row = { k: string | null; n: number };
const byKey = (rows: Row[], keys: readonly string[], fallback = 'unknown') => {
  const m = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const r of rows) m.set(r.k ?? fallback, (m.get(r.k ?? fallback) ?? 0) + r.n);
  return [...m].map(([k, n]) => ({ keys: [k], values: [n] }));
};

/**
 * The regional monitor (DOMAIN.md, Monitoring) for a period: counted in SQL from the records, with
 * bands, percentiles and suppression from the domain. Inflow is the nominations submitted in the
 * period (distinct clients, by the deciding municipality); outflow is the tenancies that started in
 * it (by the municipality of the home); events count by their date.
 */
@Injectable()
export class MonitorService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  monitor(actor: Actor, from: string, to: string) {
    const scope = reportScope(actor);
    const period = scope.suppress ? requireWholeMonths(validPeriod(from, to)) : validPeriod(from, to);
    return this.uow.run(async (m) => present(await this.figures(m, scope.regionCode, scope.municipalityCode, period), scope.suppress, this.clock.now()));
  }

  /** The raw figures (no suppression) of a region or one municipality of it. */
  async figures(m: EntityManager, regionCode: string, municipalityCode: string | null, period: Period): Promise<MonitorFigures> {
    const fromTs = `${period.from}T00:00:00Z`;
    const toExcl = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86400000).toISOString();
    const p = [regionCode, fromTs, toExcl, municipalityCode, period.from, period.to];
    // every query declares all six parameters, so one that uses only some of them still types them
    const q = <T = Row>(sql: string): Promise<T[]> => m.query(`WITH period_params AS (SELECT $1::text, $2::timestamptz, $3::timestamptz, $4::text, $5::date, $6::date) ${sql}`, p);
    const inflow = `FROM nomination n JOIN client c ON c.id = n.client_id
      WHERE n.region_code = $1 AND n.submitted_at >= $2 AND n.submitted_at < $3 AND ($4::text IS NULL OR n.deciding_municipality_code = $4)`;
    const approved = `FROM nomination n WHERE n.region_code = $1 AND n.approved_at >= $2 AND n.approved_at < $3 AND ($4::text IS NULL OR n.deciding_municipality_code = $4)`;
    const housed = `FROM tenancy t JOIN client c ON c.id = t.client_id JOIN nomination n ON n.id = t.nomination_id
      WHERE t.region_code = $1 AND t.start_date BETWEEN $5::date AND $6::date AND ($4::text IS NULL OR t.municipality_code = $4 OR t.origin_municipality_code = $4)`;
    const events = `FROM tenancy_event e JOIN tenancy t ON t.id = e.tenancy_id
      WHERE t.region_code = $1 AND e.date BETWEEN $5::date AND $6::date AND ($4::text IS NULL OR t.municipality_code = $4 OR t.origin_municipality_code = $4)`;
    const municipalities: Array<{ code: string }> = await m.query(`SELECT code FROM municipality WHERE region_code = $1 AND ($2::text IS NULL OR code = $2) ORDER BY code`, [regionCode, municipalityCode]);
    const providers: Array<{ id: string; name: string }> = await m.query(`SELECT id, name FROM organisation WHERE region_code = $1 AND type = 'care_provider' ORDER BY name, id`, [regionCode]);

    const byYear = await q<{ k: number; n: number }>(`SELECT c.birth_year AS k, count(DISTINCT c.id)::int AS n ${inflow} GROUP BY 1`);
    const year = Number(period.to.slice(0, 4));
    const ages = byKey(byYear.map((r) => ({ k: ageBand(r.k, year), n: r.n })), AGE_BANDS);
    const waits = (await q<{ days: number; mun: string }>(`SELECT (t.start_date - (n.approved_at AT TIME ZONE 'UTC')::date)::int AS days, t.municipality_code AS mun ${housed}`)).map((r) => r.days);
    const bands = byKey(waits.map((d) => ({ k: waitingBand(d), n: 1 })), WAITING_BANDS.map((b) => b.key));

    const perMun = async (sql: string) => new Map((await q(sql)).map((r) => [r.k as string, r.n]));
    const mun = {
      submitted: await perMun(`SELECT n.deciding_municipality_code AS k, count(*)::int AS n ${inflow} GROUP BY 1`),
      approved: await perMun(`SELECT n.deciding_municipality_code AS k, count(*)::int AS n ${approved} GROUP BY 1`),
      housed: await perMun(`SELECT t.municipality_code AS k, count(*)::int AS n ${housed} GROUP BY 1`),
      timeOuts: await perMun(`SELECT t.municipality_code AS k, count(*)::int AS n ${events} AND e.type = 'time_out' GROUP BY 1`),
      notices: await perMun(`SELECT t.municipality_code AS k, count(*)::int AS n ${events} AND e.type = 'aanzegging' GROUP BY 1`),
      evictions: await perMun(`SELECT t.municipality_code AS k, count(*)::int AS n ${events} AND e.type = 'huisuitzetting' GROUP BY 1`),
    };
    const prov = {
      submitted: await perMun(`SELECT n.care_provider_id::text AS k, count(*)::int AS n ${inflow} GROUP BY 1`),
      approved: await perMun(`SELECT n.care_provider_id::text AS k, count(*)::int AS n ${approved} GROUP BY 1`),
      housed: await perMun(`SELECT t.care_provider_id::text AS k, count(*)::int AS n ${housed} GROUP BY 1`),
      inOrigin: await perMun(`SELECT t.care_provider_id::text AS k, count(*)::int AS n ${housed} AND t.municipality_code = t.origin_municipality_code GROUP BY 1`),
    };
    const matrix = await q<{ o: string; d: string; n: number }>(`SELECT t.origin_municipality_code AS o, t.municipality_code AS d, count(*)::int AS n ${housed} GROUP BY 1, 2 ORDER BY 1, 2`);
    const buurten: Array<{ code: string; mun: string; placed: number; live: number }> = await m.query(
      `SELECT b.code, b.municipality_code AS mun,
              (SELECT count(*) FROM tenancy t WHERE t.neighbourhood_code = b.code AND t.start_date BETWEEN $3::date AND $4::date)::int AS placed,
              (SELECT count(*) FROM tenancy t WHERE t.neighbourhood_code = b.code AND t.start_date <= $4::date AND (t.end_date IS NULL OR t.end_date > $4::date))::int AS live
         FROM neighbourhood b JOIN municipality mu ON mu.code = b.municipality_code
        WHERE mu.region_code = $1 AND ($2::text IS NULL OR mu.code = $2) ORDER BY b.code`,
      [regionCode, municipalityCode, period.from, period.to],
    );
    const usage = {
      placed: await perMun(`SELECT t.origin_municipality_code AS k, count(*)::int AS n ${housed} GROUP BY 1`),
      live: await perMun(`SELECT t.origin_municipality_code AS k, count(*)::int AS n FROM tenancy t
        WHERE t.region_code = $1 AND t.start_date <= $6::date AND (t.end_date IS NULL OR t.end_date > $6::date) AND ($4::text IS NULL OR t.municipality_code = $4 OR t.origin_municipality_code = $4) GROUP BY 1`),
    };
    // free text: the same words in another case or with other spaces are one situation
    const living = await q(`SELECT nullif(lower(btrim(regexp_replace(c.living_situation, '\\s+', ' ', 'g'))), '') AS k, count(DISTINCT c.id)::int AS n ${inflow} GROUP BY 1 ORDER BY 1`);
    // the plan as it stands, its deadlines overdue on the last day of the period (or today, when that comes first)
    const onDay = [period.to, this.clock.now().toISOString().slice(0, 10)].sort()[0];
    const plan = planProgress(await m.query(`SELECT state, deadlines FROM action_plan_action WHERE region_code = $1`, [regionCode]), onDay);
    const housedTotal = waits.length;
    const tables: ReportTable[] = [
      countsTable('clientsByType', 'Cliënten naar type (huidige setting)', ['type'], ['cliënten'], byKey(await q(`SELECT c.current_setting AS k, count(DISTINCT c.id)::int AS n ${inflow} GROUP BY 1`), CLIENT_TYPES)),
      countsTable('clientsBySex', 'Cliënten naar geslacht', ['geslacht'], ['cliënten'], byKey(await q(`SELECT c.sex AS k, count(DISTINCT c.id)::int AS n ${inflow} GROUP BY 1`), SEXES)),
      countsTable('clientsByAgeBand', 'Cliënten naar leeftijd', ['leeftijd'], ['cliënten'], ages),
      countsTable('inflowByLegalFramework', 'Instroom naar wettelijk kader', ['kader'], ['cliënten'], byKey(await q(`SELECT c.legal_framework AS k, count(DISTINCT c.id)::int AS n ${inflow} GROUP BY 1`), FRAMEWORKS)),
      countsTable('outflowByLegalFramework', 'Uitstroom naar wettelijk kader', ['kader'], ['gehuisvest'], byKey(await q(`SELECT c.legal_framework AS k, count(*)::int AS n ${housed} GROUP BY 1`), FRAMEWORKS)),
      {
        key: 'waitingTime',
        title: 'Wachttijd van goedkeuring tot huisvesting',
        dimensions: ['kengetal'],
        measures: ['waarde'],
        rows: [
          { keys: ['gehuisvest'], values: [housedTotal] },
          { keys: ['mediaan (dagen)'], values: [median(waits)] },
          { keys: ['p90 (dagen)'], values: [percentile(waits, 90)] },
        ],
        totals: null,
      },
      countsTable('waitingTimeBands', 'Wachttijd in klassen (dagen)', ['wachttijd'], ['gehuisvest'], bands),
      countsTable(
        'byMunicipality',
        'Per gemeente',
        ['gemeente'],
        ['voordrachten', 'goedgekeurd', 'gehuisvest', 'time-outs', 'aanzeggingen', 'huisuitzettingen'],
        municipalities.map(({ code }) => ({ keys: [code], values: [mun.submitted, mun.approved, mun.housed, mun.timeOuts, mun.notices, mun.evictions].map((x) => x.get(code) ?? 0) })),
      ),
      countsTable(
        'byCareProvider',
        'Per zorgaanbieder',
        ['zorgaanbieder'],
        ['voordrachten', 'goedgekeurd', 'gehuisvest', 'gehuisvest in gemeente van herkomst'],
        providers.map(({ id, name }) => ({ keys: [name], values: [prov.submitted, prov.approved, prov.housed, prov.inOrigin].map((x) => x.get(id) ?? 0) })),
      ),
      countsTable(
        'usageByMunicipality',
        'Verdeelsleutel: gebruik naar gemeente',
        ['gemeente'],
        ['voordrachten', 'plaatsingen', 'lopende huurovereenkomsten op einddatum'],
        municipalities.map(({ code }) => ({ keys: [code], values: [mun.submitted, usage.placed, usage.live].map((x) => x.get(code) ?? 0) })),
      ),
      countsTable('clientsByLivingSituation', 'Cliënten naar woonsituatie', ['woonsituatie'], ['cliënten'], living.map((r) => ({ keys: [r.k ?? 'unknown'], values: [r.n] }))),
      {
        key: 'actionPlan',
        title: `Voortgang regionaal actieplan (deadlines verstreken op ${onDay})`,
        dimensions: ['kengetal'],
        measures: ['acties'],
        // about actions, not clients: not suppressed
        rows: [
          { keys: ['open'], values: [plan.byState.open] },
          { keys: ['ongoing'], values: [plan.byState.ongoing] },
          { keys: ['done'], values: [plan.byState.done] },
          { keys: ['totaal'], values: [plan.total] },
          { keys: ['acties met verstreken deadline'], values: [plan.overdueActions] },
          { keys: ['verstreken deadlines'], values: [plan.overdueDeadlines] },
        ],
        totals: null,
      },
      {
        key: 'housedInOriginShare',
        title: 'Gehuisvest in de gemeente van herkomst: aandeel naar zorgaanbieder',
        dimensions: ['zorgaanbieder'],
        measures: ['gehuisvest', 'in gemeente van herkomst', 'aandeel (%)'],
        rows: [
          ...providers.map(({ id, name }) => ({ name, housed: prov.housed.get(id) ?? 0, inOrigin: prov.inOrigin.get(id) ?? 0 })),
          { name: 'regio', housed: [...prov.housed.values()].reduce((a, b) => a + b, 0), inOrigin: [...prov.inOrigin.values()].reduce((a, b) => a + b, 0) },
        ].map((x) => ({ keys: [x.name], values: [x.housed, x.inOrigin, share(x.inOrigin, x.housed)] })),
        totals: null,
      },
      countsTable('originDestination', 'Herkomst en bestemming van plaatsingen', ['herkomst', 'bestemming'], ['plaatsingen'], matrix.map((r) => ({ keys: [r.o, r.d], values: [r.n] }))),
      countsTable('omklap', 'Omklap: uitkomst van evaluaties', ['uitkomst'], ['evaluaties'], byKey(await q(`SELECT e.type AS k, count(*)::int AS n ${events} AND e.kind = 'evaluation' AND t.construction = 'omklap' GROUP BY 1`), OMKLAP)),
      countsTable('tenancyEvents', 'Time-outs, aanzeggingen en huisuitzettingen', ['gebeurtenis'], ['aantal'], byKey(await q(`SELECT e.type AS k, count(*)::int AS n ${events} AND e.kind = 'event' AND e.type IN ('time_out','returned','aanzegging','huisuitzetting') GROUP BY 1`), EVENTS)),
      countsTable('neighbourhoodLoad', 'Buurtbelasting', ['buurt', 'gemeente'], ['plaatsingen in periode', 'lopende huurovereenkomsten op einddatum'], buurten.map((b) => ({ keys: [b.code, b.mun], values: [b.placed, b.live] }))),
    ];
    return { period, regionCode, municipalityCode, tables };
  }
}

/** The figures as a reader sees them: with small counts hidden for the auditor, and the waiting statistics only over 5 or more placements. */
export function present(f: MonitorFigures, suppress: boolean, generatedAt: Date) {
  const tables = !suppress
    ? f.tables
    : f.tables.map((t) => {
        if (t.key === 'clientsByLivingSituation') return suppressTable(mergeRare(t));
        if (t.key === 'housedInOriginShare') return suppressShares(t);
        if (t.key !== 'waitingTime') return suppressTable(t);
        const few = (t.rows[0].values[0] as number) < SUPPRESSION_THRESHOLD;
        return { ...t, rows: t.rows.map((r, i) => ({ keys: r.keys, values: few ? [i === 0 ? SUPPRESSED : null] : r.values })) };
      });
  return { period: f.period, generatedAt, regionCode: f.regionCode, municipalityCode: f.municipalityCode, suppressed: suppress, tables };
}

/** A share in percent with one decimal; null without a denominator. */
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * The shares housed in the municipality of origin as a reader without access to personal data sees
 * them: no counts (they are in byCareProvider, suppressed as a group there; shown here they would undo
 * that), and a share only when both the clients housed in their municipality of origin and those
 * housed elsewhere number 5 or more (otherwise it gives a small count away).
 */
function suppressShares(t: ReportTable): ReportTable {
  return {
    ...t,
    rows: t.rows.map((r) => {
      const [housed, inOrigin, pct] = r.values as [number, number, number | null];
      const safe = inOrigin >= SUPPRESSION_THRESHOLD && housed - inOrigin >= SUPPRESSION_THRESHOLD;
      return { keys: r.keys, values: [null, null, safe ? pct : null] };
    }),
  };
}

/**
 * Living situation is free text: a rare one could name a person's circumstances. For readers without
 * access to personal data the situations of fewer than 5 clients are one row, "overig", before the
 * counts are suppressed.
 */
function mergeRare(t: ReportTable): ReportTable {
  const rare = t.rows.filter((r) => (r.values[0] as number) < SUPPRESSION_THRESHOLD);
  if (!rare.length) return t;
  const other = rare.reduce((s, r) => s + (r.values[0] as number), 0);
  return { ...t, rows: [...t.rows.filter((r) => !rare.includes(r)), { keys: ['overig'], values: [other] }] };
}

export type MonitorView = ReturnType<typeof present>;

export const monitorDocument = (r: MonitorView): ReportDocument => ({
  name: 'monitor',
  title: `Regionale monitor ${r.regionCode}${r.municipalityCode ? ` (${r.municipalityCode})` : ''}`,
  period: r.period,
  generatedAt: new Date(r.generatedAt),
  tables: r.tables,
});
