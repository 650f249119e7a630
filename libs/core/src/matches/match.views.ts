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
