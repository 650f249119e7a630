import fc from 'fast-check';
import {
  CandidateNomination,
  compileRound,
  Construction,
  CONSTRUCTIONS,
  fitCost,
  isEligible,
  MatchingInput,
  MatchingOutcome,
  NeighbourhoodLoad,
  OpenVacancy,
  PRIORITY_CLASSES,
  queueOrder,
  UnitLoad,
} from '@tp/domain';

/**
 * An independent, deliberately naive model of the rules of issue 8, used to judge the engine:
 * eligibility straight from checkEligibility plus the under-23 cap, capacities from the input rows,
 * the exchange tolerance selection, and brute-force feasibility / optimisation on tiny instances.
 */
export interface RefModel {
  input: MatchingInput;
  /** Queue order. */
  queue: CandidateNomination[];
  vacancies: OpenVacancy[];
  /** Pair rules only (before the tolerance). */
  pairOk(n: CandidateNomination, v: OpenVacancy): boolean;
  /** Pair rules and the exchange tolerance: the pairs a round may use. */
  allowed(n: CandidateNomination, v: OpenVacancy): boolean;
  /** Remaining places of a vacancy's buurt and unit before the round (Infinity: no limit). */
  buurtCap(code: string): number;
  unitCap(id: string | null | undefined): number;
  room: Map<string, number>;
  /** Cost of a pair in thousandths (the engine's cost definition, evaluated independently of its solver). */
  cost(n: CandidateNomination, v: OpenVacancy): number;
}

const rem = (l: { maxPlacementsPer12Months: number | null; maxLiveTenancies: number | null; placementsLast12Months: number; liveTenancies: number }) => {
  const p = l.maxPlacementsPer12Months === null ? Infinity : l.maxPlacementsPer12Months - l.placementsLast12Months;
  const t = l.maxLiveTenancies === null ? Infinity : l.maxLiveTenancies - l.liveTenancies;
  return Math.max(0, Math.min(p, t));
};

export function refAffordable(n: CandidateNomination, v: OpenVacancy, params: MatchingInput['rentParameters']): boolean {
  if (params === undefined || n.birthYear === undefined || n.birthYear === null) return true;
  const year = v.availableFrom.getUTCFullYear();
  if (year > n.birthYear + 23) return true;
  const known = params.filter((p) => p.year <= year).sort((a, b) => b.year - a.year);
  if (known.length === 0) return false;
  return v.rent <= known[0].kwaliteitskortingsgrens;
}

export function refModel(input: MatchingInput): RefModel {
  const queue = queueOrder(input.nominations);
  const vacancies = input.vacancies;
  const excluded = new Set(input.excludedPairs.map((p) => `${p.vacancyId}|${p.nominationId}`));
  const memo = new Map<string, boolean>();
  const pairOk = (n: CandidateNomination, v: OpenVacancy) => {
    const key = `${v.id}|${n.id}`;
    let ok = memo.get(key);
    if (ok === undefined) memo.set(key, (ok = isEligible(n, v) && !excluded.has(key) && refAffordable(n, v, input.rentParameters)));
    return ok;
  };
  const buurtCap = (code: string) => {
    const l = input.neighbourhoods.find((x) => x.code === code);
    return l === undefined ? Infinity : rem(l);
  };
  const unitCap = (id: string | null | undefined) => {
    const u = id ? (input.units ?? []).find((x) => x.id === id) : undefined;
    return u === undefined ? Infinity : rem(u);
  };
  const roomAtStart = (v: OpenVacancy) => buurtCap(v.neighbourhoodCode) > 0 && unitCap(v.unitId) > 0;
  const room = new Map<string, number>();
  const admitted = new Set<string>();
  if (input.exchange) {
    const munis = [...new Set(vacancies.map((v) => v.municipalityCode))];
    for (const m of munis) {
      const rows = input.exchange.ledger.filter((e) => e.municipalityCode === m);
      const net = rows.reduce((s, e) => s + e.intakeFromElsewhere - e.sentElsewhere, 0);
      const r = Math.max(0, Math.floor(input.exchange.tolerance - net));
      room.set(m, r);
      const outsiders = queue.filter((n) => n.originMunicipalityCode !== m && vacancies.some((v) => v.municipalityCode === m && roomAtStart(v) && pairOk(n, v)));
      for (const n of outsiders.slice(0, r)) admitted.add(`${n.id}|${m}`);
    }
  }
  const allowed = (n: CandidateNomination, v: OpenVacancy) =>
    pairOk(n, v) && (input.exchange === undefined || n.originMunicipalityCode === v.municipalityCode || !roomAtStart(v) || admitted.has(`${n.id}|${v.municipalityCode}`));
  const r = compileRound(input);
  const ni = new Map(r.nominations.map((n, i) => [n.id, i]));
  const vi = new Map(r.vacancies.map((v, j) => [v.id, j]));
  const cost = (n: CandidateNomination, v: OpenVacancy) => fitCost(r, ni.get(n.id)!, vi.get(v.id)!);
  return { input, queue, vacancies, pairOk, allowed, buurtCap, unitCap, room, cost };
}

/**
 * Brute force: the best assignment of the given nominations, each to a distinct allowed vacancy within
 * every buurt and unit limit. mode 'feasible': whether all can be placed; 'max': most placeable;
 * 'mincost': least total cost placing all (Infinity when impossible).
 */
export function bruteForce(m: RefModel, ns: CandidateNomination[], mode: 'feasible' | 'max' | 'mincost'): number {
  const usedV = new Set<string>();
  const usedB = new Map<string, number>();
  const usedU = new Map<string, number>();
  let best = mode === 'mincost' ? Infinity : 0;
  const go = (k: number, placed: number, cost: number): boolean => {
    if (mode === 'max' && placed + (ns.length - k) <= best) return false;
    if (mode === 'mincost' && cost >= best) return false;
    if (k === ns.length) {
      if (mode === 'max') best = Math.max(best, placed);
      else if (mode === 'mincost') best = Math.min(best, cost);
      else best = 1;
      return mode === 'feasible';
    }
    const n = ns[k];
    for (const v of m.vacancies) {
      if (usedV.has(v.id) || !m.allowed(n, v)) continue;
      const b = usedB.get(v.neighbourhoodCode) ?? 0;
      if (b + 1 > m.buurtCap(v.neighbourhoodCode)) continue;
      const u = v.unitId ? (usedU.get(v.unitId) ?? 0) : 0;
      if (v.unitId && u + 1 > m.unitCap(v.unitId)) continue;
      usedV.add(v.id);
      usedB.set(v.neighbourhoodCode, b + 1);
      if (v.unitId) usedU.set(v.unitId, u + 1);
      const done = go(k + 1, placed + 1, mode === 'mincost' ? cost + m.cost(n, v) : cost);
      usedV.delete(v.id);
      usedB.set(v.neighbourhoodCode, b);
      if (v.unitId) usedU.set(v.unitId, u);
      if (done) return true;
    }
    if (mode === 'max') return go(k + 1, placed, cost);
    return false;
  };
  go(0, 0, 0);
  return best;
}

/** Every hard constraint of a round's outcome, judged by the reference model; returns the violations. */
export function violations(m: RefModel, out: MatchingOutcome): string[] {
  const bad: string[] = [];
  const ns = new Map(m.input.nominations.map((n) => [n.id, n]));
  const vs = new Map(m.input.vacancies.map((v) => [v.id, v]));
  const seenN = new Set<string>();
  const seenV = new Set<string>();
  const perB = new Map<string, number>();
  const perU = new Map<string, number>();
  const outsidersIn = new Map<string, number>();
  for (const p of out.proposals) {
    const n = ns.get(p.nominationId);
    const v = vs.get(p.vacancyId);
    if (!n || !v) {
      bad.push(`unknown pair ${p.nominationId}/${p.vacancyId}`);
      continue;
    }
    if (!m.allowed(n, v)) bad.push(`pair ${n.id}/${v.id} is not allowed`);
    if (seenN.has(n.id)) bad.push(`nomination ${n.id} twice`);
    if (seenV.has(v.id)) bad.push(`vacancy ${v.id} twice`);
    seenN.add(n.id);
    seenV.add(v.id);
    perB.set(v.neighbourhoodCode, (perB.get(v.neighbourhoodCode) ?? 0) + 1);
    if (v.unitId) perU.set(v.unitId, (perU.get(v.unitId) ?? 0) + 1);
    if (n.originMunicipalityCode !== v.municipalityCode) outsidersIn.set(v.municipalityCode, (outsidersIn.get(v.municipalityCode) ?? 0) + 1);
    if (![...p.explanation.rules, ...(p.explanation.additionalRules ?? [])].every((r) => r.passed)) bad.push(`explanation of ${n.id}/${v.id} lists a failed rule`);
  }
  for (const [b, k] of perB) if (k > m.buurtCap(b)) bad.push(`buurt ${b} over its limit`);
  for (const [u, k] of perU) if (k > m.unitCap(u)) bad.push(`unit ${u} over its limit`);
  if (m.input.exchange) for (const [mu, k] of outsidersIn) if (k > (m.room.get(mu) ?? 0)) bad.push(`${mu} took ${k} clients from elsewhere, room ${m.room.get(mu)}`);
  return bad;
}

// ---------------------------------------------------------------- generators

export const MUNIS = ['GM0150', 'GM0301', 'GM0200'];
export const BUURTEN: Record<string, string[]> = {
  GM0150: ['BU01500101', 'BU01500102'],
  GM0301: ['BU03010101'],
  GM0200: ['BU02000101'],
};
const ALL_BUURTEN = Object.values(BUURTEN).flat();
const UNITS: Record<string, string[]> = { BU01500101: ['U-a', 'U-b'], BU03010101: ['U-c'] };
const VARIANTS = ['zelfstandig', 'kamer'] as const;
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
const day = (k: number) => new Date(BASE + k * DAY);

export const arbNomination = (id: string): fc.Arbitrary<CandidateNomination> =>
  fc.record({
    id: fc.constant(id),
    priorityClass: fc.constantFrom(...PRIORITY_CLASSES),
    approvedAt: fc.integer({ min: 0, max: 30 }).map(day),
    tieBreaker: fc.constantFrom(0, 0.5, 1),
    originMunicipalityCode: fc.oneof({ arbitrary: fc.constantFrom(...MUNIS), weight: 10 }, { arbitrary: fc.constant('unknown'), weight: 1 }),
    originExceptionMunicipalityCodes: fc.oneof(
      { arbitrary: fc.constant<string[]>([]), weight: 3 },
      { arbitrary: fc.constant<string[] | null>(null), weight: 2 },
      { arbitrary: fc.subarray(MUNIS, { minLength: 1 }), weight: 2 },
    ),
    woonvariant: fc.oneof({ arbitrary: fc.constant(VARIANTS[0]), weight: 8 }, { arbitrary: fc.constant(VARIANTS[1]), weight: 1 }),
    householdSize: fc.oneof({ arbitrary: fc.constant(1), weight: 4 }, { arbitrary: fc.constant(2), weight: 1 }),
    minRooms: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 1 }),
    maxRent: fc.option(fc.integer({ min: 500, max: 900 }), { nil: null, freq: 2 }),
    needs: fc.oneof({ arbitrary: fc.constant<string[]>([]), weight: 6 }, { arbitrary: fc.subarray(['ground_floor', 'accessible', 'low_stimulus']), weight: 1 }),
    avoidNeighbourhoodCodes: fc.oneof({ arbitrary: fc.constant<string[]>([]), weight: 5 }, { arbitrary: fc.subarray(ALL_BUURTEN, { maxLength: 1 }), weight: 1 }),
    construction: fc.oneof({ arbitrary: fc.constant<Construction>('regulier'), weight: 4 }, { arbitrary: fc.constantFrom(...CONSTRUCTIONS), weight: 1 }),
    readyFrom: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.integer({ min: 40, max: 70 }).map(day), weight: 1 }),
    birthYear: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.integer({ min: 1998, max: 2008 }), weight: 1 }),
    preferredMunicipalityCodes: fc.option(fc.subarray(MUNIS), { nil: undefined, freq: 2 }),
  });

export const arbVacancy = (id: string): fc.Arbitrary<OpenVacancy> =>
  fc
    .record({ municipalityCode: fc.constantFrom(...MUNIS), pick: fc.nat(), unitPick: fc.nat() })
    .chain(({ municipalityCode, pick, unitPick }) => {
      const buurten = BUURTEN[municipalityCode];
      const neighbourhoodCode = buurten[pick % buurten.length];
      const units = UNITS[neighbourhoodCode] ?? [];
      const unitId = units.length === 0 || unitPick % 3 === 0 ? null : units[unitPick % units.length];
      return fc.record({
        id: fc.constant(id),
        municipalityCode: fc.constant(municipalityCode),
        neighbourhoodCode: fc.constant(neighbourhoodCode),
        unitId: fc.constant(unitId),
        woonvariant: fc.oneof({ arbitrary: fc.constant(VARIANTS[0]), weight: 8 }, { arbitrary: fc.constant(VARIANTS[1]), weight: 1 }),
        rooms: fc.integer({ min: 1, max: 3 }),
        rent: fc.integer({ min: 400, max: 750 }),
        availableFrom: fc.integer({ min: 40, max: 420 }).map(day),
        accessible: fc.boolean(),
        floor: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null, freq: 6 }),
        constructions: fc.oneof({ arbitrary: fc.constant<Construction[]>([...CONSTRUCTIONS]), weight: 5 }, { arbitrary: fc.subarray<Construction>([...CONSTRUCTIONS]), weight: 1 }),
        publishedAt: fc.integer({ min: 0, max: 30 }).map(day),
      });
    });

const arbLimits = {
  maxPlacementsPer12Months: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 2 }),
  maxLiveTenancies: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null, freq: 2 }),
  placementsLast12Months: fc.integer({ min: 0, max: 3 }),
  liveTenancies: fc.integer({ min: 0, max: 3 }),
};
const arbLoad = (code: string): fc.Arbitrary<NeighbourhoodLoad> => fc.record({ code: fc.constant(code), ...arbLimits });
const arbUnit = (id: string, buurt: string): fc.Arbitrary<UnitLoad> => fc.record({ id: fc.constant(id), neighbourhoodCode: fc.constant(buurt), ...arbLimits });

export interface Sizes {
  maxN: number;
  maxV: number;
}

/** Instances with every feature of the round: limits, nested units, origin exceptions, tolerance, under-23, weights. */
export const arbInput = ({ maxN, maxV }: Sizes): fc.Arbitrary<MatchingInput> =>
  fc.record({ nCount: fc.integer({ min: 0, max: maxN }), vCount: fc.integer({ min: 0, max: maxV }) }).chain(({ nCount, vCount }) => {
    const nIds = Array.from({ length: nCount }, (_, i) => `n${i}`);
    const vIds = Array.from({ length: vCount }, (_, i) => `v${i}`);
    const unitRows = Object.entries(UNITS).flatMap(([b, us]) => us.map((u) => ({ u, b })));
    return fc.record({
      nominations: fc.tuple(...nIds.map(arbNomination)),
      vacancies: fc.tuple(...vIds.map(arbVacancy)),
      neighbourhoods: fc.subarray(ALL_BUURTEN).chain((codes) => fc.tuple(...codes.map(arbLoad))),
      units: fc.subarray(unitRows).chain((rows) => fc.tuple(...rows.map(({ u, b }) => arbUnit(u, b)))),
      excludedPairs: fc.constant(vIds.flatMap((vacancyId) => nIds.map((nominationId) => ({ vacancyId, nominationId })))).chain((all) => fc.subarray(all, { maxLength: Math.min(3, all.length) })),
      exchange: fc.option(
        fc.record({
          tolerance: fc.integer({ min: 0, max: 3 }),
          ledger: fc.subarray(MUNIS).chain((ms) =>
            fc.tuple(...ms.map((m) => fc.record({ municipalityCode: fc.constant(m), intakeFromElsewhere: fc.integer({ min: 0, max: 4 }), sentElsewhere: fc.integer({ min: 0, max: 4 }) }))),
          ),
        }),
        { nil: undefined, freq: 2 },
      ),
      rentParameters: fc.option(fc.constant([{ year: 2026, kwaliteitskortingsgrens: 600 }]), { nil: undefined, freq: 2 }),
      fitWeights: fc.option(
        fc.record({
          originMunicipality: fc.integer({ min: 0, max: 10 }),
          preferredMunicipality: fc.integer({ min: 0, max: 10 }),
          rentFit: fc.integer({ min: 0, max: 10 }),
          waitingTime: fc.integer({ min: 0, max: 10 }),
        }),
        { nil: undefined, freq: 2 },
      ),
      asOf: fc.option(fc.integer({ min: 30, max: 60 }).map(day), { nil: undefined, freq: 2 }),
    });
  });
