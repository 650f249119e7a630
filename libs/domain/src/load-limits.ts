import { NeighbourhoodLoad } from './matching-input';
import { RuleCheck } from './eligibility';
import { explained } from './explanation-codes';

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
      ...(p === null
        ? explained('limit.placements_none', { kind: 'buurt', area: load.code })
        : explained('limit.placements', { kind: 'buurt', area: load.code, count: load.placementsLast12Months, max: p })),
    },
    {
      rule: 'neighbourhood_live_tenancies',
      passed: t === null || load.liveTenancies + 1 <= t,
      ...(t === null ? explained('limit.live_none', { kind: 'buurt', area: load.code }) : explained('limit.live', { kind: 'buurt', area: load.code, count: load.liveTenancies, max: t })),
    },
  ];
}

export const hasRoom = (load: NeighbourhoodLoad): boolean => checkLoad(load).every((c) => c.passed);
