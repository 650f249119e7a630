import { ApiProperty } from '@nestjs/swagger';
import { MUNICIPALITY_CODE } from '@tp/domain';
import { IsInt, IsString, IsUUID, Matches, Max, Min } from 'class-validator';

export class CreateContingentDto {
  @ApiProperty({ format: 'uuid', description: 'a corporation of your region' }) @IsUUID() corporationId: string;
  @ApiProperty({ example: 'GM0150', description: 'a municipality of your region' }) @IsString() @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS code like GM0150' }) municipalityCode: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({ example: 12, description: 'homes the corporation agrees to deliver to the transfer point in that municipality that year' }) @IsInt() @Min(0) @Max(100000) homes: number;
}
