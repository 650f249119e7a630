import { NeighbourhoodLoad } from './matching-input';
import { RuleCheck } from './eligibility';

/** The limit that applies: the buurt's own, else the region's default, else none. */
export const effectiveLimit = (own: number | null, regionDefault: number | null): number | null => own ?? regionDefault;

/** Whether one more placement fits in the buurt (a proposal counts as a placement and as a live tenancy). */
export function checkLoad(load: NeighbourhoodLoad): RuleCheck[] {
  const p = load.maxPlacementsPer12Months;
  const t = load.maxLiveTenancies;
  return [
    {
      rule: 'neighbourhood_placements',
      passed: p === null || load.placementsLast12Months + 1 <= p,
      detail: p === null ? `no limit on placements in ${load.code}` : `${load.placementsLast12Months} of ${p} placements in the last 12 months in ${load.code}`,
    },
    {
      rule: 'neighbourhood_live_tenancies',
      passed: t === null || load.liveTenancies + 1 <= t,
      detail: t === null ? `no limit on live tenancies in ${load.code}` : `${load.liveTenancies} of ${t} live tenancies in ${load.code}`,
    },
  ];
}

export const hasRoom = (load: NeighbourhoodLoad): boolean => checkLoad(load).every((c) => c.passed);
