import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EVALUATION_OUTCOMES, EvaluationOutcome, TENANCY_EVENT_TYPES, TENANCY_STATUSES, TenancyEventType, TenancyStatus } from '@tp/domain';
import { ListQuery, SortKey, SortParam } from '../common/pagination';

export class EvaluationDto {
  @ApiProperty({ format: 'date', example: '2027-12-01' }) @IsDateString({ strict: true }) @MinLength(10) @MaxLength(10)
  date: string;
  @ApiProperty({ enum: EVALUATION_OUTCOMES, description: 'convert: the lease goes to the client (omklap) or the conditions are lifted; extend: a next evaluation; end' })
  @IsIn(EVALUATION_OUTCOMES as unknown as string[])
  outcome: EvaluationOutcome;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class TenancyEventDto {
  @ApiProperty({ enum: TENANCY_EVENT_TYPES, description: 'returned ends a time-out' }) @IsIn(TENANCY_EVENT_TYPES as unknown as string[])
  type: TenancyEventType;
  @ApiProperty({ format: 'date', example: '2027-03-01' }) @IsDateString({ strict: true }) @MinLength(10) @MaxLength(10)
  date: string;
  @ApiPropertyOptional({ format: 'date', description: 'For a time-out: when the client is expected back' })
  @IsOptional() @IsDateString({ strict: true }) @MinLength(10) @MaxLength(10)
  expectedReturnDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export const TENANCY_SORTS: Record<string, SortKey> = {
  createdAt: { prop: 'createdAt' },
  status: { prop: 'status' },
  startDate: { prop: 'startDate' },
  municipality: { prop: 'municipalityCode' },
};

export class TenancyListQuery extends ListQuery {
  @ApiPropertyOptional({ enum: TENANCY_STATUSES }) @IsOptional() @IsIn(TENANCY_STATUSES as unknown as string[])
  status?: TenancyStatus;
  @SortParam(Object.keys(TENANCY_SORTS), 'createdAt')
  sort?: string;
}
