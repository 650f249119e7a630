/**
 * The independent solver: HiGHS (npm `highs`, WebAssembly) on the linear programmes of a round.
 * Columns are pairs (nomination, vacancy); rows: each nomination at most / exactly once, each vacancy
 * at most once, and each limit group (a unit, a buurt) at most its remaining places.
 */
import loadHighs from 'highs';
import { CompiledRound, fitCost } from '../libs/domain/src';

export type Highs = Awaited<ReturnType<typeof loadHighs>>;

let loaded: Promise<Highs> | undefined;
/** One HiGHS runtime per process. */
export const highsRuntime = (): Promise<Highs> => (loaded ??= loadHighs());

export interface FlowLp {
  nCount: number;
  vCount: number;
  /** Column k is the pair (pairN[k], pairV[k]). */
  pairN: Int32Array;
  pairV: Int32Array;
  /** Limit groups: remaining places and the vacancies under them (a buurt lists all of its vacancies, a unit those in it). */
  groups: Array<{ cap: number; vacancies: readonly number[] }>;
  colCost: Float64Array;
  sense: 'max' | 'min';
  /** 'le': a nomination at most once (placement LPs); 'eq': exactly once, for the nominations in `mustPlace` (fit LP). */
  nominationRows: 'le' | 'eq';
}

export interface LpResult {
  status: string;
  objective: number;
  colValue: Float64Array;
  /** Milliseconds in HiGHS's run() (the model is already loaded). */
  solveMs: number;
  /** Milliseconds to pass the model into HiGHS. */
  loadMs: number;
}

export type SolverSetting = 'simplex' | 'ipm';

export function solveFlowLp(highs: Highs, lp: FlowLp, setting: SolverSetting, now: () => number = () => performance.now()): LpResult {
  const { nCount, vCount, pairN, pairV, groups } = lp;
  const P = pairN.length;
  // HiGHS reports an empty model as unsolved; its optimum is plain.
  if (P === 0) return { status: lp.nominationRows === 'eq' && nCount > 0 ? 'Infeasible' : 'Optimal', objective: 0, colValue: new Float64Array(0), solveMs: 0, loadMs: 0 };
  const vGroups: number[][] = Array.from({ length: vCount }, () => []);
  groups.forEach((g, gi) => {
    for (const v of g.vacancies) vGroups[v].push(gi);
  });
  let nnz = 0;
  for (let k = 0; k < P; k++) nnz += 2 + vGroups[pairV[k]].length;
  const starts = new Int32Array(P + 1);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz).fill(1);
  let t = 0;
  for (let k = 0; k < P; k++) {
    starts[k] = t;
    indices[t++] = pairN[k];
    indices[t++] = nCount + pairV[k];
    for (const g of vGroups[pairV[k]]) indices[t++] = nCount + vCount + g;
  }
  starts[P] = t;
  const numRows = nCount + vCount + groups.length;
  const rowLower = new Float64Array(numRows).fill(-highs.infinity);
  const rowUpper = new Float64Array(numRows);
  for (let i = 0; i < nCount; i++) {
    rowUpper[i] = 1;
    if (lp.nominationRows === 'eq') rowLower[i] = 1;
  }
  for (let v = 0; v < vCount; v++) rowUpper[nCount + v] = 1;
  groups.forEach((g, gi) => (rowUpper[nCount + vCount + gi] = g.cap));
  const t0 = now();
  const model = highs.createModel({
    numCols: P,
    numRows,
    sense: lp.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: lp.colCost,
    colLower: new Float64Array(P),
    colUpper: new Float64Array(P).fill(1),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols: P, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false });
    if (setting === 'ipm') model.options.set({ solver: 'ipm', run_crossover: 'on' });
    else model.options.set({ solver: 'simplex' });
    const t1 = now();
    model.run();
    const t2 = now();
    const code = model.getModelStatus();
    const status = code === highs.constants.modelStatus.optimal ? 'Optimal' : `status ${code}`;
    return { status, objective: model.getObjectiveValue(), colValue: Float64Array.from(model.getSolution().colValue), solveMs: t2 - t1, loadMs: t1 - t0 };
  } finally {
    model.dispose();
  }
}

/** Sum of column values per nomination (its placement, 0..1). */
export function placedPerNomination(lp: FlowLp, x: Float64Array): Float64Array {
  const y = new Float64Array(lp.nCount);
  for (let k = 0; k < x.length; k++) y[lp.pairN[k]] += x[k];
  return y;
}

function groupMembers(r: CompiledRound): Array<{ cap: number; vacancies: number[] }> {
  const groups = r.groups.map((_, g) => ({ cap: r.gCap[g], vacancies: [] as number[] }));
  for (let j = 0; j < r.V; j++) for (let g = r.vParent[j]; g >= 0; g = r.gParent[g]) groups[g].vacancies.push(j);
  return groups;
}

/**
 * The maximum-placement LP of a compiled round (its pairs after the exchange tolerance).
 * weights 'count': every placement counts 1; 'priority': nomination of rank i weighs N - i, strictly
 * decreasing, so that the optimum places the lexicographically first maximal set (matroid greedy).
 */
export function placementLp(r: CompiledRound, weights: 'count' | 'priority'): FlowLp {
  const P = r.adj.length;
  const pairN = new Int32Array(P);
  const pairV = new Int32Array(P);
  const colCost = new Float64Array(P);
  for (let i = 0; i < r.N; i++)
    for (let k = r.adjStart[i]; k < r.adjStart[i + 1]; k++) {
      pairN[k] = i;
      pairV[k] = r.adj[k];
      colCost[k] = weights === 'count' ? 1 : r.N - i;
    }
  return { nCount: r.N, vCount: r.V, pairN, pairV, groups: groupMembers(r), colCost, sense: 'max', nominationRows: 'le' };
}

/** The fit-stage LP: place exactly the given set at minimum total fit cost (thousandths). Rows are the set's members in rank order. */
export function fitLp(r: CompiledRound, placed: Uint8Array): FlowLp {
  const rowOf = new Int32Array(r.N).fill(-1);
  let rows = 0;
  let P = 0;
  for (let i = 0; i < r.N; i++)
    if (placed[i]) {
      rowOf[i] = rows++;
      P += r.adjStart[i + 1] - r.adjStart[i];
    }
  const pairN = new Int32Array(P);
  const pairV = new Int32Array(P);
  const colCost = new Float64Array(P);
  let t = 0;
  for (let i = 0; i < r.N; i++) {
    if (!placed[i]) continue;
    for (let k = r.adjStart[i]; k < r.adjStart[i + 1]; k++) {
      pairN[t] = rowOf[i];
      pairV[t] = r.adj[k];
      colCost[t++] = fitCost(r, i, r.adj[k]);
    }
  }
  return { nCount: rows, vCount: r.V, pairN, pairV, groups: groupMembers(r), colCost, sense: 'min', nominationRows: 'eq' };
}
