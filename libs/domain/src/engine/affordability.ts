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
  if (params === undefined) return { rule, passed: true, detail: 'no rent parameters given: the under-23 cap is not applied' };
  if (n.birthYear === undefined || n.birthYear === null) return { rule, passed: true, detail: 'birth year unknown: the under-23 cap is not applied' };
  const year = yearOf(v.availableFrom);
  if (!isUnder23On(n.birthYear, v.availableFrom)) return { rule, passed: true, detail: `23 or older in ${year}: no under-23 cap` };
  const c = capForYear(params, year);
  if (c === undefined) return { rule, passed: false, detail: `under 23 in ${year} and no kwaliteitskortingsgrens is known for ${year}` };
  const from = c.year === year ? `${year}` : `${c.year}, the latest known for ${year}`;
  return {
    rule,
    passed: v.rent <= c.cap,
    detail: `under 23 in ${year}: rent ${v.rent.toFixed(2)} against the kwaliteitskortingsgrens ${c.cap.toFixed(2)} of ${from}`,
  };
}
