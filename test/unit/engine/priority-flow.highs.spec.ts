import fc from 'fast-check';
import { MatchingInput, PriorityFlowMatcher } from '@tp/domain';
import { FlowLp, Highs, highsRuntime, placedPerNomination, solveFlowLp } from '../../../bench/highs-lp';
import { generateInstance, INSTANCES } from '../../../bench/generator';
import { arbInput, RefModel, refModel } from './reference';

/**
 * The engine against an independent solver: HiGHS (npm `highs`) on linear programmes built from the
 * reference model's pairs and limits (not from the engine's). The flow polytope is integral, so the
 * LP optimum is the integer optimum.
 */
const engine = new PriorityFlowMatcher();
let highs: Highs;
beforeAll(async () => {
  highs = await highsRuntime();
});

function lpOf(m: RefModel, nominations: typeof m.queue, objective: 'count' | 'priority' | 'cost'): FlowLp {
  const vs = m.vacancies;
  const pairN: number[] = [];
  const pairV: number[] = [];
  const colCost: number[] = [];
  nominations.forEach((n, i) =>
    vs.forEach((v, j) => {
      if (!m.allowed(n, v)) return;
      pairN.push(i);
      pairV.push(j);
      colCost.push(objective === 'count' ? 1 : objective === 'priority' ? nominations.length - i : m.cost(n, v));
    }),
  );
  const groups: FlowLp['groups'] = [];
  for (const code of new Set(vs.map((v) => v.neighbourhoodCode))) {
    const cap = m.buurtCap(code);
    if (Number.isFinite(cap)) groups.push({ cap, vacancies: vs.flatMap((v, j) => (v.neighbourhoodCode === code ? [j] : [])) });
  }
  for (const id of new Set(vs.flatMap((v) => (v.unitId ? [v.unitId] : [])))) {
    const cap = m.unitCap(id);
    if (Number.isFinite(cap)) groups.push({ cap, vacancies: vs.flatMap((v, j) => (v.unitId === id ? [j] : [])) });
  }
  return {
    nCount: nominations.length,
    vCount: vs.length,
    pairN: Int32Array.from(pairN),
    pairV: Int32Array.from(pairV),
    groups,
    colCost: Float64Array.from(colCost),
    sense: objective === 'cost' ? 'min' : 'max',
    nominationRows: objective === 'cost' ? 'eq' : 'le',
  };
}

/** The three comparisons of issue 8 on one instance. */
function compareWithHighs(input: MatchingInput) {
  const m = refModel(input);
  const out = engine.propose(input);
  const placed = new Set(out.proposals.map((p) => p.nominationId));

  const count = solveFlowLp(highs, lpOf(m, m.queue, 'count'), 'simplex');
  expect(count.status).toBe('Optimal');
  expect(out.proposals.length).toBe(Math.round(count.objective));

  const prioLp = lpOf(m, m.queue, 'priority');
  const prio = solveFlowLp(highs, prioLp, 'simplex');
  const y = placedPerNomination(prioLp, prio.colValue);
  expect(m.queue.filter((_, i) => y[i] > 0.5).map((n) => n.id)).toEqual(m.queue.filter((n) => placed.has(n.id)).map((n) => n.id));

  const set = m.queue.filter((n) => placed.has(n.id));
  if (set.length > 0) {
    const fit = solveFlowLp(highs, lpOf(m, set, 'cost'), 'simplex');
    expect(fit.status).toBe('Optimal');
    const ns = new Map(input.nominations.map((n) => [n.id, n]));
    const vs = new Map(input.vacancies.map((v) => [v.id, v]));
    const engineCost = out.proposals.reduce((s, p) => s + m.cost(ns.get(p.nominationId)!, vs.get(p.vacancyId)!), 0);
    expect(engineCost).toBe(Math.round(fit.objective));
  }
}

describe('PriorityFlowMatcher against HiGHS', () => {
  it('places as many as the maximum-placement LP, the same set as the LP with strictly decreasing priority weights, at the fit-stage LP optimum (generated small and medium instances)', () => {
    fc.assert(
      fc.property(arbInput({ maxN: 40, maxV: 24 }), (input) => compareWithHighs(input)),
      { numRuns: 60 },
    );
  });

  it('does the same on seeded realistic rounds of typical size (500 x 200, limits, nested units, exceptions, tolerance)', () => {
    for (const seed of [8001, 91]) compareWithHighs(generateInstance({ ...INSTANCES.typical, seed }));
  });
});
