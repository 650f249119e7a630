import { HOME_NEEDS, isLiveMatch, MatchStatus, Role } from '@tp/domain';
import { ClientEntity, NominationEntity } from '../database/entities';

/**
 * What a party to a match sees of the candidate (the fields are `CANDIDATE_FIELDS` of the field policy, access/field-policy.ts): only what deciding on the home needs (household
 * size, needs that concern the home, the construction and the support), never the current setting,
 * birth year, origin or care history. The corporation sees it only while the match is live.
 */
export function candidateProfile(role: Role, status: MatchStatus, client: ClientEntity, nomination: NominationEntity) {
  if (role === 'corporation' && !isLiveMatch(status)) return null;
  return {
    reference: client.reference,
    householdSize: client.householdSize,
    homeNeeds: client.needs.filter((n) => (HOME_NEEDS as readonly string[]).includes(n)),
    construction: nomination.construction,
    supportProvider: nomination.supportProvider,
    supportIntensity: nomination.supportIntensity,
  };
}
