import { DEFAULT_POLICY, RefusalPolicy, RegionPolicy, TenancyPolicy } from '@tp/domain';
import { MunicipalityEntity, NeighbourhoodEntity, OrganisationEntity, RegionEntity, UserEntity } from '../database/entities';

export const regionView = (r: RegionEntity) => ({ code: r.code, name: r.name, createdAt: r.createdAt });

export const policyView = (r: RegionEntity): RegionPolicy & TenancyPolicy & RefusalPolicy & { regionCode: string; reminderDaysBefore: number; nominationValidityMonths: number } => ({
  regionCode: r.code,
  exchangeTolerance: r.exchangeTolerance,
  defaultMaxPlacementsPer12Months: r.defaultMaxPlacementsPer12Months,
  defaultMaxLiveTenancies: r.defaultMaxLiveTenancies,
  stepDeadlineWorkingDays: r.stepDeadlineWorkingDays,
  matchingCron: r.matchingCron,
  fitWeights: { ...DEFAULT_POLICY.fitWeights, ...r.fitWeights },
  omklapEvaluationMonths: r.omklapEvaluationMonths,
  omklapExtensionMonths: r.omklapExtensionMonths,
  conditionsMonths: r.conditionsMonths,
  reminderDaysBefore: r.reminderDaysBefore,
  refusalConsequence: r.refusalConsequence,
  refusalCoolDownDays: r.refusalCoolDownDays,
  nominationValidityMonths: r.nominationValidityMonths,
});

export const municipalityView = (m: MunicipalityEntity) => ({ code: m.code, name: m.name, regionCode: m.regionCode, isCentre: m.isCentre });

export const neighbourhoodView = (n: NeighbourhoodEntity) => ({
  code: n.code,
  name: n.name,
  municipalityCode: n.municipalityCode,
  maxPlacementsPer12Months: n.maxPlacementsPer12Months,
  maxLiveTenancies: n.maxLiveTenancies,
});

export const organisationView = (o: OrganisationEntity) => ({ id: o.id, type: o.type, name: o.name, regionCode: o.regionCode, municipalityCode: o.municipalityCode });

export const userView = (u: UserEntity, now: Date = new Date()) => ({
  id: u.id,
  email: u.email,
  role: u.role,
  organisationId: u.organisationId,
  createdAt: u.createdAt,
  disabled: u.disabledAt !== null && u.disabledAt !== undefined,
  lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil : null,
});
