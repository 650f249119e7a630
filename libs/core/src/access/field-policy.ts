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
  | 'tenancy.timeline'
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
const EXPLANATION = ['matcher', 'summary', 'queuePosition', 'priorityClass', 'approvedAt', 'higherRankedNotEligible', 'rules', 'rank', 'fit', 'additionalRules', 'erased'] as const;
const HISTORY = ['type', 'fromStatus', 'toStatus', 'actorRole', 'reasonCode', 'note', 'at'] as const;
const TIMELINE_ITEM = ['at', 'date', 'kind', 'type', 'actorRole', 'note', 'reasonCode', 'expectedReturnDate'] as const;
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
  'tenancy.timeline': parties(TIMELINE_ITEM),
  vacancy: parties(VACANCY),
};

/**
 * The rules of a match's explanation that say something about the client as a person: the age cap of
 * under-23s, the buurten the client avoids, the client's maximum rent, the municipality of origin and
 * the date the client is ready. The corporation sees only that they passed: no code, no values, no detail.
 */
export const PERSONAL_RULES: readonly string[] = ['affordability', 'avoided_neighbourhood', 'rent', 'origin', 'ready_from'];

/**
 * What the corporation sees of an explanation: the engine and the rules (personal ones as passed or
 * not), and how many higher-ranked candidates did not fit. Not the summary (it words what the client
 * can pay and prefers), the queue position, the priority, the approval date, the rank or the fit terms.
 */
const CORPORATION_EXPLANATION: readonly string[] = ['matcher', 'higherRankedNotEligible', 'rules', 'additionalRules'];

/** The fields `role` may see of `resource`. */
export function allowedFields(role: Role, resource: PolicyResource): readonly string[] {
  return FIELD_POLICY[resource][role] ?? [];
}

/** `view` with only the fields `role` may see of `resource` (a field the policy does not name is left out). */
export function visibleFields<T extends object>(role: Role, resource: PolicyResource, view: T): Partial<T> {
  const allowed = allowedFields(role, resource);
  return Object.fromEntries(Object.entries(view).filter(([k]) => allowed.includes(k))) as Partial<T>;
}

/** A match's explanation as `role` sees it: for the corporation, without what it says about the client as a person. */
export function visibleExplanation(role: Role, explanation: unknown): unknown {
  if (!explanation || typeof explanation !== 'object') return explanation;
  const e = visibleFields(role, 'match.explanation', explanation as Record<string, unknown>);
  if (role !== 'corporation') return e;
  const plain = (rules: unknown) =>
    Array.isArray(rules)
      ? (rules as Array<{ rule: string; passed: boolean }>).map((r) => (PERSONAL_RULES.includes(r.rule) ? { rule: r.rule, passed: r.passed, detail: r.passed ? 'passed' : 'not passed' } : r))
      : rules;
  const kept = Object.fromEntries(Object.entries(e).filter(([k]) => CORPORATION_EXPLANATION.includes(k)));
  return { ...kept, ...('rules' in kept ? { rules: plain(kept.rules) } : {}), ...('additionalRules' in kept ? { additionalRules: plain(kept.additionalRules) } : {}) };
}

/**
 * Whose free-text notes each role reads. The care provider's notes (on a time-out, a decline, an
 * evaluation) may carry health data and stay on the care side: its own staff and the regional
 * coordinator, who resolves stuck cases and escalations, read them; the corporation and the
 * municipal officer decide with the codes (reason, outcome, type) and read no care provider's text.
 * A system note (no author) and the notes of the other parties are readable to every party.
 */
const NOTE_AUTHORS_HIDDEN: Partial<Record<Role, readonly string[]>> = {
  corporation: ['care_provider'],
  municipal_officer: ['care_provider'],
};

/** Whether `role` may read a free-text note written by `authorRole` (null: the system). */
export function mayReadNoteOf(role: Role, authorRole: string | null): boolean {
  return authorRole === null || !(NOTE_AUTHORS_HIDDEN[role] ?? []).includes(authorRole);
}

/** A history or timeline item as `role` sees it: the fields of `resource`, the note withheld (null) when its author's notes are not for `role`. */
export function visibleItem<T extends { actorRole?: string | null; note?: string | null }>(role: Role, resource: 'match.history' | 'tenancy.timeline', item: T): Partial<T> {
  const v = visibleFields(role, resource, item);
  return 'note' in v && v.note != null && !mayReadNoteOf(role, item.actorRole ?? null) ? { ...v, note: null } : v;
}
