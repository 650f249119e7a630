import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CONSTRUCTIONS, Construction, NEIGHBOURHOOD_CODE, VACANCY_STATUSES, VacancyStatus, WOONVARIANTEN, Woonvariant } from '@tp/domain';
import { ListQuery, SortKey, SortParam } from '../common/pagination';

export class CreateVacancyDto {
  @ApiProperty({ example: 'Brink 12, 7411 BR Deventer' }) @IsString() @MinLength(1) @MaxLength(300)
  address: string;
  @ApiProperty({ example: 'BU01500101' }) @IsString() @Matches(NEIGHBOURHOOD_CODE, { message: 'must be a CBS code like BU01500101' })
  neighbourhoodCode: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A street or complex inside the buurt with limits of its own' }) @IsOptional() @IsUUID()
  unitId?: string;
  @ApiProperty({ enum: WOONVARIANTEN }) @IsIn(WOONVARIANTEN as unknown as string[])
  woonvariant: Woonvariant;
  @ApiProperty({ minimum: 1, maximum: 20 }) @IsInt() @Min(1) @Max(20)
  rooms: number;
  @ApiProperty({ description: 'Monthly rent in euros', example: 612.5 }) @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }) @Min(0) @Max(99999)
  rent: number;
  @ApiProperty({ format: 'date', example: '2026-12-01' }) @IsDateString({ strict: true }) @MinLength(10) @MaxLength(10)
  availableFrom: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  accessible?: boolean;
  @ApiPropertyOptional({ description: '0 is the ground floor' }) @IsOptional() @IsInt() @Min(-1) @Max(200)
  floor?: number;
  @ApiProperty({ enum: CONSTRUCTIONS, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(3) @IsIn(CONSTRUCTIONS as unknown as string[], { each: true })
  constructions: Construction[];
}

export const VACANCY_SORTS: Record<string, SortKey> = {
  createdAt: { prop: 'createdAt' },
  status: { prop: 'status' },
  municipality: { prop: 'municipalityCode' },
  availableFrom: { prop: 'availableFrom' },
  rent: { prop: 'rent' },
};

export class VacancyListQuery extends ListQuery {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES }) @IsOptional() @IsIn(VACANCY_STATUSES as unknown as string[])
  status?: VacancyStatus;
  @SortParam(Object.keys(VACANCY_SORTS), 'createdAt')
  sort?: string;
}
