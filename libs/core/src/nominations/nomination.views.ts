import { Role } from '@tp/domain';
import { visibleFields } from '../access/field-policy';
import { ClientEntity, NominationEntity } from '../database/entities';

export const nominationView = (n: NominationEntity, c?: ClientEntity | null) => ({
  id: n.id,
  clientId: n.clientId,
  status: n.status,
  originMunicipalityCode: n.originMunicipalityCode,
  decidingMunicipalityCode: n.decidingMunicipalityCode,
  woonvariant: n.woonvariant,
  minRooms: n.minRooms,
  maxRent: n.maxRent,
  preferredMunicipalityCodes: n.preferredMunicipalityCodes,
  construction: n.construction,
  supportProvider: n.supportProvider,
  supportIntensity: n.supportIntensity,
  readyFrom: n.readyFrom,
  priorityClass: n.priorityClass,
  submittedAt: n.submittedAt,
  approvedAt: n.approvedAt,
  coolDownUntil: n.coolDownUntil,
  queueSince: n.queueSince,
  validUntil: n.validUntil,
  rejectionReason: n.rejectionReason,
  withdrawalReason: n.withdrawalReason,
  originException: n.originExceptionReason
    ? { reason: n.originExceptionReason, allowedMunicipalityCodes: n.originExceptionMunicipalityCodes ?? [], grantedAt: n.originExceptionAt }
    : null,
  client: c ? { reference: c.reference, birthYear: c.birthYear, householdSize: c.householdSize, currentSetting: c.currentSetting } : undefined,
  createdAt: n.createdAt,
  updatedAt: n.updatedAt,
});

/** The nomination as `role` may see it (the field policy), the client's summary included. */
export function nominationViewFor(role: Role, n: NominationEntity, c?: ClientEntity | null) {
  const v = nominationView(n, c);
  return visibleFields(role, 'nomination', { ...v, client: v.client ? visibleFields(role, 'nomination.client', v.client) : undefined });
}
