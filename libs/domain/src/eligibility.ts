import { ExplanationCode, ExplanationParams, explained } from './explanation-codes';
import { CandidateNomination, OpenVacancy } from './matching-input';

export type RuleCode =
  | 'woonvariant'
  | 'rooms'
  | 'rent'
  | 'needs'
  | 'construction'
  | 'origin'
  | 'avoided_neighbourhood'
  | 'ready_from'
  | 'neighbourhood_placements'
  | 'neighbourhood_live_tenancies'
  | 'not_declined_before';

export interface RuleCheck {
  rule: RuleCode;
  passed: boolean;
  /** The English sentence of `code` with `params`. */
  detail: string;
  /** Which explanation this is (a stable code to translate from), with its values. */
  code: ExplanationCode;
  params: ExplanationParams;
}

/** Rooms a nomination needs: its own minimum, else one room per household member. */
export const requiredRooms = (n: Pick<CandidateNomination, 'minRooms' | 'householdSize'>): number => n.minRooms ?? n.householdSize;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Whether the vacancy's municipality is allowed for this client, and on what ground. */
export function originCheck(n: CandidateNomination, v: OpenVacancy): RuleCheck {
  if (n.originMunicipalityCode === v.municipalityCode)
    return { rule: 'origin', passed: true, ...explained('origin.in_origin', { municipality: v.municipalityCode }) };
  const allowed = n.originExceptionMunicipalityCodes;
  if (allowed !== null && (allowed.length === 0 || allowed.includes(v.municipalityCode)))
    return { rule: 'origin', passed: true, ...explained('origin.exception', { municipality: v.municipalityCode, origin: n.originMunicipalityCode }) };
  return {
    rule: 'origin',
    passed: false,
    ...explained('origin.outside', { municipality: v.municipalityCode, origin: n.originMunicipalityCode }),
  };
}

/** Every eligibility rule of a pair (DOMAIN.md rule 4 and rule 1), each with its verdict. */
export function checkEligibility(n: CandidateNomination, v: OpenVacancy): RuleCheck[] {
  const rooms = requiredRooms(n);
  const homeNeeds = n.needs.filter((x) => x === 'ground_floor' || x === 'accessible');
  const unmetNeeds = homeNeeds.filter((x) => (x === 'accessible' ? !v.accessible : v.floor === null || v.floor !== 0));
  return [
    {
      rule: 'woonvariant',
      passed: n.woonvariant === v.woonvariant,
      ...(n.woonvariant === v.woonvariant ? explained('woonvariant.same', { woonvariant: v.woonvariant }) : explained('woonvariant.different', { asked: n.woonvariant, offered: v.woonvariant })),
    },
    { rule: 'rooms', passed: v.rooms >= rooms, ...explained('rooms.count', { rooms: v.rooms, needed: rooms }) },
    {
      rule: 'rent',
      passed: n.maxRent === null || v.rent <= n.maxRent,
      ...(n.maxRent === null ? explained('rent.no_maximum', { rent: v.rent }) : explained('rent.against_maximum', { rent: v.rent, max: n.maxRent })),
    },
    {
      rule: 'needs',
      passed: unmetNeeds.length === 0,
      ...(homeNeeds.length === 0
        ? explained('needs.none')
        : unmetNeeds.length === 0
          ? explained('needs.met', { needs: homeNeeds.join(', ') })
          : explained('needs.unmet', { needs: unmetNeeds.join(', ') })),
    },
    {
      rule: 'construction',
      passed: v.constructions.includes(n.construction),
      ...explained('construction.allowed', { asked: n.construction, allowed: v.constructions.join(', ') }),
    },
    originCheck(n, v),
    {
      rule: 'avoided_neighbourhood',
      passed: !n.avoidNeighbourhoodCodes.includes(v.neighbourhoodCode),
      ...explained(n.avoidNeighbourhoodCodes.includes(v.neighbourhoodCode) ? 'buurt.avoided' : 'buurt.not_avoided', { buurt: v.neighbourhoodCode }),
    },
    {
      rule: 'ready_from',
      passed: n.readyFrom === null || n.readyFrom.getTime() <= v.availableFrom.getTime(),
      ...(n.readyFrom === null
        ? explained('ready.available_from', { availableFrom: day(v.availableFrom) })
        : explained('ready.client_ready', { readyFrom: day(n.readyFrom), availableFrom: day(v.availableFrom) })),
    },
  ];
}

export const isEligible = (n: CandidateNomination, v: OpenVacancy): boolean => checkEligibility(n, v).every((c) => c.passed);
