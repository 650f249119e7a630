/** The national rent limits of one year (huurtoeslaggrenzen). */
export interface RentLimits {
  year: number;
  kwaliteitskortingsgrens: number;
  lowerAftoppingsgrens: number;
  upperAftoppingsgrens: number;
  liberalisatiegrens: number;
}

export const HUURSEGMENTEN = ['tot_kwaliteitskortingsgrens', 'tot_aftoppingsgrens_laag', 'tot_aftoppingsgrens_hoog', 'tot_liberalisatiegrens', 'vrije_sector'] as const;
export type Huursegment = (typeof HUURSEGMENTEN)[number];

/**
 * The limits in force in `year`: that year's, or else the latest earlier year's (the new limits
 * are not entered yet). `provisional` says so; null when nothing at or before that year is known.
 */
export function rentLimitsFor<L extends { year: number }>(year: number, all: readonly L[]): { limits: L; provisional: boolean } | null {
  let best: L | undefined;
  for (const l of all) if (l.year <= year && (best === undefined || l.year > best.year)) best = l;
  return best === undefined ? null : { limits: best, provisional: best.year !== year };
}

export function huursegment(rent: number, l: RentLimits): Huursegment {
  if (rent <= l.kwaliteitskortingsgrens) return 'tot_kwaliteitskortingsgrens';
  if (rent <= l.lowerAftoppingsgrens) return 'tot_aftoppingsgrens_laag';
  if (rent <= l.upperAftoppingsgrens) return 'tot_aftoppingsgrens_hoog';
  if (rent <= l.liberalisatiegrens) return 'tot_liberalisatiegrens';
  return 'vrije_sector';
}

/** With only a birth year, a client counts as under 23 until the end of the year they turn 23. */
export const isUnder23 = (birthYear: number, on: Date): boolean => on.getUTCFullYear() <= birthYear + 23;
