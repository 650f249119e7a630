import { CompiledRound } from './round';

/** A feasible flow: who has which home, and how much of each limit group is used. */
export interface FlowState {
  /** Vacancy index per nomination, -1: unplaced. */
  match: Int32Array;
  /** Nomination index per vacancy, -1: free. */
  owner: Int32Array;
  /** Placements this round under each limit group. */
  gFlow: Int32Array;
}

export interface PlacementResult extends FlowState {
  placed: Uint8Array;
  count: number;
  /** Work done, for the benchmark: arcs scanned and failed searches. */
  arcScans: number;
  failedSearches: number;
}

const DEAD = -2;

/**
 * Priority stage: greedy in queue order with augmenting paths on the network
 * nomination -> vacancy -> unit -> buurt -> sink (remaining capacities). A nomination is placed when
 * an augmenting path from it exists; the placed set is then the lexicographically first maximal
 * placeable set in queue order, and, the placeable sets forming a gammoid, also one of maximum size.
 *
 * Every node that a failed search visited is marked dead for the rest of the round: the visited set
 * has no residual arc leaving it (else the search would have gone on), later augmenting paths cannot
 * enter it and still reach the sink, so they never change it and it stays closed. That keeps the
 * failed searches together linear in the number of pairs.
 */
export function placeInQueueOrder(r: CompiledRound): PlacementResult {
  const { N, V, G, adjStart, adj, vParent, gParent, gCap, gVacStart, gVac, gSubStart, gSub } = r;
  const match = new Int32Array(N).fill(-1);
  const owner = new Int32Array(V).fill(-1);
  const gFlow = new Int32Array(G);
  const placed = new Uint8Array(N);
  const total = N + V + G;
  const mark = new Int32Array(total); // search stamp, or DEAD
  const visitedList = new Int32Array(total);
  let visitedCount = 0;
  const stackNode = new Int32Array(total + 4);
  const stackPos = new Int32Array(total + 4);
  const path = new Int32Array(total + 8);
  let stamp = 0;
  let count = 0;
  let arcScans = 0;
  let failedSearches = 0;
  const NV = N + V;

  /** A free vacancy whose whole chain of limit groups still has room. */
  const hasRoom = (j: number): boolean => {
    for (let g = vParent[j]; g >= 0; g = gParent[g]) if (gFlow[g] >= gCap[g]) return false;
    return true;
  };
  /** First free vacancy with room among i's arcs (the one-step look-ahead), or -1. */
  const lookAhead = (i: number): number => {
    for (let k = adjStart[i], end = adjStart[i + 1]; k < end; k++) {
      const j = adj[k];
      if (owner[j] === -1 && hasRoom(j)) {
        arcScans += k - adjStart[i] + 1;
        return j;
      }
    }
    arcScans += adjStart[i + 1] - adjStart[i];
    return -1;
  };
  const visit = (x: number): boolean => {
    const m = mark[x];
    if (m === stamp || m === DEAD) return false;
    mark[x] = stamp;
    visitedList[visitedCount++] = x;
    return true;
  };

  /** Applies the path (node ids, ending with the sink -1) to the flow. */
  const augment = (len: number) => {
    for (let t = 0; t + 1 < len; t++) {
      const a = path[t];
      const b = path[t + 1];
      if (a < N) {
        const j = b - N;
        match[a] = j;
        owner[j] = a;
      } else if (a < NV) {
        // vacancy -> its owner (released, re-assigned by the next arc) or -> its group / the sink: implicit
      } else {
        const g = a - NV;
        if (b === -1) gFlow[g]++;
        else if (b < NV) owner[b - N] = -1; // backward into a used vacancy of the group: it is vacated
        else {
          const h = b - NV;
          if (gParent[g] === h) gFlow[g]++;
          else gFlow[h]--; // backward into a unit of the buurt
        }
      }
    }
  };
  /** Appends free vacancy j (reached from a nomination) and its group chain up to the sink. */
  const appendFree = (len: number, j: number): number => {
    path[len++] = N + j;
    for (let g = vParent[j]; g >= 0; g = gParent[g]) path[len++] = NV + g;
    path[len++] = -1;
    return len;
  };

  for (let i0 = 0; i0 < N; i0++) {
    if (adjStart[i0] === adjStart[i0 + 1]) continue;
    // Direct: a free home with room.
    const direct = lookAhead(i0);
    if (direct >= 0) {
      path[0] = i0;
      augment(appendFree(1, direct));
      placed[i0] = 1;
      count++;
      continue;
    }
    stamp++;
    visitedCount = 0;
    if (mark[i0] === DEAD) continue;
    mark[i0] = stamp;
    visitedList[visitedCount++] = i0;
    let top = 0;
    stackNode[0] = i0;
    stackPos[0] = adjStart[i0];
    let found = -1; // path length when found
    while (top >= 0 && found < 0) {
      const x = stackNode[top];
      if (x < N) {
        // nomination: scan its arcs
        const end = adjStart[x + 1];
        let pushed = false;
        while (stackPos[top] < end) {
          const j = adj[stackPos[top]++];
          arcScans++;
          if (j === match[x]) continue;
          const vn = N + j;
          if (!visit(vn)) continue;
          stackNode[++top] = vn;
          stackPos[top] = 0;
          pushed = true;
          break;
        }
        if (!pushed) top--;
      } else if (x < NV) {
        // vacancy: free -> its group (or the sink); used -> its owner
        if (stackPos[top] > 0) {
          top--;
          continue;
        }
        stackPos[top] = 1;
        const j = x - N;
        const o = owner[j];
        if (o === -1) {
          const p = vParent[j];
          if (p === -1) {
            for (let t = 0; t <= top; t++) path[t] = stackNode[t];
            path[top + 1] = -1;
            found = top + 2;
            break;
          }
          if (visit(NV + p)) {
            stackNode[++top] = NV + p;
            stackPos[top] = 0;
          }
        } else if (visit(o)) {
          // the owner moves on: first a look-ahead for a free home with room
          const fj = lookAhead(o);
          if (fj >= 0) {
            for (let t = 0; t <= top; t++) path[t] = stackNode[t];
            path[top + 1] = o;
            found = appendFree(top + 2, fj);
            break;
          }
          stackNode[++top] = o;
          stackPos[top] = adjStart[o];
        }
      } else {
        // group: up when it has room, else back down into its used vacancies and units
        const g = x - NV;
        const nVac = gVacStart[g + 1] - gVacStart[g];
        const nSub = gSubStart[g + 1] - gSubStart[g];
        let pushed = false;
        while (!pushed && stackPos[top] <= nVac + nSub) {
          const pos = stackPos[top]++;
          arcScans++;
          if (pos === 0) {
            if (gFlow[g] >= gCap[g]) continue;
            const p = gParent[g];
            if (p === -1) {
              for (let t = 0; t <= top; t++) path[t] = stackNode[t];
              path[top + 1] = -1;
              found = top + 2;
              break;
            }
            if (visit(NV + p)) {
              stackNode[++top] = NV + p;
              stackPos[top] = 0;
              pushed = true;
            }
          } else if (pos <= nVac) {
            const c = gVac[gVacStart[g] + pos - 1];
            if (owner[c] === -1) continue;
            if (visit(N + c)) {
              stackNode[++top] = N + c;
              stackPos[top] = 0;
              pushed = true;
            }
          } else {
            const u = gSub[gSubStart[g] + pos - 1 - nVac];
            if (gFlow[u] === 0) continue;
            if (visit(NV + u)) {
              stackNode[++top] = NV + u;
              stackPos[top] = 0;
              pushed = true;
            }
          }
        }
        if (found >= 0) break;
        if (!pushed) top--;
      }
    }
    if (found >= 0) {
      augment(found);
      placed[i0] = 1;
      count++;
    } else {
      failedSearches++;
      for (let t = 0; t < visitedCount; t++) mark[visitedList[t]] = DEAD;
    }
  }
  return { match, owner, gFlow, placed, count, arcScans, failedSearches };
}
