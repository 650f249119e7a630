import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CONSTRUCTIONS, Construction, DECLINE_REASON_CODES, DeclineReasonCode, MATCH_STATUSES, MatchStatus } from '@tp/domain';
import { ListQuery, SortKey, SortParam } from '../common/pagination';

export const MATCH_SORTS: Record<string, SortKey> = {
  createdAt: { prop: 'createdAt' },
  status: { prop: 'status' },
  deadline: { prop: 'stepDeadline', nulls: { sql: "'infinity'::timestamptz", value: 'infinity' } },
  municipality: { prop: 'destinationMunicipalityCode' },
};

export class MatchListQuery extends ListQuery {
  @ApiPropertyOptional({ enum: MATCH_STATUSES }) @IsOptional() @IsIn(MATCH_STATUSES as unknown as string[])
  status?: MatchStatus;
  @SortParam(Object.keys(MATCH_SORTS), 'createdAt')
  sort?: string;
}

export class DeclineMatchDto {
  @ApiProperty({ enum: DECLINE_REASON_CODES }) @IsIn(DECLINE_REASON_CODES as unknown as string[])
  reasonCode: DeclineReasonCode;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class CancelMatchDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;
}

export class LeaseSignedDto {
  @ApiProperty({ example: '2026-12-01', format: 'date' }) @IsDateString({ strict: true }) @MaxLength(10) @MinLength(10)
  startDate: string;
  @ApiProperty({ enum: CONSTRUCTIONS }) @IsIn(CONSTRUCTIONS as unknown as string[])
  construction: Construction;
}
