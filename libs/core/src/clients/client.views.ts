import { Role } from '@tp/domain';
import { visibleFields } from '../access/field-policy';
import { ClientEntity } from '../database/entities';

export const clientView = (c: ClientEntity) => ({
  id: c.id,
  reference: c.reference,
  originMunicipalityCode: c.originMunicipalityCode,
  birthYear: c.birthYear,
  householdSize: c.householdSize,
  currentSetting: c.currentSetting,
  sex: c.sex,
  legalFramework: c.legalFramework,
  livingSituation: c.livingSituation,
  incomeBand: c.incomeBand,
  needs: c.needs,
  avoidNeighbourhoodCodes: c.avoidNeighbourhoodCodes,
  consentToShare: c.consentToShare,
  erasedAt: c.erasedAt ?? null,
  createdAt: c.createdAt,
});

/** The client as `role` may see it (the field policy). */
export const clientViewFor = (role: Role, c: ClientEntity) => visibleFields(role, 'client', clientView(c));
