import { Matcher, MatchingOutcome } from '../matcher';
import { MatchingInput } from '../matching-input';
import { buildProposals, buildStats, buildUnplaced } from './explain';
import { AssignmentResult, minCostAssignment } from './fit';
import { PlacementResult, placeInQueueOrder } from './placement';
import { CompiledRound, compileRound } from './round';

export interface PriorityFlowOptions {
  /** A monotonic clock in milliseconds, for stage timings only (the benchmark passes performance.now). */
  timer?: () => number;
}

/** Milliseconds per stage; zeros without a timer. */
export interface StageTimings {
  compile: number;
  placement: number;
  fit: number;
  explain: number;
  total: number;
}

export interface RoundRun {
  outcome: MatchingOutcome;
  round: CompiledRound;
  placement: PlacementResult;
  assignment: AssignmentResult;
  timings: StageTimings;
}

/**
 * The matching engine of issue 8. A round:
 * 1. hard constraints: the pair rules (checkEligibility, the under-23 cap, pairs declined before),
 *    the exchange tolerance as a rule fixed before the round (only the R_m highest-ranked clients from
 *    elsewhere who fit one of m's homes may take m's homes), each home and client at most once, and the
 *    limits of every buurt and of the units nested in it;
 * 2. priority: the lexicographically first maximal placeable set in queue order (greedy with augmenting
 *    paths), which on this gammoid is also
 * 3. of maximum size;
 * 4. fit: a minimum-cost assignment of exactly that set under the weighted fit terms.
 * Pure and deterministic: no clock, no randomness, same outcome whatever the order of the input lists.
 */
export class PriorityFlowMatcher implements Matcher {
  readonly name = 'priority-flow-v1';

  constructor(private readonly options: PriorityFlowOptions = {}) {}

  propose(input: MatchingInput): MatchingOutcome {
    return this.run(input).outcome;
  }

  run(input: MatchingInput): RoundRun {
    const now = this.options.timer ?? (() => 0);
    const t0 = now();
    const round = compileRound(input);
    const t1 = now();
    const placement = placeInQueueOrder(round);
    const t2 = now();
    const assignment = minCostAssignment(round, placement.placed);
    const t3 = now();
    const outcome: MatchingOutcome = {
      proposals: buildProposals(round, assignment, this.name),
      unplaced: buildUnplaced(round, assignment),
      stats: buildStats(round, assignment, placement.count),
    };
    const t4 = now();
    return { outcome, round, placement, assignment, timings: { compile: t1 - t0, placement: t2 - t1, fit: t3 - t2, explain: t4 - t3, total: t4 - t0 } };
  }
}
