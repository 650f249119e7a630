import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, Equals, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CURRENT_SETTINGS, CurrentSetting, LEGAL_FRAMEWORKS, LegalFramework, NEIGHBOURHOOD_CODE, SEXES, Sex } from '@tp/domain';
import { ListQuery, SortKey, SortParam } from '../common/pagination';

export class CreateClientDto {
  @ApiProperty({ description: "The care provider's own file number; no names needed" }) @IsString() @MinLength(1) @MaxLength(100)
  reference: string;
  @ApiProperty({ example: 'GM0150', description: 'CBS code (may lie outside the region) or "unknown"' })
  @IsString() @Matches(/^(GM\d{4}|unknown)$/, { message: 'must be a CBS code like GM0150, or "unknown"' })
  originMunicipalityCode: string;
  @ApiProperty({ example: 1998 }) @IsInt() @Min(1900) @Max(2100)
  birthYear: number;
  @ApiProperty({ minimum: 1, maximum: 20 }) @IsInt() @Min(1) @Max(20)
  householdSize: number;
  @ApiProperty({ enum: CURRENT_SETTINGS }) @IsIn(CURRENT_SETTINGS as unknown as string[])
  currentSetting: CurrentSetting;
  @ApiPropertyOptional({ enum: SEXES }) @IsOptional() @IsIn(SEXES as unknown as string[])
  sex?: Sex;
  @ApiPropertyOptional({ enum: LEGAL_FRAMEWORKS }) @IsOptional() @IsIn(LEGAL_FRAMEWORKS as unknown as string[])
  legalFramework?: LegalFramework;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  livingSituation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  incomeBand?: string;
  @ApiPropertyOptional({ type: [String], example: ['ground_floor'] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(100, { each: true })
  needs?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(100) @Matches(NEIGHBOURHOOD_CODE, { each: true, message: 'each must be a CBS code like BU01500101' })
  avoidNeighbourhoodCodes?: string[];
  @ApiProperty({ enum: [true], description: "The client's recorded consent to share data; required" }) @Equals(true, { message: 'must be true: record the consent first' })
  consentToShare: true;
}

export const CLIENT_SORTS: Record<string, SortKey> = {
  createdAt: { prop: 'createdAt' },
  reference: { prop: 'reference' },
  municipality: { prop: 'originMunicipalityCode' },
};

export class ClientListQuery extends ListQuery {
  @SortParam(Object.keys(CLIENT_SORTS), 'createdAt')
  sort?: string;
}
