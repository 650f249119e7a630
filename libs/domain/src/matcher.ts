import { MatchingInput } from './matching-input';
import { RuleCheck } from './eligibility';
import { PriorityClass } from './types';

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
}

export interface Proposal {
  vacancyId: string;
  nominationId: string;
  explanation: Explanation;
}

export interface MatchingOutcome {
  proposals: Proposal[];
}

/** The one interface every matching engine implements: pure, deterministic for the same input. */
export interface Matcher {
  readonly name: string;
  propose(input: MatchingInput): MatchingOutcome;
}
