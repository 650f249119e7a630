import { Role } from '@tp/domain';

/**
 * The fields each role may see of each resource, in one place (data minimisation, AVG art. 5(1)(c)).
 * A role not named for a resource sees none of it. Every response view of a client's data passes
 * through `visibleFields`; a test reads every response of the acceptance flow as each role and checks
 * that nothing outside this table appears.
 */
export type PolicyResource =
  | 'client'
  | 'nomination'
  | 'nomination.client'
  | 'match'
  | 'match.candidate'
  | 'match.explanation'
  | 'match.history'
  | 'tenancy'
  | 'vacancy';

const CLIENT = [
  'id', 'reference', 'originMunicipalityCode', 'birthYear', 'householdSize', 'currentSetting', 'sex', 'legalFramework', 'livingSituation', 'incomeBand', 'needs',
  'avoidNeighbourhoodCodes', 'consentToShare', 'erasedAt', 'createdAt',
] as const;
const NOMINATION = [
  'id', 'clientId', 'status', 'originMunicipalityCode', 'decidingMunicipalityCode', 'woonvariant', 'minRooms', 'maxRent', 'preferredMunicipalityCodes', 'construction',
  'supportProvider', 'supportIntensity', 'readyFrom', 'priorityClass', 'submittedAt', 'approvedAt', 'coolDownUntil', 'queueSince', 'validUntil', 'rejectionReason', 'withdrawalReason', 'originException', 'client',
  'createdAt', 'updatedAt',
] as const;
/** What the deciding officer needs of the client to decide on a nomination: no needs, no living situation, no income. */
const NOMINATION_CLIENT = ['reference', 'birthYear', 'householdSize', 'currentSetting'] as const;
const MATCH = [
  'id', 'vacancyId', 'nominationId', 'regionCode', 'status', 'destinationMunicipalityCode', 'originMunicipalityCode', 'neighbourhoodCode', 'stepDeadline', 'declineReasonCode',
  'declineNote', 'explanation', 'createdAt', 'updatedAt', 'candidate', 'history',
] as const;
/**
 * The candidate as a party to the match sees it: only what deciding on the home needs (household
 * size, needs that concern the home, the construction and its support, the care provider's own
 * reference); never the current setting, birth year, origin facility or care history.
 */
export const CANDIDATE_FIELDS = ['reference', 'householdSize', 'homeNeeds', 'construction', 'supportProvider', 'supportIntensity'] as const;
const EXPLANATION = ['matcher', 'summary', 'queuePosition', 'priorityClass', 'approvedAt', 'higherRankedNotEligible', 'rules', 'rank', 'fit', 'additionalRules'] as const;
const HISTORY = ['type', 'fromStatus', 'toStatus', 'actorRole', 'reasonCode', 'note', 'at'] as const;
const TENANCY = [
  'id', 'matchId', 'vacancyId', 'nominationId', 'corporationId', 'careProviderId', 'municipalityCode', 'originMunicipalityCode', 'neighbourhoodCode', 'construction', 'leaseholder',
  'startDate', 'status', 'endDate', 'endReason', 'nextEvaluationDate', 'conditionsEndDate', 'convertedOn', 'onTimeOut', 'expectedReturnDate', 'extensions',
] as const;
const VACANCY = [
  'id', 'corporationId', 'status', 'address', 'municipalityCode', 'neighbourhoodCode', 'unitId', 'woonvariant', 'rooms', 'rent', 'availableFrom', 'accessible', 'floor',
  'constructions', 'withdrawalReason', 'createdAt', 'updatedAt',
] as const;

const parties = <T>(fields: T) => ({ corporation: fields, care_provider: fields, municipal_officer: fields, coordinator: fields });

export const FIELD_POLICY: Record<PolicyResource, Partial<Record<Role, readonly string[]>>> = {
  // the client file: its own care provider, and the coordinator of the region (stuck cases)
  client: { care_provider: CLIENT, coordinator: CLIENT },
  nomination: { care_provider: NOMINATION, municipal_officer: NOMINATION, coordinator: NOMINATION },
  'nomination.client': { care_provider: NOMINATION_CLIENT, municipal_officer: NOMINATION_CLIENT, coordinator: NOMINATION_CLIENT },
  match: parties(MATCH),
  'match.candidate': parties(CANDIDATE_FIELDS),
  'match.explanation': parties(EXPLANATION),
  'match.history': parties(HISTORY),
  tenancy: parties(TENANCY),
  vacancy: parties(VACANCY),
};

/**
 * The rules of a match's explanation that say something about the client as a person (the age cap
 * of under-23s, the buurten the client avoids): the corporation sees that they passed, not why.
 */
export const PERSONAL_RULES: readonly string[] = ['affordability', 'avoided_neighbourhood'];

/** The fields `role` may see of `resource`. */
export function allowedFields(role: Role, resource: PolicyResource): readonly string[] {
  return FIELD_POLICY[resource][role] ?? [];
}

/** `view` with only the fields `role` may see of `resource` (a field the policy does not name is left out). */
export function visibleFields<T extends object>(role: Role, resource: PolicyResource, view: T): Partial<T> {
  const allowed = allowedFields(role, resource);
  return Object.fromEntries(Object.entries(view).filter(([k]) => allowed.includes(k))) as Partial<T>;
}

/** A match's explanation as `role` sees it: for the corporation, the personal rules without their detail. */
export function visibleExplanation(role: Role, explanation: unknown): unknown {
  if (!explanation || typeof explanation !== 'object') return explanation;
  const e = visibleFields(role, 'match.explanation', explanation as Record<string, unknown>);
  if (role !== 'corporation') return e;
  const plain = (rules: unknown) =>
    Array.isArray(rules) ? (rules as Array<{ rule: string; passed: boolean }>).map((r) => (PERSONAL_RULES.includes(r.rule) ? { ...r, detail: r.passed ? 'passed' : 'not passed' } : r)) : rules;
  return { ...e, ...('rules' in e ? { rules: plain(e.rules) } : {}), ...('additionalRules' in e ? { additionalRules: plain(e.additionalRules) } : {}) };
}
