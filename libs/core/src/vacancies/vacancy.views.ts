import { VacancyEntity } from '../database/entities';

export const vacancyView = (v: VacancyEntity) => ({
  id: v.id,
  corporationId: v.corporationId,
  status: v.status,
  address: v.address,
  municipalityCode: v.municipalityCode,
  neighbourhoodCode: v.neighbourhoodCode,
  unitId: v.unitId,
  woonvariant: v.woonvariant,
  rooms: v.rooms,
  rent: v.rent,
  availableFrom: v.availableFrom,
  accessible: v.accessible,
  floor: v.floor,
  constructions: v.constructions,
  withdrawalReason: v.withdrawalReason,
  createdAt: v.createdAt,
  updatedAt: v.updatedAt,
});
