/**
 * Seeded generator of realistic matching rounds: a region of municipalities (one centrumgemeente much
 * larger), buurten with placement and live-tenancy limits (some already full), streets/complexes with
 * nested limits, the woonvariant mix of the transfer point, origin exceptions, clients under 23, an
 * exchange ledger with a tolerance. Same seed, same instance.
 */
import { CandidateNomination, Construction, MatchingInput, NeighbourhoodLoad, OpenVacancy, UnitLoad, Woonvariant } from '../libs/domain/src';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const chance = (p: number) => next() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const weighted = <T>(xs: ReadonlyArray<readonly [T, number]>): T => {
    let total = 0;
    for (const [, w] of xs) total += w;
    let r = next() * total;
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[xs.length - 1][0];
  };
  return { next, int, chance, pick, weighted };
}
export type Rng = ReturnType<typeof rng>;

export interface RegionSpec {
  seed: number;
  municipalities: number;
  /** Open vacancies per buurt on average. */
  vacanciesPerBuurt: number;
  tolerance: number;
  /** Weight of the centrumgemeente against about 1.3 for each other municipality (default 4). */
  centrumWeight?: number;
}

export interface InstanceSpec extends RegionSpec {
  name: string;
  nominations: number;
  vacancies: number;
}

const DAY = 86_400_000;
export const AS_OF = new Date(Date.UTC(2026, 2, 2, 6, 0, 0));
export const RENT_PARAMETERS = [
  { year: 2025, kwaliteitskortingsgrens: 477.2 },
  { year: 2026, kwaliteitskortingsgrens: 498.2 },
];

const VARIANT_MIX: ReadonlyArray<readonly [Woonvariant, number]> = [
  ['zelfstandig', 45],
  ['kleine_zelfstandige_wooneenheid', 25],
  ['kamer', 18],
  ['groepswonen', 8],
  ['skaeve_huse', 4],
];
const RENT_BAND: Record<Woonvariant, [number, number]> = {
  zelfstandig: [450, 900],
  kleine_zelfstandige_wooneenheid: [400, 560],
  kamer: [300, 460],
  groepswonen: [380, 600],
  skaeve_huse: [480, 700],
};
const CONSTRUCTION_MIX: ReadonlyArray<readonly [Construction, number]> = [
  ['regulier', 55],
  ['omklap', 35],
  ['onder_voorwaarden', 10],
];

/** The region's fixed geography: municipalities with weights, buurten, units. */
export interface Region {
  municipalities: Array<{ code: string; weight: number; buurten: string[] }>;
  neighbourhoods: NeighbourhoodLoad[];
  units: UnitLoad[];
  unitsByBuurt: Map<string, string[]>;
  ledger: Array<{ municipalityCode: string; intakeFromElsewhere: number; sentElsewhere: number }>;
}

export function generateRegion(spec: RegionSpec, buurtCount: number, r: Rng): Region {
  const municipalities = Array.from({ length: spec.municipalities }, (_, k) => ({
    code: `GM${String(100 + k * 7).padStart(4, '0')}`,
    weight: k === 0 ? (spec.centrumWeight ?? 4) : 0.6 + r.next() * 1.4,
    buurten: [] as string[],
  }));
  const totalWeight = municipalities.reduce((s, m) => s + m.weight, 0);
  const neighbourhoods: NeighbourhoodLoad[] = [];
  const units: UnitLoad[] = [];
  const unitsByBuurt = new Map<string, string[]>();
  for (const m of municipalities) {
    const count = Math.max(2, Math.round((buurtCount * m.weight) / totalWeight));
    for (let b = 0; b < count; b++) {
      const code = `BU${m.code.slice(2)}${String(b).padStart(4, '0')}`;
      m.buurten.push(code);
      if (r.chance(0.85)) {
        const maxP = r.chance(0.6) ? r.int(2, 8) : null;
        const maxT = r.chance(0.5) ? r.int(4, 15) : null;
        neighbourhoods.push({
          code,
          maxPlacementsPer12Months: maxP,
          maxLiveTenancies: maxT,
          placementsLast12Months: maxP === null ? r.int(0, 6) : r.chance(0.1) ? maxP : r.int(0, Math.max(0, maxP - 1)),
          liveTenancies: maxT === null ? r.int(0, 12) : r.chance(0.08) ? maxT : r.int(0, Math.max(0, maxT - 2)),
        });
      }
      if (r.chance(0.25)) {
        const ids: string[] = [];
        for (let u = r.int(1, 3); u > 0; u--) {
          const id = `${code}-C${u}`;
          ids.push(id);
          const maxP = r.chance(0.7) ? r.int(1, 3) : null;
          const maxT = maxP === null || r.chance(0.5) ? r.int(2, 6) : null;
          units.push({ id, neighbourhoodCode: code, maxPlacementsPer12Months: maxP, maxLiveTenancies: maxT, placementsLast12Months: r.int(0, 2), liveTenancies: r.int(0, 3) });
        }
        unitsByBuurt.set(code, ids);
      }
    }
  }
  const ledger = municipalities.map((m) => ({ municipalityCode: m.code, intakeFromElsewhere: r.int(0, 10), sentElsewhere: r.int(0, 10) }));
  return { municipalities, neighbourhoods, units, unitsByBuurt, ledger };
}

export function generateVacancy(region: Region, r: Rng, id: string, publishedAt: Date, availableFrom: Date): OpenVacancy {
  const m = r.weighted(region.municipalities.map((x) => [x, x.weight] as const));
  const neighbourhoodCode = r.pick(m.buurten);
  const unitIds = region.unitsByBuurt.get(neighbourhoodCode);
  const woonvariant = r.weighted(VARIANT_MIX);
  const [lo, hi] = RENT_BAND[woonvariant];
  const constructions: Construction[] = r.weighted<Construction[]>([
    [['regulier', 'omklap', 'onder_voorwaarden'], 50],
    [['regulier', 'omklap'], 30],
    [['regulier'], 20],
  ]);
  return {
    id,
    municipalityCode: m.code,
    neighbourhoodCode,
    unitId: unitIds && r.chance(0.5) ? r.pick(unitIds) : null,
    woonvariant,
    rooms: woonvariant === 'zelfstandig' ? r.weighted([[1, 20], [2, 50], [3, 25], [4, 5]]) : woonvariant === 'skaeve_huse' ? r.int(1, 2) : 1,
    rent: Math.round((lo + r.next() * (hi - lo)) * 100) / 100,
    availableFrom,
    accessible: r.chance(0.15),
    floor: r.chance(0.05) ? null : r.chance(0.35) ? 0 : r.int(1, 4),
    constructions,
    publishedAt,
  };
}

export function generateNomination(region: Region, r: Rng, id: string, approvedAt: Date, asOf: Date): CandidateNomination {
  const regionCodes = region.municipalities.map((m) => m.code);
  const origin = r.weighted<string>([
    [r.weighted(region.municipalities.map((x) => [x.code, x.weight] as const)), 94],
    ['unknown', 3],
    ['GM9001', 3],
  ]);
  const exc = r.weighted<'none' | 'list' | 'anywhere'>([
    ['none', 78],
    ['list', 16],
    ['anywhere', 6],
  ]);
  const woonvariant = r.weighted(VARIANT_MIX);
  const householdSize = woonvariant === 'zelfstandig' ? r.weighted([[1, 80], [2, 14], [3, 6]]) : 1;
  const young = r.chance(0.18);
  const year = asOf.getUTCFullYear();
  const [lo, hi] = RENT_BAND[woonvariant];
  const needs: string[] = [];
  if (r.chance(0.1)) needs.push('ground_floor');
  if (r.chance(0.05)) needs.push('accessible');
  if (r.chance(0.1)) needs.push('low_stimulus');
  const avoid: string[] = [];
  if (r.chance(0.1)) {
    const m = region.municipalities.find((x) => x.code === origin) ?? region.municipalities[0];
    for (let k = r.int(1, 3); k > 0; k--) avoid.push(r.pick(m.buurten));
  }
  return {
    id,
    priorityClass: r.chance(0.1) ? 'urgent' : 'normal',
    approvedAt,
    tieBreaker: r.next(),
    originMunicipalityCode: origin,
    originExceptionMunicipalityCodes:
      exc === 'none' ? null : exc === 'anywhere' ? [] : [...new Set(Array.from({ length: r.int(1, 2) }, () => r.pick(regionCodes)))],
    woonvariant,
    householdSize,
    minRooms: r.chance(0.1) ? r.int(1, 2) : null,
    maxRent: r.chance(0.7) ? Math.round(lo + (0.55 + 0.6 * r.next()) * (hi - lo)) : null,
    needs,
    avoidNeighbourhoodCodes: avoid,
    construction: r.weighted(CONSTRUCTION_MIX),
    readyFrom: r.chance(0.25) ? new Date(asOf.getTime() + r.int(-30, 90) * DAY) : null,
    birthYear: young ? year - r.int(18, 22) : year - r.int(23, 66),
    preferredMunicipalityCodes: r.chance(0.3) ? [...new Set([r.pick(regionCodes), r.pick(regionCodes)])].slice(0, r.int(1, 2)) : undefined,
  };
}

/** One round: `nominations` in the queue and `vacancies` open, with everything already placed in the loads and the ledger. */
export function generateInstance(spec: InstanceSpec): MatchingInput {
  const r = rng(spec.seed);
  const region = generateRegion(spec, Math.max(4, Math.round(spec.vacancies / spec.vacanciesPerBuurt)), r);
  const vacancies = Array.from({ length: spec.vacancies }, (_, k) =>
    generateVacancy(region, r, `v${k}`, new Date(AS_OF.getTime() - r.int(0, 30) * DAY), new Date(AS_OF.getTime() + r.int(0, 120) * DAY)),
  );
  const nominations = Array.from({ length: spec.nominations }, (_, k) => generateNomination(region, r, `n${k}`, new Date(AS_OF.getTime() - r.int(1, 730) * DAY), AS_OF));
  const excludedPairs = Array.from({ length: Math.round(spec.nominations / 20) }, () => ({ vacancyId: r.pick(vacancies).id, nominationId: r.pick(nominations).id }));
  return {
    nominations,
    vacancies,
    neighbourhoods: region.neighbourhoods,
    units: region.units,
    excludedPairs,
    exchange: { tolerance: spec.tolerance, ledger: region.ledger },
    rentParameters: RENT_PARAMETERS,
    asOf: AS_OF,
  };
}

export const INSTANCES: Record<'typical' | 'medium' | 'large', InstanceSpec> = {
  typical: { name: 'typical', seed: 8001, nominations: 500, vacancies: 200, municipalities: 6, vacanciesPerBuurt: 3, tolerance: 3 },
  medium: { name: 'medium', seed: 8002, nominations: 2000, vacancies: 800, municipalities: 6, centrumWeight: 10, vacanciesPerBuurt: 3, tolerance: 5 },
  large: { name: 'large', seed: 8003, nominations: 10000, vacancies: 4000, municipalities: 20, vacanciesPerBuurt: 3, tolerance: 8 },
};
