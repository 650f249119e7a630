import { err, ok, Result } from './result';

/** A refused state change: the object is in `from`, the action needs one of `allowed`. */
export interface TransitionRefused<S extends string> {
  code: 'invalid_transition';
  action: string;
  from: S;
  allowed: readonly S[];
}

export type TransitionTable<S extends string, A extends string> = Record<A, { from: readonly S[]; to: S }>;

/** Applies `action` to `from` using a table of legal transitions. */
export function transition<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  from: S,
  action: A,
): Result<S, TransitionRefused<S>> {
  const rule = table[action];
  if (!rule.from.includes(from)) return err({ code: 'invalid_transition', action, from, allowed: rule.from });
  return ok(rule.to);
}
