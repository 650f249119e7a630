import { MatchingInput } from './matching-input';
import { RuleCheck, RuleCode } from './eligibility';
import { ExplanationCode, ExplanationParams } from './explanation-codes';
import { FitWeights } from './policy';
import { PriorityClass } from './types';

/** Rules beyond the pair rules of checkEligibility that an engine may check. */
export type EngineRuleCode = RuleCode | 'affordability' | 'unit_placements' | 'unit_live_tenancies' | 'exchange_tolerance';

export interface EngineRuleCheck {
  rule: EngineRuleCode;
  passed: boolean;
  /** The English sentence of `code` with `params`. */
  detail: string;
  code: ExplanationCode;
  params: ExplanationParams;
}

/** The fit terms of a pair, each between 0 (best) and 1 (worst). */
export interface FitTerms {
  /** 0: the home lies in the municipality of origin; 1: elsewhere. */
  originMunicipality: number;
  /** 0: the home lies in a preferred municipality, or the client stated none; 1: otherwise. */
  preferredMunicipality: number;
  /** Rent as a share of the most the client can pay (maxRent, under-23 cap); 0 when neither applies. */
  rentFit: number;
  /** Share of the longest waiting time in the round times share of the latest available-from date: the longest waiting get the soonest homes. */
  waitingTime: number;
}

export interface FitExplanation {
  terms: FitTerms;
  weights: FitWeights;
  /** Sum of weight times term, rounded to thousandths (the engine minimises the total of these). */
  cost: number;
}

/** Why the engine proposed this pairing; stored with the match and shown to the parties. */
export interface Explanation {
  matcher: string;
  summary: string;
  /** 1-based place of the nomination in the queue among the candidates of this round. */
  queuePosition: number;
  priorityClass: PriorityClass;
  approvedAt: string;
  /** Higher-ranked nominations that did not fit this vacancy. */
  higherRankedNotEligible: number;
  rules: RuleCheck[];
  /** 1-based rank in the queue order of this round (equals queuePosition). */
  rank?: number;
  /** Why this home among the ones that keep every placement possible: the fit terms and their weighted cost. */
  fit?: FitExplanation;
  /** Further rules the pairing passed: affordability, the unit's limits, the exchange tolerance. */
  additionalRules?: EngineRuleCheck[];
}

export interface Proposal {
  vacancyId: string;
  nominationId: string;
  explanation: Explanation;
}

export type UnplacedReason = 'no_eligible_vacancy' | 'blocked_by_limits' | 'held_back_by_exchange_tolerance' | 'taken_by_higher_ranked';

/** Why an active nomination got no proposal in this round: what GET /nominations/:id/matching-status shows. */
export interface UnplacedNomination {
  nominationId: string;
  reason: UnplacedReason;
  /** For no_eligible_vacancy: the rule that failed for the most open homes among those that missed by the fewest rules. */
  nearestMiss?: { rule: EngineRuleCode; vacancies: number };
  /** Wording fit to read to the client. */
  detail: string;
  /** 1-based rank in the queue order of this round. */
  rank?: number;
  /** Open homes that passed every pair rule (before the exchange tolerance). */
  eligibleVacancies?: number;
  /** For blocked_by_limits: the limits that were full. */
  blockingLimits?: Array<{ kind: 'neighbourhood' | 'unit'; code: string; limit: 'placements_12_months' | 'live_tenancies'; max: number }>;
  /** For taken_by_higher_ranked: who holds the homes that fit. */
  takenBy?: Array<{ vacancyId: string; nominationId: string; queuePosition: number }>;
  /** Municipalities where the exchange tolerance held this client back. */
  heldBackIn?: Array<{ municipalityCode: string; room: number; rankAmongClientsFromElsewhere: number }>;
}

/** Deterministic facts about a round (no timings). */
export interface MatchingStats {
  candidates: number;
  openVacancies: number;
  /** Pairs that pass every pair rule, before the exchange tolerance. */
  eligiblePairs: number;
  /** Eligible pairs withheld by the exchange tolerance. */
  pairsHeldBack: number;
  placed: number;
  /** Total fit cost of the proposals. */
  fitCost: number;
  exchange?: Array<{ municipalityCode: string; room: number; admitted: number; heldBack: number }>;
}

export interface MatchingOutcome {
  proposals: Proposal[];
  /** Every candidate without a proposal, with the reason. */
  unplaced?: UnplacedNomination[];
  stats?: MatchingStats;
}

/** The one interface every matching engine implements: pure, deterministic for the same input. */
export interface Matcher {
  readonly name: string;
  propose(input: MatchingInput): MatchingOutcome;
}
