import { Matcher, PriorityFlowMatcher } from '@tp/domain';

export const MATCHER = Symbol('MATCHER');

/** The one place that chooses the engine behind the Matcher interface. */
export const matcherProvider = { provide: MATCHER, useFactory: (): Matcher => new PriorityFlowMatcher() };
