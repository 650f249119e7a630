import { FitTerms } from '../matcher';
import { FlowState } from './placement';
import { CompiledRound, RoundArrays } from './round';

/** Costs are weighted sums of terms in [0, 1], kept as integers in thousandths so that totals are exact. */
export const COST_SCALE = 1000;

/** The most the client can pay for this home: maxRent, and the under-23 cap when it applies; Infinity when neither. */
export function affordableMax(a: RoundArrays, i: number, j: number): number {
  return a.vYear[j] <= a.nU23Until[i] ? Math.min(a.nMaxRent[i], a.vCap[j]) : a.nMaxRent[i];
}
const termOrigin = (a: RoundArrays, i: number, j: number) => (a.vMuni[j] === a.nOrigin[i] ? 0 : 1);
function termPreferred(a: RoundArrays, i: number, j: number): number {
  const pref = a.nPref[i];
  if (pref.length === 0) return 0;
  const m = a.vMuni[j];
  for (let k = 0; k < pref.length; k++) if (pref[k] === m) return 0;
  return 1;
}
function termRent(a: RoundArrays, i: number, j: number): number {
  const max = affordableMax(a, i, j);
  return Number.isFinite(max) && max > 0 ? Math.min(1, Math.max(0, a.vRent[j] / max)) : 0;
}
const termWaiting = (r: CompiledRound, i: number, j: number) => r.waitShare[i] * r.delayShare[j];

/** The fit terms of nomination i in vacancy j (DOMAIN.md rule 5: quality of fit after priority and count). */
export function fitTerms(r: CompiledRound, i: number, j: number): FitTerms {
  const a = r.arrays;
  return { originMunicipality: termOrigin(a, i, j), preferredMunicipality: termPreferred(a, i, j), rentFit: termRent(a, i, j), waitingTime: termWaiting(r, i, j) };
}

/** Integer cost (thousandths) of nomination i in vacancy j under the round's weights: the same terms as fitTerms, without allocating. */
export function fitCost(r: CompiledRound, i: number, j: number): number {
  const a = r.arrays;
  const w = r.weights;
  return Math.round(
    COST_SCALE *
      (w.originMunicipality * termOrigin(a, i, j) + w.preferredMunicipality * termPreferred(a, i, j) + w.rentFit * termRent(a, i, j) + w.waitingTime * termWaiting(r, i, j)),
  );
}

export interface AssignmentResult extends FlowState {
  /** Total integer cost of the assignment (thousandths). */
  cost: number;
  /** Integer cost per nomination (of its assigned pair), -1 for the unplaced. */
  pairCost: Int32Array;
  dijkstraPops: number;
  relaxations: number;
  heapPushes: number;
}

/**
 * Fit stage: a minimum-cost assignment of exactly the placed set, under the same pair arcs and
 * limits. Successive shortest paths with potentials (Dijkstra on reduced costs, stopped when the sink
 * is settled), adding one placed nomination at a time: after each step the flow is a minimum-cost
 * flow for the nominations added so far, and a path always exists because the set is placeable.
 */
export function minCostAssignment(r: CompiledRound, placed: Uint8Array): AssignmentResult {
  const { N, V, G, adjStart, vParent, gParent, gCap, gVacStart, gVac, gSubStart, gSub } = r;
  const NV = N + V;
  const SINK = NV + G;
  const total = SINK + 1;

  // Each placed nomination's arcs sorted by cost (then position), costs less the row's cheapest (a constant per row).
  const adj = new Int32Array(r.adj.length);
  const cost = new Int32Array(r.adj.length);
  const rowMin = new Float64Array(N);
  const order: number[] = [];
  const rowCost: number[] = [];
  for (let i = 0; i < N; i++) {
    if (!placed[i]) continue;
    const k0 = adjStart[i];
    const deg = adjStart[i + 1] - k0;
    order.length = 0;
    rowCost.length = deg;
    for (let q = 0; q < deg; q++) {
      rowCost[q] = fitCost(r, i, r.adj[k0 + q]);
      order.push(q);
    }
    order.sort((x, y) => rowCost[x] - rowCost[y] || r.adj[k0 + x] - r.adj[k0 + y]);
    const lo = rowCost[order[0]];
    rowMin[i] = lo;
    for (let q = 0; q < deg; q++) {
      adj[k0 + q] = r.adj[k0 + order[q]];
      cost[k0 + q] = rowCost[order[q]] - lo;
    }
  }

  const match = new Int32Array(N).fill(-1);
  const matchArc = new Int32Array(N).fill(-1);
  const owner = new Int32Array(V).fill(-1);
  const gFlow = new Int32Array(G);
  const pot = new Float64Array(total);
  const dist = new Float64Array(total);
  const seenStamp = new Int32Array(total);
  const doneStamp = new Int32Array(total);
  const pred = new Int32Array(total);
  const predArc = new Int32Array(total);
  const settled = new Int32Array(total);
  let stamp = 0;
  let bound = Infinity;
  let pops = 0;
  let relaxations = 0;
  let pushes = 0;

  // Binary heap with lazy deletion.
  let heapKey = new Float64Array(1024);
  let heapVal = new Int32Array(1024);
  let heapSize = 0;
  const push = (key: number, val: number) => {
    pushes++;
    if (heapSize === heapKey.length) {
      const k2 = new Float64Array(heapSize * 2);
      k2.set(heapKey);
      heapKey = k2;
      const v2 = new Int32Array(heapSize * 2);
      v2.set(heapVal);
      heapVal = v2;
    }
    let p = heapSize++;
    while (p > 0) {
      const q = (p - 1) >> 1;
      if (heapKey[q] < key || (heapKey[q] === key && heapVal[q] <= val)) break;
      heapKey[p] = heapKey[q];
      heapVal[p] = heapVal[q];
      p = q;
    }
    heapKey[p] = key;
    heapVal[p] = val;
  };
  const pop = (): number => {
    const val = heapVal[0];
    const key = heapKey[--heapSize];
    const last = heapVal[heapSize];
    let p = 0;
    for (;;) {
      let c = 2 * p + 1;
      if (c >= heapSize) break;
      if (c + 1 < heapSize && (heapKey[c + 1] < heapKey[c] || (heapKey[c + 1] === heapKey[c] && heapVal[c + 1] < heapVal[c]))) c++;
      if (key < heapKey[c] || (key === heapKey[c] && last <= heapVal[c])) break;
      heapKey[p] = heapKey[c];
      heapVal[p] = heapVal[c];
      p = c;
    }
    heapKey[p] = key;
    heapVal[p] = last;
    return val;
  };

  const hasRoom = (j: number): boolean => {
    for (let g = vParent[j]; g >= 0; g = gParent[g]) if (gFlow[g] >= gCap[g]) return false;
    return true;
  };
  const relax = (from: number, to: number, rc: number, arc: number) => {
    relaxations++;
    const d = dist[from] + rc;
    if (doneStamp[to] === stamp || d > bound) return;
    if (seenStamp[to] !== stamp || d < dist[to]) {
      seenStamp[to] = stamp;
      dist[to] = d;
      pred[to] = from;
      predArc[to] = arc;
      push(d, to);
    }
  };

  // Any order of adding rows gives an optimum; the most constrained first makes for shorter paths later.
  const rows: number[] = [];
  for (let i = 0; i < N; i++) if (placed[i]) rows.push(i);
  rows.sort((x, y) => adjStart[x + 1] - adjStart[x] - (adjStart[y + 1] - adjStart[y]) || x - y);
  for (const i0 of rows) {
    stamp++;
    heapSize = 0;
    // The new row has no incoming residual arc: its potential only has to keep its arcs non-negative.
    let p0 = -Infinity;
    for (let k = adjStart[i0]; k < adjStart[i0 + 1]; k++) p0 = Math.max(p0, pot[N + adj[k]] - cost[k]);
    pot[i0] = p0;
    seenStamp[i0] = stamp;
    dist[i0] = 0;
    pred[i0] = -1;
    push(0, i0);
    let nSettled = 0;
    let D = -1;
    // Upper bound: the tentative distance of the sink; nothing at or beyond it can shorten the path.
    bound = Infinity;
    while (heapSize > 0) {
      const u = pop();
      if (doneStamp[u] === stamp) continue;
      doneStamp[u] = stamp;
      settled[nSettled++] = u;
      pops++;
      if (u === SINK) {
        D = dist[u];
        break;
      }
      const pu = pot[u];
      const du = dist[u];
      if (u < N) {
        const mj = match[u];
        const base = du + pu;
        for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
          // Vacancy potentials never rise above 0, so base + cost[k] is a lower bound; arcs are sorted by cost.
          if (base + cost[k] > bound) break;
          const j = adj[k];
          const vn = N + j;
          relaxations++;
          if (j === mj || doneStamp[vn] === stamp) continue;
          const d = base + cost[k] - pot[vn];
          if (d > bound) continue;
          if (seenStamp[vn] !== stamp || d < dist[vn]) {
            seenStamp[vn] = stamp;
            dist[vn] = d;
            pred[vn] = u;
            predArc[vn] = k;
            push(d, vn);
            // A free home with room: its chain to the sink costs pot[vn] - pot[SINK] (telescoping): an upper bound.
            if (owner[j] === -1) {
              const viaHere = d + pot[vn] - pot[SINK];
              if (viaHere < bound && hasRoom(j)) bound = viaHere;
            }
          }
        }
      } else if (u < NV) {
        const j = u - N;
        const o = owner[j];
        if (o === -1) {
          const p = vParent[j];
          const to = p === -1 ? SINK : NV + p;
          relax(u, to, pu - pot[to], -1);
        } else relax(u, o, -cost[matchArc[o]] + pu - pot[o], -1);
      } else {
        const g = u - NV;
        if (gFlow[g] < gCap[g]) {
          const p = gParent[g];
          const to = p === -1 ? SINK : NV + p;
          relax(u, to, pu - pot[to], -1);
        }
        for (let k = gVacStart[g]; k < gVacStart[g + 1]; k++) {
          const c = gVac[k];
          if (owner[c] !== -1) relax(u, N + c, pu - pot[N + c], -1);
        }
        for (let k = gSubStart[g]; k < gSubStart[g + 1]; k++) {
          const h = gSub[k];
          if (gFlow[h] > 0) relax(u, NV + h, pu - pot[NV + h], -1);
        }
      }
      if (seenStamp[SINK] === stamp && dist[SINK] < bound) bound = dist[SINK];
    }
    if (D < 0) throw new Error(`fit stage: no path for a placed nomination (${r.nominations[i0].id}); the placed set should be placeable`);
    // Potentials: settled nodes move by dist - D, which keeps every residual reduced cost non-negative.
    for (let t = 0; t < nSettled; t++) {
      const u = settled[t];
      pot[u] += dist[u] - D;
    }
    // Augment along the predecessors, from the sink back to i0.
    let b = SINK;
    while (b !== i0) {
      const a = pred[b];
      if (a < N) {
        const j = b - N;
        match[a] = j;
        matchArc[a] = predArc[b];
        owner[j] = a;
      } else if (a < NV) {
        // vacancy -> owner (moves on) or -> group / sink: implicit
      } else {
        const g = a - NV;
        if (b === SINK) gFlow[g]++;
        else if (b < NV) {
          owner[b - N] = -1; // backward into a used vacancy of the group: vacated, its owner moves on (already re-assigned)
        } else {
          const h = b - NV;
          if (gParent[g] === h) gFlow[g]++;
          else gFlow[h]--;
        }
      }
      b = a;
    }
  }

  const pairCost = new Int32Array(N).fill(-1);
  let total2 = 0;
  for (let i = 0; i < N; i++) {
    if (match[i] < 0) continue;
    pairCost[i] = cost[matchArc[i]] + rowMin[i];
    total2 += pairCost[i];
  }
  return { match, owner, gFlow, cost: total2, pairCost, dijkstraPops: pops, relaxations, heapPushes: pushes };
}
