import { CandidateNomination, MatchingInput, NeighbourhoodLoad, OpenVacancy, UnitLoad } from '../matching-input';
import { EngineRuleCode } from '../matcher';
import { FitWeights, DEFAULT_POLICY } from '../policy';
import { requiredRooms } from '../eligibility';
import { capForYear, yearOf } from './affordability';

/** The pair rules in the order of checkEligibility, then the engine's own; bit k of a fail mask is PAIR_RULES[k]. */
export const PAIR_RULES: readonly EngineRuleCode[] = [
  'woonvariant',
  'rooms',
  'rent',
  'needs',
  'construction',
  'origin',
  'avoided_neighbourhood',
  'ready_from',
  'affordability',
  'not_declined_before',
];
const B_WOONVARIANT = 1 << 0;
const B_ROOMS = 1 << 1;
const B_RENT = 1 << 2;
const B_NEEDS = 1 << 3;
const B_CONSTRUCTION = 1 << 4;
const B_ORIGIN = 1 << 5;
const B_AVOIDED = 1 << 6;
const B_READY = 1 << 7;
const B_AFFORD = 1 << 8;
const B_DECLINED = 1 << 9;

/** The rule ingredients of a round as flat arrays (index: nomination rank, vacancy position). */
export interface RoundArrays {
  V: number;
  nWv: Int32Array;
  nRooms: Float64Array;
  nMaxRent: Float64Array;
  nNeeds: Int32Array;
  nCons: Int32Array;
  nOrigin: Int32Array;
  /** 0: no origin exception, 1: anywhere in the region, 2: the listed municipalities. */
  nExcMode: Int8Array;
  nExc: Int32Array[];
  nAvoid: Int32Array[];
  nReady: Float64Array;
  /** Last calendar year the client counts as under 23; -Infinity when the birth year is unknown. */
  nU23Until: Float64Array;
  /** Preferred municipalities (ids; -1 for one without homes); empty: no preference. */
  nPref: Int32Array[];
  /** Vacancies whose pairing with the nomination was declined or expired before (compressed rows). */
  nExclStart: Int32Array;
  nExcl: Int32Array;
  vWv: Int32Array;
  vRooms: Float64Array;
  vRent: Float64Array;
  /** bit 1: ground floor, bit 2: accessible. */
  vHome: Int32Array;
  vCons: Int32Array;
  vMuni: Int32Array;
  vBuurt: Int32Array;
  vAvail: Float64Array;
  vYear: Int32Array;
  /** Under-23 cap of the home's year; NaN: unknown (fails closed); Infinity: no rent parameters (not applied). */
  vCap: Float64Array;
  /** Scratch tables for rowFailMasks (per municipality, per buurt); all zero between calls. */
  allowedScratch: Uint8Array;
  avoidScratch: Uint8Array;
}

/** Fail mask of every pair rule for nomination i and vacancy j (bit k = PAIR_RULES[k]); 0: eligible. */
export function pairFailMask(a: RoundArrays, i: number, j: number): number {
  let m = 0;
  if (a.nWv[i] !== a.vWv[j]) m |= B_WOONVARIANT;
  if (!(a.vRooms[j] >= a.nRooms[i])) m |= B_ROOMS;
  const rent = a.vRent[j];
  if (!(rent <= a.nMaxRent[i])) m |= B_RENT;
  if ((a.nNeeds[i] & ~a.vHome[j]) !== 0) m |= B_NEEDS;
  if ((a.vCons[j] & (1 << a.nCons[i])) === 0) m |= B_CONSTRUCTION;
  const vm = a.vMuni[j];
  if (vm !== a.nOrigin[i]) {
    const mode = a.nExcMode[i];
    if (mode === 0) m |= B_ORIGIN;
    else if (mode === 2) {
      const exc = a.nExc[i];
      let ok = false;
      for (let k = 0; k < exc.length; k++) if (exc[k] === vm) ok = true;
      if (!ok) m |= B_ORIGIN;
    }
  }
  const avoid = a.nAvoid[i];
  if (avoid.length > 0) {
    const b = a.vBuurt[j];
    for (let k = 0; k < avoid.length; k++) if (avoid[k] === b) m |= B_AVOIDED;
  }
  if (!(a.nReady[i] <= a.vAvail[j])) m |= B_READY;
  if (a.vYear[j] <= a.nU23Until[i] && !(rent <= a.vCap[j])) m |= B_AFFORD;
  const x0 = a.nExclStart[i];
  const x1 = a.nExclStart[i + 1];
  for (let k = x0; k < x1; k++) if (a.nExcl[k] === j) m |= B_DECLINED;
  return m;
}

/** Fills the row's lookup tables: the municipalities the nomination may be housed in, the buurten it avoids. */
function prepareRow(a: RoundArrays, i: number): void {
  const mode = a.nExcMode[i];
  a.allowedScratch.fill(mode === 1 ? 1 : 0);
  a.allowedScratch[a.nOrigin[i]] = 1;
  if (mode === 2) for (const m of a.nExc[i]) a.allowedScratch[m] = 1;
  for (const b of a.nAvoid[i]) a.avoidScratch[b] = 1;
}
function releaseRow(a: RoundArrays, i: number): void {
  for (const b of a.nAvoid[i]) a.avoidScratch[b] = 0;
}

/**
 * The fail masks of nomination i against the vacancies js[from .. to) (the hot loop of a round):
 * out[t - from] = pairFailMask(a, i, js[t]), with the nomination's fields read once.
 */
export function rowFailMasks(a: RoundArrays, i: number, js: Int32Array, from: number, to: number, out: Int32Array): void {
  prepareRow(a, i);
  const wv = a.nWv[i];
  const rooms = a.nRooms[i];
  const maxRent = a.nMaxRent[i];
  const needs = a.nNeeds[i];
  const consBit = 1 << a.nCons[i];
  const ready = a.nReady[i];
  const u23 = a.nU23Until[i];
  const x0 = a.nExclStart[i];
  const x1 = a.nExclStart[i + 1];
  const checkAvoid = a.nAvoid[i].length > 0;
  const checkExcl = x1 > x0;
  const { vWv, vRooms, vRent, vHome, vCons, vMuni, vBuurt, vAvail, vYear, vCap, nExcl, allowedScratch, avoidScratch } = a;
  for (let t = from; t < to; t++) {
    const j = js[t];
    let m = 0;
    if (wv !== vWv[j]) m |= B_WOONVARIANT;
    if (!(vRooms[j] >= rooms)) m |= B_ROOMS;
    const rent = vRent[j];
    if (!(rent <= maxRent)) m |= B_RENT;
    if ((needs & ~vHome[j]) !== 0) m |= B_NEEDS;
    if ((vCons[j] & consBit) === 0) m |= B_CONSTRUCTION;
    if (allowedScratch[vMuni[j]] === 0) m |= B_ORIGIN;
    if (checkAvoid && avoidScratch[vBuurt[j]] !== 0) m |= B_AVOIDED;
    if (!(ready <= vAvail[j])) m |= B_READY;
    if (vYear[j] <= u23 && !(rent <= vCap[j])) m |= B_AFFORD;
    if (checkExcl) for (let k = x0; k < x1; k++) if (nExcl[k] === j) m |= B_DECLINED;
    out[t - from] = m;
  }
  releaseRow(a, i);
}

/** The fail masks of nomination i against every vacancy: out[j] = pairFailMask(a, i, j) (same rules as rowFailMasks). */
export function allFailMasks(a: RoundArrays, i: number, out: Int32Array): void {
  prepareRow(a, i);
  const wv = a.nWv[i];
  const rooms = a.nRooms[i];
  const maxRent = a.nMaxRent[i];
  const needs = a.nNeeds[i];
  const consBit = 1 << a.nCons[i];
  const ready = a.nReady[i];
  const u23 = a.nU23Until[i];
  const x0 = a.nExclStart[i];
  const x1 = a.nExclStart[i + 1];
  const checkAvoid = a.nAvoid[i].length > 0;
  const { V, vWv, vRooms, vRent, vHome, vCons, vMuni, vBuurt, vAvail, vYear, vCap, nExcl, allowedScratch, avoidScratch } = a;
  for (let j = 0; j < V; j++) {
    let m = 0;
    if (wv !== vWv[j]) m |= B_WOONVARIANT;
    if (!(vRooms[j] >= rooms)) m |= B_ROOMS;
    const rent = vRent[j];
    if (!(rent <= maxRent)) m |= B_RENT;
    if ((needs & ~vHome[j]) !== 0) m |= B_NEEDS;
    if ((vCons[j] & consBit) === 0) m |= B_CONSTRUCTION;
    if (allowedScratch[vMuni[j]] === 0) m |= B_ORIGIN;
    if (checkAvoid && avoidScratch[vBuurt[j]] !== 0) m |= B_AVOIDED;
    if (!(ready <= vAvail[j])) m |= B_READY;
    if (vYear[j] <= u23 && !(rent <= vCap[j])) m |= B_AFFORD;
    out[j] = m;
  }
  for (let k = x0; k < x1; k++) out[nExcl[k]] |= B_DECLINED;
  releaseRow(a, i);
}

/** Thrown for input that breaks the engine's preconditions (e.g. a unit that crosses buurten). */
export class MatchingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatchingInputError';
  }
}

/** A limited vacancy group: a buurt or a unit inside one. */
export interface LimitGroup {
  kind: 'neighbourhood' | 'unit';
  code: string;
  maxPlacementsPer12Months: number | null;
  maxLiveTenancies: number | null;
  placementsLast12Months: number;
  liveTenancies: number;
  /** Placements this round may still add (0 or more). */
  room: number;
}

export interface ExchangeRoom {
  municipalityCode: string;
  room: number;
  /** Clients from elsewhere who fit one of its homes with room, in queue order. */
  fromElsewhere: number;
}

/**
 * One round compiled to flat arrays: nominations in queue order (index = rank - 1), vacancies in a
 * canonical order, the eligible pairs as compressed rows, and the nested limit groups.
 * Node ids in the flow network: nomination i, vacancy N + j, group N + V + g; the sink is -1.
 */
export interface CompiledRound {
  input: MatchingInput;
  nominations: CandidateNomination[];
  vacancies: OpenVacancy[];
  N: number;
  V: number;
  G: number;
  municipalities: string[];
  vMuni: Int32Array;
  nOrigin: Int32Array;
  arrays: RoundArrays;
  /** Pairs passing every pair rule: e0[e0Start[i] .. e0Start[i+1]) are vacancy indices (by municipality, then position). */
  e0Start: Int32Array;
  e0: Int32Array;
  /** The same after the exchange tolerance: the arcs of the flow network. */
  adjStart: Int32Array;
  adj: Int32Array;
  groups: LimitGroup[];
  /** Parent group of a vacancy or group; -1: the sink (no further limit). */
  vParent: Int32Array;
  gParent: Int32Array;
  gCap: Int32Array;
  /** Vacancies directly under a group, and units under a buurt group (compressed). */
  gVacStart: Int32Array;
  gVac: Int32Array;
  gSubStart: Int32Array;
  gSub: Int32Array;
  /** Whether the vacancy's unit and buurt have room for at least one placement before the round. */
  staticRoom: Uint8Array;
  /** Per municipality index; undefined when no tolerance applies. */
  exchange: ExchangeRoom[] | undefined;
  /** For an outsider i and municipality m: 1-based rank among the outsiders who fit m's homes (key i * M + m). */
  outsiderRank: Map<number, number>;
  /** Per nomination: municipalities where the tolerance held it back. */
  heldBack: Map<number, number[]>;
  weights: FitWeights;
  /** Fit ingredients per nomination and vacancy. */
  waitShare: Float64Array;
  delayShare: Float64Array;
  /** Fail mask of rules for a pair (bit k = PAIR_RULES[k] failed); 0 = eligible. */
  failMask(i: number, j: number): number;
}

const vacancyOrder = (a: OpenVacancy, b: OpenVacancy) =>
  a.availableFrom.getTime() - b.availableFrom.getTime() || a.publishedAt.getTime() - b.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const remaining = (l: { maxPlacementsPer12Months: number | null; maxLiveTenancies: number | null; placementsLast12Months: number; liveTenancies: number }) =>
  Math.max(
    0,
    Math.min(
      l.maxPlacementsPer12Months === null ? Infinity : l.maxPlacementsPer12Months - l.placementsLast12Months,
      l.maxLiveTenancies === null ? Infinity : l.maxLiveTenancies - l.liveTenancies,
    ),
  );
const limited = (l: { maxPlacementsPer12Months: number | null; maxLiveTenancies: number | null }) => l.maxPlacementsPer12Months !== null || l.maxLiveTenancies !== null;

/** Id -> position, refusing an id that occurs twice. */
function indexById<T extends { id: string }>(items: readonly T[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < items.length; k++) {
    if (index.has(items[k].id)) throw new MatchingInputError(`${what} ${items[k].id} appears twice in the input`);
    index.set(items[k].id, k);
  }
  return index;
}

const CLASS_RANK: Record<string, number> = { urgent: 0, normal: 1 };
/** The queue order of priority.ts (class, approval, tie-breaker, id) with each key read once per nomination. */
function queueOrderOf(items: readonly CandidateNomination[]): CandidateNomination[] {
  const keyed = items.map((n) => ({ n, c: CLASS_RANK[n.priorityClass] ?? 2, t: n.approvedAt.getTime(), b: n.tieBreaker, id: n.id }));
  keyed.sort((a, b) => a.c - b.c || a.t - b.t || a.b - b.b || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((k) => k.n);
}

/** Compiles the input of a round; pure and deterministic whatever the order of the input lists. */
export function compileRound(input: MatchingInput): CompiledRound {
  const nominations = queueOrderOf(input.nominations);
  const vacancies = [...input.vacancies].sort(vacancyOrder);
  const nIndex = indexById(nominations, 'nomination');
  const vIndex = indexById(vacancies, 'vacancy');
  const N = nominations.length;
  const V = vacancies.length;

  // Municipalities: every code that occurs, in sorted order (canonical ids).
  const muniCodes = new Set<string>();
  for (const v of vacancies) muniCodes.add(v.municipalityCode);
  for (const n of nominations) muniCodes.add(n.originMunicipalityCode);
  const municipalities = [...muniCodes].sort();
  const muniId = new Map(municipalities.map((c, k) => [c, k]));
  const M = municipalities.length;

  const variantId = new Map<string, number>();
  const vid = (w: string) => {
    let k = variantId.get(w);
    if (k === undefined) variantId.set(w, (k = variantId.size));
    return k;
  };
  const constructionId = new Map<string, number>();
  const cid = (c: string) => {
    let k = constructionId.get(c);
    if (k === undefined) {
      k = constructionId.size;
      if (k >= 30) throw new MatchingInputError('more than 30 distinct tenancy constructions');
      constructionId.set(c, k);
    }
    return k;
  };
  const buurtId = new Map<string, number>();
  for (const v of vacancies) if (!buurtId.has(v.neighbourhoodCode)) buurtId.set(v.neighbourhoodCode, buurtId.size);

  // Vacancy arrays.
  const vWv = new Int32Array(V);
  const vRooms = new Float64Array(V);
  const vRent = new Float64Array(V);
  const vHome = new Int32Array(V); // bit 1: ground floor, bit 2: accessible
  const vCons = new Int32Array(V);
  const vMuni = new Int32Array(V);
  const vBuurt = new Int32Array(V);
  const vAvail = new Float64Array(V);
  const vYear = new Int32Array(V);
  const vCap = new Float64Array(V); // under-23 cap; NaN: unknown (fails closed); Infinity: not applied
  const params = input.rentParameters;
  for (let j = 0; j < V; j++) {
    const v = vacancies[j];
    vWv[j] = vid(v.woonvariant);
    vRooms[j] = v.rooms;
    vRent[j] = v.rent;
    vHome[j] = (v.floor === 0 ? 1 : 0) | (v.accessible ? 2 : 0);
    let mask = 0;
    for (const c of v.constructions) mask |= 1 << cid(c);
    vCons[j] = mask;
    vMuni[j] = muniId.get(v.municipalityCode)!;
    vBuurt[j] = buurtId.get(v.neighbourhoodCode)!;
    vAvail[j] = v.availableFrom.getTime();
    vYear[j] = yearOf(v.availableFrom);
    vCap[j] = params === undefined ? Infinity : (capForYear(params, vYear[j])?.cap ?? NaN);
  }

  // Nomination arrays.
  const nWv = new Int32Array(N);
  const nRooms = new Float64Array(N);
  const nMaxRent = new Float64Array(N);
  const nNeeds = new Int32Array(N);
  const nCons = new Int32Array(N);
  const nOrigin = new Int32Array(N);
  const nExcMode = new Int8Array(N); // 0: none, 1: anywhere, 2: listed
  const nExc: Int32Array[] = new Array(N);
  const nAvoid: Int32Array[] = new Array(N);
  const nReady = new Float64Array(N);
  const nU23Until = new Float64Array(N); // last year the client counts as under 23; -Infinity: never / unknown
  const nPref: Int32Array[] = new Array(N);
  const EMPTY = new Int32Array(0);
  for (let i = 0; i < N; i++) {
    const n = nominations[i];
    nWv[i] = vid(n.woonvariant);
    nRooms[i] = requiredRooms(n);
    nMaxRent[i] = n.maxRent === null ? Infinity : n.maxRent;
    let needs = 0;
    for (const x of n.needs) needs |= x === 'ground_floor' ? 1 : x === 'accessible' ? 2 : 0;
    nNeeds[i] = needs;
    nCons[i] = cid(n.construction);
    nOrigin[i] = muniId.get(n.originMunicipalityCode)!;
    const exc = n.originExceptionMunicipalityCodes;
    if (exc === null) {
      nExcMode[i] = 0;
      nExc[i] = EMPTY;
    } else if (exc.length === 0) {
      nExcMode[i] = 1;
      nExc[i] = EMPTY;
    } else {
      nExcMode[i] = 2;
      const ids = new Set<number>();
      for (const c of exc) {
        const k = muniId.get(c);
        if (k !== undefined) ids.add(k);
      }
      nExc[i] = Int32Array.from([...ids].sort((a, b) => a - b));
    }
    const avoid: number[] = [];
    for (const c of n.avoidNeighbourhoodCodes) {
      const k = buurtId.get(c);
      if (k !== undefined) avoid.push(k);
    }
    nAvoid[i] = avoid.length === 0 ? EMPTY : Int32Array.from(avoid);
    nReady[i] = n.readyFrom === null ? -Infinity : n.readyFrom.getTime();
    nU23Until[i] = n.birthYear === undefined || n.birthYear === null ? -Infinity : n.birthYear + 23;
    const pref = n.preferredMunicipalityCodes ?? [];
    nPref[i] = pref.length === 0 ? EMPTY : Int32Array.from(pref, (c) => muniId.get(c) ?? -1);
  }

  // Pairs declined or expired before.
  const nExclStart = new Int32Array(N + 1);
  const exclPairs: Array<[number, number]> = [];
  for (const p of input.excludedPairs) {
    const i = nIndex.get(p.nominationId);
    const j = vIndex.get(p.vacancyId);
    if (i !== undefined && j !== undefined) exclPairs.push([i, j]);
  }
  exclPairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const nExcl = new Int32Array(exclPairs.length);
  exclPairs.forEach(([i, j], k) => {
    nExclStart[i + 1]++;
    nExcl[k] = j;
  });
  for (let i = 0; i < N; i++) nExclStart[i + 1] += nExclStart[i];

  const arrays: RoundArrays = {
    V,
    nWv,
    nRooms,
    nMaxRent,
    nNeeds,
    nCons,
    nOrigin,
    nExcMode,
    nExc,
    nAvoid,
    nReady,
    nU23Until,
    nPref,
    nExclStart,
    nExcl,
    vWv,
    vRooms,
    vRent,
    vHome,
    vCons,
    vMuni,
    vBuurt,
    vAvail,
    vYear,
    vCap,
    allowedScratch: new Uint8Array(M),
    avoidScratch: new Uint8Array(buurtId.size),
  };
  const failMask = (i: number, j: number): number => pairFailMask(arrays, i, j);

  // Candidate vacancies by (municipality, woonvariant): origin and woonvariant prune most pairs.
  const W = variantId.size;
  const bucketCount = new Int32Array(M * W + 1);
  for (let j = 0; j < V; j++) bucketCount[vMuni[j] * W + vWv[j] + 1]++;
  for (let k = 0; k < M * W; k++) bucketCount[k + 1] += bucketCount[k];
  const bucketStart = bucketCount.slice();
  const bucket = new Int32Array(V);
  {
    const fill = bucketCount.slice();
    for (let j = 0; j < V; j++) bucket[fill[vMuni[j] * W + vWv[j]]++] = j; // ascending j within a bucket
  }
  const vacancyMunis: number[] = [];
  {
    const seen = new Uint8Array(M);
    for (let j = 0; j < V; j++) seen[vMuni[j]] = 1;
    for (let m = 0; m < M; m++) if (seen[m]) vacancyMunis.push(m);
  }

  // Pairs in a canonical order: by municipality id, then vacancy position.
  const e0Start = new Int32Array(N + 1);
  let e0 = new Int32Array(Math.max(1024, V * 8));
  let P0 = 0;
  const muniBuf: number[] = [];
  const maskBuf = new Int32Array(V);
  for (let i = 0; i < N; i++) {
    e0Start[i] = P0;
    if (P0 + V > e0.length) {
      const grown = new Int32Array(Math.max(e0.length * 2, P0 + V));
      grown.set(e0.subarray(0, P0));
      e0 = grown;
    }
    muniBuf.length = 0;
    if (nExcMode[i] === 1) for (const m of vacancyMunis) muniBuf.push(m);
    else {
      muniBuf.push(nOrigin[i]);
      for (const m of nExc[i]) if (m !== nOrigin[i]) muniBuf.push(m);
      if (muniBuf.length > 1) muniBuf.sort((x, y) => x - y);
    }
    const w = nWv[i];
    for (let q = 0; q < muniBuf.length; q++) {
      const b = muniBuf[q] * W + w;
      const from = bucketStart[b];
      const to = bucketStart[b + 1];
      rowFailMasks(arrays, i, bucket, from, to, maskBuf);
      for (let t = 0; t < to - from; t++) if (maskBuf[t] === 0) e0[P0++] = bucket[from + t];
    }
  }
  e0Start[N] = P0;
  e0 = e0.slice(0, P0);

  // Limit groups: buurten with a limit, then units with a limit; only those that hold an open vacancy.
  const loadByCode = new Map<string, NeighbourhoodLoad>();
  for (const l of input.neighbourhoods) if (!loadByCode.has(l.code)) loadByCode.set(l.code, l);
  const unitById = new Map<string, UnitLoad>();
  for (const u of input.units ?? []) if (!unitById.has(u.id)) unitById.set(u.id, u);
  const usedBuurten = new Set<string>();
  const usedUnits = new Set<string>();
  for (const v of vacancies) {
    usedBuurten.add(v.neighbourhoodCode);
    if (v.unitId !== undefined && v.unitId !== null) {
      const u = unitById.get(v.unitId);
      if (u === undefined) continue;
      if (u.neighbourhoodCode !== v.neighbourhoodCode)
        throw new MatchingInputError(`unit ${u.id} lies in buurt ${u.neighbourhoodCode}, but vacancy ${v.id} in it lies in ${v.neighbourhoodCode}: limits must nest`);
      usedUnits.add(u.id);
    }
  }
  const groups: LimitGroup[] = [];
  const groupOfBuurt = new Map<string, number>();
  const groupOfUnit = new Map<string, number>();
  for (const code of [...usedBuurten].sort()) {
    const l = loadByCode.get(code);
    if (l === undefined || !limited(l)) continue;
    groupOfBuurt.set(code, groups.length);
    groups.push({ kind: 'neighbourhood', code, ...pickLoad(l), room: remaining(l) });
  }
  for (const id of [...usedUnits].sort()) {
    const u = unitById.get(id)!;
    if (!limited(u)) continue;
    groupOfUnit.set(id, groups.length);
    groups.push({ kind: 'unit', code: id, ...pickLoad(u), room: remaining(u) });
  }
  const G = groups.length;
  const gParent = new Int32Array(G).fill(-1);
  const gCap = new Int32Array(G);
  for (let g = 0; g < G; g++) {
    const grp = groups[g];
    gCap[g] = Math.min(grp.room, 0x3fffffff);
    if (grp.kind === 'unit') gParent[g] = groupOfBuurt.get(unitById.get(grp.code)!.neighbourhoodCode) ?? -1;
  }
  const vParent = new Int32Array(V).fill(-1);
  for (let j = 0; j < V; j++) {
    const v = vacancies[j];
    const ug = v.unitId === undefined || v.unitId === null ? undefined : groupOfUnit.get(v.unitId);
    vParent[j] = ug ?? groupOfBuurt.get(v.neighbourhoodCode) ?? -1;
  }
  const gVacStart = new Int32Array(G + 1);
  for (let j = 0; j < V; j++) if (vParent[j] >= 0) gVacStart[vParent[j] + 1]++;
  for (let g = 0; g < G; g++) gVacStart[g + 1] += gVacStart[g];
  const gVac = new Int32Array(gVacStart[G]);
  {
    const fill = gVacStart.slice();
    for (let j = 0; j < V; j++) if (vParent[j] >= 0) gVac[fill[vParent[j]]++] = j;
  }
  const gSubStart = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) if (gParent[g] >= 0) gSubStart[gParent[g] + 1]++;
  for (let g = 0; g < G; g++) gSubStart[g + 1] += gSubStart[g];
  const gSub = new Int32Array(gSubStart[G]);
  {
    const fill = gSubStart.slice();
    for (let g = 0; g < G; g++) if (gParent[g] >= 0) gSub[fill[gParent[g]]++] = g;
  }
  const staticRoom = new Uint8Array(V);
  for (let j = 0; j < V; j++) {
    let ok = 1;
    for (let g = vParent[j]; g >= 0; g = gParent[g]) if (gCap[g] <= 0) ok = 0;
    staticRoom[j] = ok;
  }

  // Exchange tolerance: R_m from the ledger before the round; only the R_m highest-ranked clients from
  // elsewhere who fit one of m's homes (with room) keep m's homes this round.
  const outsiderRank = new Map<number, number>();
  const heldBack = new Map<number, number[]>();
  let exchange: ExchangeRoom[] | undefined;
  let adjStart = e0Start;
  let adj = e0;
  if (input.exchange !== undefined) {
    const tol = input.exchange.tolerance;
    const ledger = new Map<string, { intake: number; sent: number }>();
    for (const e of input.exchange.ledger) {
      const row = ledger.get(e.municipalityCode) ?? { intake: 0, sent: 0 };
      row.intake += e.intakeFromElsewhere;
      row.sent += e.sentElsewhere;
      ledger.set(e.municipalityCode, row);
    }
    const room = new Int32Array(M);
    exchange = municipalities.map((code, m) => {
      const row = ledger.get(code) ?? { intake: 0, sent: 0 };
      room[m] = Math.max(0, Math.floor(tol - (row.intake - row.sent)));
      return { municipalityCode: code, room: room[m], fromElsewhere: 0 };
    });
    const seen = new Int32Array(M);
    const lastSeen = new Int32Array(M).fill(-1);
    const blocked = new Int32Array(M).fill(-1);
    adjStart = new Int32Array(N + 1);
    adj = new Int32Array(P0);
    let P = 0;
    for (let i = 0; i < N; i++) {
      adjStart[i] = P;
      const own = nOrigin[i];
      for (let k = e0Start[i]; k < e0Start[i + 1]; k++) {
        const j = e0[k];
        const m = vMuni[j];
        if (m === own || !staticRoom[j] || lastSeen[m] === i) continue;
        lastSeen[m] = i;
        const r = ++seen[m];
        outsiderRank.set(i * M + m, r);
        if (r > room[m]) {
          blocked[m] = i;
          const list = heldBack.get(i);
          if (list === undefined) heldBack.set(i, [m]);
          else list.push(m);
        }
      }
      for (let k = e0Start[i]; k < e0Start[i + 1]; k++) {
        const j = e0[k];
        if (blocked[vMuni[j]] === i && vMuni[j] !== own) continue;
        adj[P++] = j;
      }
    }
    adjStart[N] = P;
    adj = adj.slice(0, P);
    for (let m = 0; m < M; m++) exchange[m].fromElsewhere = seen[m];
  }

  // Fit ingredients.
  let ref = input.asOf?.getTime() ?? -Infinity;
  if (input.asOf === undefined) for (const n of nominations) ref = Math.max(ref, n.approvedAt.getTime());
  const waitShare = new Float64Array(N);
  let maxWait = 0;
  for (let i = 0; i < N; i++) maxWait = Math.max(maxWait, ref - nominations[i].approvedAt.getTime());
  if (maxWait > 0) for (let i = 0; i < N; i++) waitShare[i] = Math.max(0, ref - nominations[i].approvedAt.getTime()) / maxWait;
  const delayShare = new Float64Array(V);
  if (V > 0) {
    const lo = vAvail[0];
    let hi = lo;
    for (let j = 0; j < V; j++) hi = Math.max(hi, vAvail[j]);
    if (hi > lo) for (let j = 0; j < V; j++) delayShare[j] = (vAvail[j] - lo) / (hi - lo);
  }

  return {
    input,
    nominations,
    vacancies,
    N,
    V,
    G,
    municipalities,
    vMuni,
    nOrigin,
    arrays,
    e0Start,
    e0,
    adjStart,
    adj,
    groups,
    vParent,
    gParent,
    gCap,
    gVacStart,
    gVac,
    gSubStart,
    gSub,
    staticRoom,
    exchange,
    outsiderRank,
    heldBack,
    weights: input.fitWeights ?? DEFAULT_POLICY.fitWeights,
    waitShare,
    delayShare,
    failMask,
  };
}

function pickLoad(l: NeighbourhoodLoad | UnitLoad) {
  return {
    maxPlacementsPer12Months: l.maxPlacementsPer12Months,
    maxLiveTenancies: l.maxLiveTenancies,
    placementsLast12Months: l.placementsLast12Months,
    liveTenancies: l.liveTenancies,
  };
}
