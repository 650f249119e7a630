import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  CONSTRUCTIONS, Construction, MUNICIPALITY_CODE, NOMINATION_STATUSES, NominationStatus, PRIORITY_CLASSES, PriorityClass, SUPPORT_INTENSITIES,
  SupportIntensity, WOONVARIANTEN, Woonvariant,
} from '@tp/domain';
import { ListQuery, SortKey, SortParam } from '../common/pagination';

export class CreateNominationDto {
  @ApiProperty() @IsUUID()
  clientId: string;
  @ApiProperty({ enum: WOONVARIANTEN }) @IsIn(WOONVARIANTEN as unknown as string[])
  woonvariant: Woonvariant;
  @ApiPropertyOptional({ minimum: 1, maximum: 20 }) @IsOptional() @IsInt() @Min(1) @Max(20)
  minRooms?: number;
  @ApiPropertyOptional({ description: 'Highest monthly rent in euros', example: 650 }) @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(1) @Max(99999)
  maxRent?: number;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(MUNICIPALITY_CODE, { each: true, message: 'each must be a CBS code like GM0150' })
  preferredMunicipalityCodes?: string[];
  @ApiProperty({ enum: CONSTRUCTIONS }) @IsIn(CONSTRUCTIONS as unknown as string[])
  construction: Construction;
  @ApiPropertyOptional({ description: 'Who gives the ambulant support after the move' }) @IsOptional() @IsString() @MaxLength(200)
  supportProvider?: string;
  @ApiPropertyOptional({ enum: SUPPORT_INTENSITIES }) @IsOptional() @IsIn(SUPPORT_INTENSITIES as unknown as string[])
  supportIntensity?: SupportIntensity;
  @ApiPropertyOptional({ format: 'date', example: '2027-01-01' }) @IsOptional() @IsDateString({ strict: true }) @MinLength(10) @MaxLength(10)
  readyFrom?: string;
}

export class ReasonDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;
}

export class RenewNominationDto {
  @ApiPropertyOptional({ format: 'date', example: '2027-01-01', description: 'A new date from which the client is ready to move; left out: unchanged' })
  @IsOptional() @IsDateString({ strict: true }) @MinLength(10) @MaxLength(10)
  readyFrom?: string;
}

export class ApproveNominationDto {
  @ApiProperty({ enum: PRIORITY_CLASSES }) @IsIn(PRIORITY_CLASSES as unknown as string[])
  priorityClass: PriorityClass;
}

export class OriginExceptionDto {
  @ApiProperty({ description: 'Why the client may live outside the municipality of origin (safety, network, wish, no supply)' })
  @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;
  @ApiPropertyOptional({ type: [String], description: 'Where the client may be placed; absent or empty: anywhere in the region' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @Matches(MUNICIPALITY_CODE, { each: true, message: 'each must be a CBS code like GM0150' })
  allowedMunicipalityCodes?: string[];
}

export const NOMINATION_SORTS: Record<string, SortKey> = {
  createdAt: { prop: 'createdAt' },
  status: { prop: 'status' },
  municipality: { prop: 'originMunicipalityCode' },
  woonvariant: { prop: 'woonvariant' },
};

export class NominationListQuery extends ListQuery {
  @ApiPropertyOptional({ enum: NOMINATION_STATUSES }) @IsOptional() @IsIn(NOMINATION_STATUSES as unknown as string[])
  status?: NominationStatus;
  @SortParam(Object.keys(NOMINATION_SORTS), 'createdAt')
  sort?: string;
}
