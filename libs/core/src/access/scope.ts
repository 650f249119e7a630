import { Actor } from '../auth/actor';

/** The records that carry a tenant boundary. */
export type Resource = 'client' | 'nomination' | 'vacancy' | 'match' | 'tenancy' | 'matching_run' | 'audit_event' | 'audit_subject';

export const RESOURCE_TABLE: Record<Resource, string> = {
  client: 'client',
  nomination: 'nomination',
  vacancy: 'vacancy',
  match: 'match',
  tenancy: 'tenancy',
  matching_run: 'matching_run',
  /** The audit trail itself. */
  audit_event: 'audit_event',
  /** The clients whose trail (the access report) the actor may read: on the client table, no file contents. */
  audit_subject: 'client',
};

export interface ScopeCondition {
  where: string;
  params: Record<string, unknown>;
}

const NONE: ScopeCondition = { where: 'FALSE', params: {} };

/**
 * Which rows of a resource an actor may see (DOMAIN.md, Actors), as one SQL condition on `a`.
 * The single source of tenant scope: every list and every lookup by id goes through it.
 */
export function scopeCondition(actor: Actor, resource: Resource, a: string): ScopeCondition {
  const p = { scopeOrg: actor.organisationId, scopeRegion: actor.regionCode, scopeMun: actor.municipalityCode };
  const byRegion = { where: `${a}.region_code = :scopeRegion`, params: p };
  // the audit trail: the privacy officer and the coordinator of the region read it, nobody else
  if (resource === 'audit_event' || resource === 'audit_subject')
    return actor.role === 'privacy_officer' || actor.role === 'coordinator' ? { where: `${a}.region_code = :scopeRegion`, params: p } : NONE;
  switch (actor.role) {
    case 'admin':
      // The admin sets the region up; it sees no client files.
      return resource === 'matching_run' ? { where: 'TRUE', params: {} } : NONE;
    case 'coordinator':
      return byRegion;
    case 'auditor':
    case 'privacy_officer':
      // oversight roles read aggregates or the audit trail, never client files
      return NONE;
    case 'care_provider':
      switch (resource) {
        case 'client':
        case 'nomination':
        case 'match':
        case 'tenancy':
          return { where: `${a}.care_provider_id = :scopeOrg`, params: p };
        case 'vacancy':
          return { where: `EXISTS (SELECT 1 FROM match sm WHERE sm.vacancy_id = ${a}.id AND sm.care_provider_id = :scopeOrg)`, params: p };
        case 'matching_run':
          return NONE;
      }
      break;
    case 'corporation':
      switch (resource) {
        case 'vacancy':
        case 'match':
        case 'tenancy':
          return { where: `${a}.corporation_id = :scopeOrg`, params: p };
        case 'client':
        case 'nomination':
        case 'matching_run':
          return NONE;
      }
      break;
    case 'municipal_officer':
      switch (resource) {
        case 'client':
          return NONE;
        case 'nomination':
          return {
            where: `(${a}.deciding_municipality_code = :scopeMun OR ${a}.origin_municipality_code = :scopeMun OR EXISTS (SELECT 1 FROM match sm WHERE sm.nomination_id = ${a}.id AND sm.destination_municipality_code = :scopeMun))`,
            params: p,
          };
        case 'vacancy':
        case 'tenancy':
          return { where: `(${a}.municipality_code = :scopeMun${resource === 'tenancy' ? ` OR ${a}.origin_municipality_code = :scopeMun` : ''})`, params: p };
        case 'match':
          return { where: `(${a}.destination_municipality_code = :scopeMun OR ${a}.origin_municipality_code = :scopeMun)`, params: p };
        case 'matching_run':
          return byRegion;
      }
      break;
  }
  return NONE;
}
