import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean, IsDefined, IsEmail, ValidateIf, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { MUNICIPALITY_CODE, NEIGHBOURHOOD_CODE, ORGANISATION_TYPES, OrganisationType, REFUSAL_CONSEQUENCES, RefusalConsequenceKind, REGION_CODE, Role, ROLES } from '@tp/domain';

export class CreateRegionDto {
  @ApiProperty({ example: 'IJSSELLAND' }) @IsString() @Matches(REGION_CODE, { message: 'must be 2-32 capitals, digits, _ or -' })
  code: string;
  @ApiProperty({ example: 'Regio Deventer' }) @IsString() @MinLength(1) @MaxLength(200)
  name: string;
}

export class FitWeightsDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(1000) originMunicipality: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1000) preferredMunicipality: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1000) rentFit: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1000) waitingTime: number;
}

export class UpdatePolicyDto {
  @ApiPropertyOptional({ description: 'Net intake of clients from elsewhere a municipality may run ahead (default 2)' })
  @IsOptional() @IsInt() @Min(0) @Max(1000) exchangeTolerance?: number;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Default limit per buurt; null: none (default)' })
  @IsOptional() @IsInt() @Min(0) @Max(100000) defaultMaxPlacementsPer12Months?: number | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Default limit per buurt; null: none (default)' })
  @IsOptional() @IsInt() @Min(0) @Max(100000) defaultMaxLiveTenancies?: number | null;
  @ApiPropertyOptional({ description: 'Working days per match step (default 5)' })
  @IsOptional() @IsInt() @Min(1) @Max(60) stepDeadlineWorkingDays?: number;
  @ApiPropertyOptional({ description: 'Cron of the scheduled regional round (default "0 6 * * 1-5")' })
  @IsOptional() @IsString() @Matches(/^(\S+\s+){4}\S+$/, { message: 'must be a five-field cron expression' }) matchingCron?: string;
  @ApiPropertyOptional({ type: FitWeightsDto })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => FitWeightsDto) fitWeights?: FitWeightsDto;
  @ApiPropertyOptional({ description: 'Months from the start of an omklap lease to its first evaluation (default 12)' })
  @IsOptional() @IsInt() @Min(1) @Max(60) omklapEvaluationMonths?: number;
  @ApiPropertyOptional({ description: 'Months an extended omklap lease runs to its next evaluation (default 12)' })
  @IsOptional() @IsInt() @Min(1) @Max(60) omklapExtensionMonths?: number;
  @ApiPropertyOptional({ description: 'Months the conditions of a conditional lease run (default 12)' })
  @IsOptional() @IsInt() @Min(1) @Max(60) conditionsMonths?: number;
  @ApiPropertyOptional({ description: 'Days before an evaluation or the end of the conditions that the parties of a tenancy are reminded (default 14); they are reminded again the day after it when it is overdue' })
  @IsOptional() @IsInt() @Min(0) @Max(365) reminderDaysBefore?: number;
  @ApiPropertyOptional({
    enum: REFUSAL_CONSEQUENCES,
    description: 'What refusing a suitable offer without good reason (decline reason client_refused_without_reason) means for the nomination: none, cool_down (not matched for refusalCoolDownDays) or loss_of_priority (back of the normal class, waiting counted from the refusal). Default cool_down',
  })
  @IsOptional() @IsIn(REFUSAL_CONSEQUENCES) refusalConsequence?: RefusalConsequenceKind;
  @ApiPropertyOptional({ description: 'Calendar days of the cool-down after a refusal without good reason (default 30)' })
  @IsOptional() @IsInt() @Min(0) @Max(365) refusalCoolDownDays?: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 60,
    description: 'Months an approved nomination stays valid, from its approval or the last renewal of its readiness statement (default 12); 0: nominations never expire. A changed value applies from the next approval or renewal',
  })
  @IsOptional() @IsInt() @Min(0) @Max(60) nominationValidityMonths?: number;
}

export class CreateMunicipalityDto {
  @ApiProperty({ example: 'GM0150' }) @IsString() @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS code like GM0150' })
  code: string;
  @ApiProperty({ example: 'Deventer' }) @IsString() @MinLength(1) @MaxLength(200)
  name: string;
  @ApiProperty() @IsString() @Matches(REGION_CODE, { message: 'must be a region code' })
  regionCode: string;
  @ApiPropertyOptional({ description: 'The centrumgemeente of the region' }) @IsOptional() @IsBoolean()
  isCentre?: boolean;
}

export class LimitsDto {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: the regional default applies' })
  @IsDefined() @ValidateIf((o: LimitsDto) => o.maxPlacementsPer12Months !== null) @IsInt() @Min(0) @Max(100000)
  maxPlacementsPer12Months: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: the regional default applies' })
  @IsDefined() @ValidateIf((o: LimitsDto) => o.maxLiveTenancies !== null) @IsInt() @Min(0) @Max(100000)
  maxLiveTenancies: number | null;
}

export class CreateNeighbourhoodDto {
  @ApiProperty({ example: 'BU01500101' }) @IsString() @Matches(NEIGHBOURHOOD_CODE, { message: 'must be a CBS code like BU01500101' })
  code: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200)
  name: string;
  @ApiProperty() @IsString() @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS code like GM0150' })
  municipalityCode: string;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) maxPlacementsPer12Months?: number | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) maxLiveTenancies?: number | null;
}

export class CreateOrganisationDto {
  @ApiProperty({ enum: ORGANISATION_TYPES }) @IsIn(ORGANISATION_TYPES as unknown as string[])
  type: OrganisationType;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200)
  name: string;
  @ApiProperty() @IsString() @Matches(REGION_CODE, { message: 'must be a region code' })
  regionCode: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS code like GM0150' })
  municipalityCode?: string;
}

export class CreateUserDto {
  @ApiProperty() @IsEmail() @MaxLength(200)
  email: string;
  @ApiProperty({ minLength: 12 }) @IsString() @MinLength(12) @MaxLength(200)
  password: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES as unknown as string[])
  role: Role;
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  organisationId?: string;
}

export class MunicipalityListQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE) regionCode?: string;
}

export class NeighbourhoodListQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(MUNICIPALITY_CODE) municipalityCode?: string;
}

export class CreateUnitDto {
  @ApiProperty({ example: 'Complex Hanzeweg 2-40' }) @IsString() @MinLength(1) @MaxLength(200)
  name: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsInt() @Min(0) @Max(100000) maxPlacementsPer12Months?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsInt() @Min(0) @Max(100000) maxLiveTenancies?: number | null;
}

export class RenameDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200)
  name: string;
}

export class UpdateMunicipalityDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ description: "Only while the region has no other centrumgemeente; the centrumgemeente itself cannot give it up" }) @IsOptional() @IsBoolean()
  isCentre?: boolean;
}
