import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { NEIGHBOURHOOD_CODE } from '@tp/domain';
import { FitWeightsDto, LimitsDto } from '../setup/setup.dto';

export class NeighbourhoodLimitChangeDto extends LimitsDto {
  @ApiPropertyOptional({ example: 'BU01500101' }) @Matches(NEIGHBOURHOOD_CODE, { message: 'must be a CBS code like BU01500101' })
  code: string;
}

/** A what-if: the current state with these policy changes. Nothing is saved. */
export class SimulationDto {
  @ApiPropertyOptional({ type: [NeighbourhoodLimitChangeDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => NeighbourhoodLimitChangeDto)
  neighbourhoodLimits?: NeighbourhoodLimitChangeDto[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1000)
  exchangeTolerance?: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsInt() @Min(0) @Max(100000)
  defaultMaxPlacementsPer12Months?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsInt() @Min(0) @Max(100000)
  defaultMaxLiveTenancies?: number | null;
  @ApiPropertyOptional({ type: FitWeightsDto }) @IsOptional() @ValidateNested() @Type(() => FitWeightsDto)
  fitWeights?: FitWeightsDto;
}
