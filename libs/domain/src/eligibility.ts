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
  detail: string;
}

/** Rooms a nomination needs: its own minimum, else one room per household member. */
export const requiredRooms = (n: Pick<CandidateNomination, 'minRooms' | 'householdSize'>): number => n.minRooms ?? n.householdSize;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Whether the vacancy's municipality is allowed for this client, and on what ground. */
export function originCheck(n: CandidateNomination, v: OpenVacancy): RuleCheck {
  if (n.originMunicipalityCode === v.municipalityCode)
    return { rule: 'origin', passed: true, detail: `the home lies in the municipality of origin ${v.municipalityCode}` };
  const allowed = n.originExceptionMunicipalityCodes;
  if (allowed !== null && (allowed.length === 0 || allowed.includes(v.municipalityCode)))
    return { rule: 'origin', passed: true, detail: `origin exception allows ${v.municipalityCode} (origin ${n.originMunicipalityCode})` };
  return {
    rule: 'origin',
    passed: false,
    detail: `the home lies in ${v.municipalityCode}, the municipality of origin is ${n.originMunicipalityCode} and no exception allows it`,
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
      detail: n.woonvariant === v.woonvariant ? `woonvariant ${v.woonvariant}` : `asks ${n.woonvariant}, home is ${v.woonvariant}`,
    },
    { rule: 'rooms', passed: v.rooms >= rooms, detail: `${v.rooms} room(s), ${rooms} needed` },
    {
      rule: 'rent',
      passed: n.maxRent === null || v.rent <= n.maxRent,
      detail: n.maxRent === null ? `rent ${v.rent.toFixed(2)}, no maximum set` : `rent ${v.rent.toFixed(2)} against maximum ${n.maxRent.toFixed(2)}`,
    },
    {
      rule: 'needs',
      passed: unmetNeeds.length === 0,
      detail: homeNeeds.length === 0 ? 'no needs that concern the home' : unmetNeeds.length === 0 ? `meets ${homeNeeds.join(', ')}` : `does not meet ${unmetNeeds.join(', ')}`,
    },
    {
      rule: 'construction',
      passed: v.constructions.includes(n.construction),
      detail: `${n.construction} asked, home allows ${v.constructions.join(', ') || 'none'}`,
    },
    originCheck(n, v),
    {
      rule: 'avoided_neighbourhood',
      passed: !n.avoidNeighbourhoodCodes.includes(v.neighbourhoodCode),
      detail: n.avoidNeighbourhoodCodes.includes(v.neighbourhoodCode) ? `buurt ${v.neighbourhoodCode} is to be avoided` : `buurt ${v.neighbourhoodCode} is not avoided`,
    },
    {
      rule: 'ready_from',
      passed: n.readyFrom === null || n.readyFrom.getTime() <= v.availableFrom.getTime(),
      detail: n.readyFrom === null ? `available from ${day(v.availableFrom)}` : `client ready from ${day(n.readyFrom)}, home available from ${day(v.availableFrom)}`,
    },
  ];
}

export const isEligible = (n: CandidateNomination, v: OpenVacancy): boolean => checkEligibility(n, v).every((c) => c.passed);
