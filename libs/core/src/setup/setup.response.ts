import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_TYPES, REFUSAL_CONSEQUENCES, ROLES } from '@tp/domain';
import { PageOf } from '../common/page.response';

export class RegionResponse {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const RegionPage = PageOf(RegionResponse, 'RegionPage');

export class FitWeightsResponse {
  @ApiProperty() originMunicipality: number;
  @ApiProperty() preferredMunicipality: number;
  @ApiProperty() rentFit: number;
  @ApiProperty() waitingTime: number;
}

export class PolicyResponse {
  @ApiProperty() regionCode: string;
  @ApiProperty() exchangeTolerance: number;
  @ApiProperty({ type: Number, nullable: true }) defaultMaxPlacementsPer12Months: number | null;
  @ApiProperty({ type: Number, nullable: true }) defaultMaxLiveTenancies: number | null;
  @ApiProperty() stepDeadlineWorkingDays: number;
  @ApiProperty() matchingCron: string;
  @ApiProperty({ type: FitWeightsResponse }) fitWeights: FitWeightsResponse;
  @ApiProperty({ type: 'integer', description: 'Months from the start of an omklap lease to its first evaluation (default 12)' }) omklapEvaluationMonths: number;
  @ApiProperty({ type: 'integer', description: 'Months an extended omklap lease runs to its next evaluation (default 12)' }) omklapExtensionMonths: number;
  @ApiProperty({ type: 'integer', description: 'Months the conditions of a conditional lease run (default 12)' }) conditionsMonths: number;
  @ApiProperty({ type: 'integer', description: 'Days before an evaluation or the end of the conditions that the parties of a tenancy are reminded (default 14)' }) reminderDaysBefore: number;
  @ApiProperty({ enum: REFUSAL_CONSEQUENCES, description: 'Consequence of refusing a suitable offer without good reason (default cool_down)' }) refusalConsequence: string;
  @ApiProperty({ type: 'integer', description: 'Calendar days of the cool-down (default 30)' }) refusalCoolDownDays: number;
  @ApiProperty({ type: 'integer', description: 'Months an approved or renewed nomination stays valid (default 12; 0: never expires)' }) nominationValidityMonths: number;
}

export class MunicipalityResponse {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() isCentre: boolean;
}

export const MunicipalityPage = PageOf(MunicipalityResponse, 'MunicipalityPage');

export class NeighbourhoodResponse {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() municipalityCode: string;
  @ApiProperty({ type: Number, nullable: true, description: 'null: the regional default applies' }) maxPlacementsPer12Months: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: the regional default applies' }) maxLiveTenancies: number | null;
}

export const NeighbourhoodPage = PageOf(NeighbourhoodResponse, 'NeighbourhoodPage');

export class OrganisationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ type: String, nullable: true }) municipalityCode: string | null;
}

export const OrganisationPage = PageOf(OrganisationResponse, 'OrganisationPage');

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'A disabled user cannot log in' }) disabled: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Locked after too many failed logins until this moment (null: not locked)' }) lockedUntil: string | null;
}

export const UserPage = PageOf(UserResponse, 'UserPage');

export class UnitResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() neighbourhoodCode: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: 'integer' }) maxPlacementsPer12Months: number | null;
  @ApiProperty({ nullable: true, type: 'integer' }) maxLiveTenancies: number | null;
}

export const UnitPage = PageOf(UnitResponse, 'UnitPage');
