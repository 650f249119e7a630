import { DeclineReasonCode } from './types';

/**
 * Refusing a suitable offer without good reason has a consequence (DOMAIN.md, Bijzondere bemiddeling),
 * chosen per region: none, a cool-down (the nomination is not matched for a number of days), or the
 * loss of priority (the nomination goes to the back of the normal class, as if approved today).
 */
export const REFUSAL_CONSEQUENCES = ['none', 'cool_down', 'loss_of_priority'] as const;
export type RefusalConsequenceKind = (typeof REFUSAL_CONSEQUENCES)[number];

export interface RefusalPolicy {
  refusalConsequence: RefusalConsequenceKind;
  /** Calendar days a nomination is not matched after a refusal without good reason (cool-down only). */
  refusalCoolDownDays: number;
}

export const DEFAULT_REFUSAL_POLICY: RefusalPolicy = { refusalConsequence: 'cool_down', refusalCoolDownDays: 30 };

/** The decline reasons that count as refusing a suitable offer without good reason. */
export const REFUSAL_WITHOUT_GOOD_REASON: readonly DeclineReasonCode[] = ['client_refused_without_reason'];

export type RefusalOutcome =
  | { kind: 'none' }
  | { kind: 'cool_down'; until: Date }
  | { kind: 'loss_of_priority'; priorityClass: 'normal'; queueSince: Date };

/** What a decline means for the client's nomination, under the region's policy. */
export function refusalConsequence(policy: RefusalPolicy, reasonCode: DeclineReasonCode, now: Date): RefusalOutcome {
  if (!REFUSAL_WITHOUT_GOOD_REASON.includes(reasonCode)) return { kind: 'none' };
  switch (policy.refusalConsequence) {
    case 'none':
      return { kind: 'none' };
    case 'cool_down':
      return policy.refusalCoolDownDays > 0 ? { kind: 'cool_down', until: new Date(now.getTime() + policy.refusalCoolDownDays * 86_400_000) } : { kind: 'none' };
    case 'loss_of_priority':
      return { kind: 'loss_of_priority', priorityClass: 'normal', queueSince: new Date(now.getTime()) };
  }
}

/** Decline reasons that speak for the client: only the care provider, at the client's own step, may give them. */
export const CLIENT_SIDE_DECLINE_REASONS: readonly DeclineReasonCode[] = ['client_refused_with_reason', 'client_refused_without_reason', 'client_unavailable'];
