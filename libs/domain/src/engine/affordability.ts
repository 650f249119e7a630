import { explained } from '../explanation-codes';
import { CandidateNomination, OpenVacancy, RentParameters } from '../matching-input';
import { EngineRuleCheck } from '../matcher';
import { isUnder23, rentLimitsFor } from '../rent';

/** Calendar year (UTC) of a date. */
export const yearOf = (d: Date): number => d.getUTCFullYear();

/**
 * With only a birth year, a client counts as under 23 until the end of the year they turn 23
 * (DOMAIN.md), judged on the home's available-from date.
 */
export const isUnder23On = isUnder23;

/**
 * The kwaliteitskortingsgrens that applies to a home available in `year`: that year's parameter;
 * when the year has none yet, the latest earlier one (parameters stay in force until replaced).
 * undefined when no parameter of that year or before is known: the cap cannot be judged.
 */
export function capForYear(params: readonly RentParameters[], year: number): { cap: number; year: number } | undefined {
  const found = rentLimitsFor(year, params);
  return found === null ? undefined : { cap: found.limits.kwaliteitskortingsgrens, year: found.limits.year };
}

/**
 * The under-23 affordability rule (DOMAIN.md, huursegment): a client under 23 on the home's
 * available-from date gets rent allowance only up to the kwaliteitskortingsgrens, so the rent
 * must not exceed it. Without rent parameters in the input, or without a birth year, it does not apply.
 * When parameters are given but none is known for the year, it fails closed.
 */
export function affordabilityCheck(n: CandidateNomination, v: OpenVacancy, params: readonly RentParameters[] | undefined): EngineRuleCheck {
  const rule = 'affordability' as const;
  if (params === undefined) return { rule, passed: true, ...explained('under23.no_parameters') };
  if (n.birthYear === undefined || n.birthYear === null) return { rule, passed: true, ...explained('under23.birth_year_unknown') };
  const year = yearOf(v.availableFrom);
  if (!isUnder23On(n.birthYear, v.availableFrom)) return { rule, passed: true, ...explained('under23.not_under_23', { year }) };
  const c = capForYear(params, year);
  if (c === undefined) return { rule, passed: false, ...explained('under23.no_limit_known', { year }) };
  return { rule, passed: v.rent <= c.cap, ...explained('under23.against_limit', { year, rent: v.rent, cap: c.cap, capYear: c.year }) };
}
