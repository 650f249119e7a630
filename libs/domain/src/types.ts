/** Vocabulary of the transfer point. Plain values only: no framework types here. */

export const ROLES = ['admin', 'corporation', 'care_provider', 'municipal_officer', 'coordinator', 'auditor', 'privacy_officer'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_TYPES = ['corporation', 'care_provider', 'municipality'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const CURRENT_SETTINGS = ['BW', 'MO', 'bemoeizorg', 'verslavingszorg', 'GGZ', 'forensic', 'youth'] as const;
export type CurrentSetting = (typeof CURRENT_SETTINGS)[number];

export const LEGAL_FRAMEWORKS = ['Wmo', 'Zvw', 'Wlz', 'forensic', 'Jeugdwet'] as const;
export type LegalFramework = (typeof LEGAL_FRAMEWORKS)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/** The region's list of woonvarianten (DOMAIN.md); the default set. */
export const WOONVARIANTEN = ['zelfstandig', 'kleine_zelfstandige_wooneenheid', 'kamer', 'groepswonen', 'skaeve_huse'] as const;
export type Woonvariant = (typeof WOONVARIANTEN)[number];

export const CONSTRUCTIONS = ['regulier', 'omklap', 'onder_voorwaarden'] as const;
export type Construction = (typeof CONSTRUCTIONS)[number];

export const SUPPORT_INTENSITIES = ['licht', 'medium', 'complex', 'gespecialiseerd'] as const;
export type SupportIntensity = (typeof SUPPORT_INTENSITIES)[number];

export const PRIORITY_CLASSES = ['urgent', 'normal'] as const;
export type PriorityClass = (typeof PRIORITY_CLASSES)[number];

/** Needs a home can answer; other needs are kept but do not constrain the home. */
export const HOME_NEEDS = ['ground_floor', 'accessible', 'low_stimulus'] as const;

export const NOMINATION_STATUSES = ['draft', 'submitted', 'rejected', 'active', 'matched', 'housed', 'withdrawn', 'expired'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const VACANCY_STATUSES = ['open', 'matched', 'let', 'withdrawn'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const MATCH_STATUSES = ['proposed', 'approved', 'accepted', 'client_accepted', 'housed', 'declined', 'expired', 'cancelled'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/** A live match still holds its vacancy and its nomination. */
export const LIVE_MATCH_STATUSES = ['proposed', 'approved', 'accepted', 'client_accepted'] as const satisfies readonly MatchStatus[];

export const DECLINE_REASON_CODES = [
  'home_unsuitable',
  'candidate_unsuitable',
  'neighbourhood_load',
  'client_refused_with_reason',
  'client_refused_without_reason',
  'client_unavailable',
  'home_unavailable',
  'other',
] as const;
export type DeclineReasonCode = (typeof DECLINE_REASON_CODES)[number];

export const TENANCY_STATUSES = ['live', 'ended'] as const;
export type TenancyStatus = (typeof TENANCY_STATUSES)[number];

export const MATCHING_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type MatchingRunStatus = (typeof MATCHING_RUN_STATUSES)[number];

export const MATCHING_TRIGGERS = ['manual', 'schedule', 'vacancy_published', 'nomination_approved', 'origin_exception', 'match_declined', 'match_expired', 'match_cancelled', 'limits_changed'] as const;
export type MatchingTrigger = (typeof MATCHING_TRIGGERS)[number];

export const UNKNOWN_MUNICIPALITY = 'unknown';
export const MUNICIPALITY_CODE = /^GM\d{4}$/;
export const NEIGHBOURHOOD_CODE = /^BU\d{8}$/;
export const REGION_CODE = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
