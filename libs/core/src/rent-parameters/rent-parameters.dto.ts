import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';

const money = () => IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false });

export class RentLimitsDto {
  @ApiProperty({ example: 477.2 }) @money() @Min(1) @Max(99999) kwaliteitskortingsgrens: number;
  @ApiProperty({ example: 682.96 }) @money() @Min(1) @Max(99999) lowerAftoppingsgrens: number;
  @ApiProperty({ example: 731.93 }) @money() @Min(1) @Max(99999) upperAftoppingsgrens: number;
  @ApiProperty({ example: 900.07 }) @money() @Min(1) @Max(99999) liberalisatiegrens: number;
}
