import { checkEligibility, RuleCheck } from '../eligibility';
import { ExplanationCode, ExplanationParams, explained } from '../explanation-codes';
import { EngineRuleCheck, EngineRuleCode, MatchingStats, Proposal, UnplacedNomination } from '../matcher';
import { affordabilityCheck } from './affordability';
import { affordableMax, AssignmentResult, COST_SCALE, fitTerms } from './fit';
import { allFailMasks, CompiledRound, LimitGroup, PAIR_RULES } from './round';

const pad2 = (x: number) => (x < 10 ? `0${x}` : `${x}`);
/** YYYY-MM-DD (UTC), without toISOString's cost. */
const day = (d: Date) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
const money = (x: number) => x.toFixed(2);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
export function ordinal(k: number): string {
  const t = k % 100;
  if (t >= 11 && t <= 13) return `${k}th`;
  return `${k}${['th', 'st', 'nd', 'rd'][k % 10] ?? 'th'}`;
}

/** How a failing rule reads to the client. */
export const MISS_WORDING: Record<EngineRuleCode, string> = {
  woonvariant: 'the kind of home (woonvariant) is not the one asked for',
  rooms: 'the home has too few rooms',
  rent: "the rent is above the client's maximum",
  needs: 'the home does not meet the accessibility needs',
  construction: 'the home does not allow the tenancy construction asked for',
  origin: 'the home lies outside the municipality of origin and no exception allows it',
  avoided_neighbourhood: 'the home lies in a buurt the client wants to avoid',
  ready_from: 'the home is available before the client is ready to move',
  affordability: 'the rent is above the under-23 limit (kwaliteitskortingsgrens)',
  not_declined_before: 'this pairing was declined or expired before',
  neighbourhood_placements: 'the buurt has reached its limit of new placements',
  neighbourhood_live_tenancies: 'the buurt has reached its limit of live tenancies',
  unit_placements: 'the street or complex has reached its limit of new placements',
  unit_live_tenancies: 'the street or complex has reached its limit of live tenancies',
  exchange_tolerance: 'the municipality has no room for more clients from elsewhere this round',
};

function popcount(x: number): number {
  x -= (x >> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >> 2) & 0x33333333);
  return (((x + (x >> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Placements this round per buurt code and per unit id. */
function countPerArea(r: CompiledRound, a: AssignmentResult) {
  const buurt = new Map<string, number>();
  const unit = new Map<string, number>();
  for (let j = 0; j < r.V; j++) {
    if (a.owner[j] < 0) continue;
    const v = r.vacancies[j];
    buurt.set(v.neighbourhoodCode, (buurt.get(v.neighbourhoodCode) ?? 0) + 1);
    if (v.unitId) unit.set(v.unitId, (unit.get(v.unitId) ?? 0) + 1);
  }
  return { buurt, unit };
}

type Limits = { maxPlacementsPer12Months: number | null; maxLiveTenancies: number | null; placementsLast12Months: number; liveTenancies: number };
function limitChecks<C extends string>(
  codes: [C, C],
  where: { kind: 'buurt' | 'unit'; area: string },
  l: Limits | undefined,
  added: number,
): Array<{ rule: C; passed: boolean; detail: string; code: ExplanationCode; params: ExplanationParams }> {
  const p = l?.maxPlacementsPer12Months ?? null;
  const t = l?.maxLiveTenancies ?? null;
  return [
    {
      rule: codes[0],
      passed: p === null || l!.placementsLast12Months + added <= p,
      ...(p === null ? explained('limit.placements_none', where) : explained('limit.placements_with_round', { ...where, count: l!.placementsLast12Months + added, max: p })),
    },
    {
      rule: codes[1],
      passed: t === null || l!.liveTenancies + added <= t,
      ...(t === null ? explained('limit.live_none', where) : explained('limit.live_with_round', { ...where, count: l!.liveTenancies + added, max: t })),
    },
  ];
}

function exchangeCheck(r: CompiledRound, i: number, j: number): EngineRuleCheck {
  const rule = 'exchange_tolerance' as const;
  const n = r.nominations[i];
  const v = r.vacancies[j];
  if (r.exchange === undefined) return { rule, passed: true, ...explained('exchange.none') };
  if (n.originMunicipalityCode === v.municipalityCode) return { rule, passed: true, ...explained('exchange.own_municipality', { municipality: v.municipalityCode }) };
  const m = r.vMuni[j];
  const room = r.exchange[m].room;
  const rank = r.outsiderRank.get(i * r.municipalities.length + m);
  return {
    rule,
    passed: true,
    ...explained('exchange.room', { origin: n.originMunicipalityCode, municipality: v.municipalityCode, room, tolerance: r.input.exchange!.tolerance, rank: rank ?? 1 }),
  };
}

/** The proposals with their explanations, in queue order. */
export function buildProposals(r: CompiledRound, a: AssignmentResult, matcher: string): Proposal[] {
  const { buurt, unit } = countPerArea(r, a);
  const loads = new Map(r.input.neighbourhoods.map((l) => [l.code, l]));
  const units = new Map((r.input.units ?? []).map((u) => [u.id, u]));
  // Eligible nominations per vacancy in rank order, to count the higher-ranked ones that did not fit.
  const colCount = new Int32Array(r.V + 1);
  for (let k = 0; k < r.adj.length; k++) colCount[r.adj[k] + 1]++;
  for (let j = 0; j < r.V; j++) colCount[j + 1] += colCount[j];
  const col = new Int32Array(r.adj.length);
  {
    const fill = colCount.slice();
    for (let i = 0; i < r.N; i++) for (let k = r.adjStart[i]; k < r.adjStart[i + 1]; k++) col[fill[r.adj[k]]++] = i;
  }
  const higherEligible = (j: number, i: number) => {
    let lo = colCount[j];
    let hi = colCount[j + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (col[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo - colCount[j];
  };

  const out: Proposal[] = [];
  const w = r.weights;
  for (let i = 0; i < r.N; i++) {
    const j = a.match[i];
    if (j < 0) continue;
    const n = r.nominations[i];
    const v = r.vacancies[j];
    const rules: RuleCheck[] = [
      ...checkEligibility(n, v),
      { rule: 'not_declined_before', passed: true, ...explained('declined.not_before') },
      ...limitChecks(['neighbourhood_placements', 'neighbourhood_live_tenancies'], { kind: 'buurt', area: v.neighbourhoodCode }, loads.get(v.neighbourhoodCode), buurt.get(v.neighbourhoodCode) ?? 0),
    ];
    const additionalRules: EngineRuleCheck[] = [affordabilityCheck(n, v, r.input.rentParameters)];
    if (v.unitId) additionalRules.push(...limitChecks(['unit_placements', 'unit_live_tenancies'], { kind: 'unit', area: v.unitId }, units.get(v.unitId), unit.get(v.unitId) ?? 0));
    additionalRules.push(exchangeCheck(r, i, j));
    const terms = fitTerms(r, i, j);
    const cost = a.pairCost[i] / COST_SCALE;
    const pos = i + 1;
    const maxPay = affordableMax(r.arrays, i, j);
    const where =
      terms.originMunicipality === 0 ? `in the municipality of origin ${v.municipalityCode}` : `in ${v.municipalityCode}, outside the municipality of origin ${n.originMunicipalityCode} (an exception allows it)`;
    const pref = (n.preferredMunicipalityCodes ?? []).length === 0 ? '' : terms.preferredMunicipality === 0 ? ', a municipality the client prefers' : ', not one the client prefers';
    const rent = Number.isFinite(maxPay) ? `rent ${money(v.rent)}, ${Math.round((100 * v.rent) / maxPay)}% of what the client can pay` : `rent ${money(v.rent)}`;
    out.push({
      vacancyId: v.id,
      nominationId: n.id,
      explanation: {
        matcher,
        summary:
          `Queue position ${pos} (${n.priorityClass}, approved ${day(n.approvedAt)}). Clients are placed in queue order: no higher-ranked client who could be placed was left out for this one, ` +
          `and the round places as many clients as possible. The homes are then shared out so that the placed clients together fit best; this client gets this home: ${where}${pref}, ${rent}, available from ${day(v.availableFrom)} (fit cost ${cost.toFixed(3)}).`,
        queuePosition: pos,
        priorityClass: n.priorityClass,
        approvedAt: n.approvedAt.toISOString(),
        higherRankedNotEligible: i - higherEligible(j, i),
        rules,
        rank: pos,
        fit: {
          terms: {
            originMunicipality: terms.originMunicipality,
            preferredMunicipality: terms.preferredMunicipality,
            rentFit: round3(terms.rentFit),
            waitingTime: round3(terms.waitingTime),
          },
          weights: { ...w },
          cost,
        },
        additionalRules,
      },
    });
  }
  return out;
}

function groupDetail(g: LimitGroup, used: number): { text: string; limits: Array<'placements_12_months' | 'live_tenancies'> } {
  const limits: Array<'placements_12_months' | 'live_tenancies'> = [];
  const parts: string[] = [];
  const what = g.kind === 'neighbourhood' ? `buurt ${g.code}` : `street/complex ${g.code}`;
  if (g.maxPlacementsPer12Months !== null && g.placementsLast12Months + used >= g.maxPlacementsPer12Months) {
    limits.push('placements_12_months');
    parts.push(`${plural(g.maxPlacementsPer12Months, 'new placement')} in 12 months`);
  }
  if (g.maxLiveTenancies !== null && g.liveTenancies + used >= g.maxLiveTenancies) {
    limits.push('live_tenancies');
    parts.push(`${plural(g.maxLiveTenancies, 'live tenancy', 'live tenancies')}`);
  }
  return { text: `${what} has reached its limit of ${parts.join(' and ')}`, limits };
}

/** What became of the homes a held-back client could still take this round. */
function rest(allowed: number, taken: number, blocked: number): string {
  if (allowed === 0) return '';
  const parts: string[] = [];
  if (taken > 0) parts.push(`${taken} ${taken === 1 ? 'is' : 'are'} proposed to clients higher in the queue`);
  if (blocked > 0) parts.push(`${blocked} ${blocked === 1 ? 'lies' : 'lie'} where a buurt or street limit is reached`);
  return ` Of the ${plural(allowed, 'home')} the client may take this round, ${parts.join(' and ')}.`;
}

/** Why each candidate without a proposal got none, in queue order. */
export function buildUnplaced(r: CompiledRound, a: AssignmentResult): UnplacedNomination[] {
  const out: UnplacedNomination[] = [];
  const M = r.municipalities.length;
  const chainFull = (j: number): boolean => {
    for (let g = r.vParent[j]; g >= 0; g = r.gParent[g]) if (a.gFlow[g] >= r.gCap[g]) return true;
    return false;
  };
  const ruleCount = new Int32Array(PAIR_RULES.length);
  const masks = new Int32Array(r.V);
  const inAdj = new Int32Array(r.V).fill(-1);
  for (let i = 0; i < r.N; i++) {
    if (a.match[i] >= 0) continue;
    const n = r.nominations[i];
    const rank = i + 1;
    const e0 = r.e0.subarray(r.e0Start[i], r.e0Start[i + 1]);
    if (e0.length === 0) {
      if (r.V === 0) {
        out.push({ nominationId: n.id, rank, reason: 'no_eligible_vacancy', eligibleVacancies: 0, detail: 'There are no open homes in this round. The client stays in the queue.' });
        continue;
      }
      let best = 99;
      ruleCount.fill(0);
      allFailMasks(r.arrays, i, masks);
      for (let j = 0; j < r.V; j++) {
        const k = popcount(masks[j]);
        if (k < best) best = k;
      }
      for (let j = 0; j < r.V; j++) {
        const m = masks[j];
        if (popcount(m) !== best) continue;
        for (let b = 0; b < PAIR_RULES.length; b++) if (m & (1 << b)) ruleCount[b]++;
      }
      let top = 0;
      for (let b = 1; b < PAIR_RULES.length; b++) if (ruleCount[b] > ruleCount[top]) top = b;
      const rule = PAIR_RULES[top];
      const count = ruleCount[top];
      const near =
        best === 1
          ? `Nearest: for ${plural(count, 'home')} only one rule fails: ${MISS_WORDING[rule]}.`
          : `Nearest: homes that fail on ${best} rules; most often ${MISS_WORDING[rule]} (${plural(count, 'home')}).`;
      out.push({
        nominationId: n.id,
        rank,
        reason: 'no_eligible_vacancy',
        nearestMiss: { rule, vacancies: count },
        eligibleVacancies: 0,
        detail: `None of the ${plural(r.V, 'open home')} in this round fits the client's housing profile. ${near} The client stays in the queue.`,
      });
      continue;
    }

    const adjCount = r.adjStart[i + 1] - r.adjStart[i];
    for (let k = r.adjStart[i]; k < r.adjStart[i + 1]; k++) inAdj[r.adj[k]] = i;
    let heldFreeWithRoom = false;
    const freeBlocked = new Map<number, number>(); // group -> homes of this client behind it
    let taken = 0;
    let blockedHomes = 0;
    for (const j of e0) {
      const o = a.owner[j];
      if (inAdj[j] !== i) {
        if (o < 0 && !chainFull(j)) heldFreeWithRoom = true;
        continue;
      }
      if (o >= 0) {
        taken++;
        continue;
      }
      if (!chainFull(j)) throw new Error(`engine invariant broken: ${n.id} is unplaced while home ${r.vacancies[j].id} that fits it is free`);
      blockedHomes++;
      for (let g = r.vParent[j]; g >= 0; g = r.gParent[g]) if (a.gFlow[g] >= r.gCap[g]) freeBlocked.set(g, (freeBlocked.get(g) ?? 0) + 1);
    }
    const held = r.heldBack.get(i) ?? [];
    const heldBackIn = held.map((m) => ({
      municipalityCode: r.municipalities[m],
      room: r.exchange![m].room,
      rankAmongClientsFromElsewhere: r.outsiderRank.get(i * M + m)!,
    }));
    const heldText = heldBackIn
      .map(
        (h) =>
          `${h.municipalityCode} could take ${plural(h.room, 'client')} from elsewhere in this round under the agreed exchange tolerance, and this client came ${ordinal(h.rankAmongClientsFromElsewhere)} among the clients from elsewhere who fit its homes`,
      )
      .join('; ');
    const fits = `${plural(e0.length, 'open home')} ${e0.length === 1 ? 'fits' : 'fit'} the client's housing profile`;
    if (adjCount === 0 || heldFreeWithRoom) {
      out.push({
        nominationId: n.id,
        reason: 'held_back_by_exchange_tolerance',
        detail: `${fits}, but ${heldText}.${rest(adjCount, taken, blockedHomes)} The client stays in the queue for a later round.`,
        rank,
        eligibleVacancies: e0.length,
        heldBackIn,
      });
      continue;
    }
    if (freeBlocked.size > 0) {
      const blockingLimits: NonNullable<UnplacedNomination['blockingLimits']> = [];
      const texts: string[] = [];
      for (const g of [...freeBlocked.keys()].sort((x, y) => x - y)) {
        const grp = r.groups[g];
        const d = groupDetail(grp, a.gFlow[g]);
        texts.push(d.text);
        for (const limit of d.limits)
          blockingLimits.push({ kind: grp.kind, code: grp.code, limit, max: (limit === 'placements_12_months' ? grp.maxPlacementsPer12Months : grp.maxLiveTenancies)! });
      }
      const also = taken > 0 ? ` The other ${plural(taken, 'home')} ${taken === 1 ? 'is' : 'are'} proposed to clients higher in the queue.` : '';
      const entry: UnplacedNomination = {
        nominationId: n.id,
        reason: 'blocked_by_limits',
        detail: `${fits}, but ${texts.join('; ')}.${also}${heldText ? ` Also: ${heldText}.` : ''} The client stays in the queue.`,
        rank,
        eligibleVacancies: e0.length,
        blockingLimits,
      };
      if (heldBackIn.length > 0) entry.heldBackIn = heldBackIn;
      out.push(entry);
      continue;
    }
    const takenBy: Array<{ vacancyId: string; nominationId: string; queuePosition: number }> = [];
    for (const j of e0) if (inAdj[j] === i) takenBy.push({ vacancyId: r.vacancies[j].id, nominationId: r.nominations[a.owner[j]].id, queuePosition: a.owner[j] + 1 });
    takenBy.sort((x, y) => x.queuePosition - y.queuePosition);
    const positions = takenBy.map((t) => t.queuePosition).join(', ');
    const entry: UnplacedNomination = {
      nominationId: n.id,
      reason: 'taken_by_higher_ranked',
      rank,
      eligibleVacancies: e0.length,
      takenBy,
      detail:
        `${fits} in this round, and ${takenBy.length === 1 ? 'it is proposed to a client' : 'all are proposed to clients'} higher in the queue (queue ${takenBy.length === 1 ? 'position' : 'positions'} ${positions}); ` +
        `no other arrangement could place this client as well as all of them.${heldText ? ` Also: ${heldText}.` : ''} The client keeps their place in the queue.`,
    };
    if (heldBackIn.length > 0) entry.heldBackIn = heldBackIn;
    out.push(entry);
  }
  return out;
}

export function buildStats(r: CompiledRound, a: AssignmentResult, placedCount: number): MatchingStats {
  const withHomes = new Set(r.vacancies.map((v) => v.municipalityCode));
  return {
    candidates: r.N,
    openVacancies: r.V,
    eligiblePairs: r.e0.length,
    pairsHeldBack: r.e0.length - r.adj.length,
    placed: placedCount,
    fitCost: a.cost / COST_SCALE,
    ...(r.exchange
      ? {
          exchange: r.exchange
            .filter((e) => withHomes.has(e.municipalityCode))
            .map((e) => ({ municipalityCode: e.municipalityCode, room: e.room, admitted: Math.min(e.room, e.fromElsewhere), heldBack: Math.max(0, e.fromElsewhere - e.room) })),
        }
      : {}),
  };
}
