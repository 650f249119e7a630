import { Role } from '@tp/domain';
import { visibleExplanation, visibleFields, visibleItem } from '../access/field-policy';
import { MatchEntity, MatchEventEntity } from '../database/entities';

export const matchView = (x: MatchEntity) => ({
  id: x.id,
  vacancyId: x.vacancyId,
  nominationId: x.nominationId,
  regionCode: x.regionCode,
  status: x.status,
  destinationMunicipalityCode: x.destinationMunicipalityCode,
  originMunicipalityCode: x.originMunicipalityCode,
  neighbourhoodCode: x.neighbourhoodCode,
  stepDeadline: x.stepDeadline,
  declineReasonCode: x.declineReasonCode,
  declineNote: x.declineNote,
  explanation: x.explanation,
  createdAt: x.createdAt,
  updatedAt: x.updatedAt,
});

export const matchEventView = (e: MatchEventEntity) => ({
  type: e.type,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actorRole: e.actorRole,
  reasonCode: e.reasonCode,
  note: e.note,
  at: e.at,
});

/** The match as `role` may see it (the field policy): the explanation without the client's personal rules for the corporation. */
export const matchViewFor = (role: Role, x: MatchEntity) => {
  const v = visibleFields(role, 'match', matchView(x));
  return 'explanation' in v ? { ...v, explanation: visibleExplanation(role, v.explanation) as MatchEntity['explanation'] } : v;
};

export const matchEventViewFor = (role: Role, e: MatchEventEntity) => visibleItem(role, 'match.history', matchEventView(e));
