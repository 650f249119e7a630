import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ListQuery } from '../common/pagination';
import { AUDIT_ACTIONS, AuditAction } from './audit.service';

/** Filters of the audit trail; the list is newest first. */
export class AuditEventQuery extends ListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only records about this client' }) @IsOptional() @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this moment on (inclusive); a date means its start (UTC)' }) @IsOptional() @IsDateString({ strict: true }) @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this moment (exclusive); a date means its start (UTC)' }) @IsOptional() @IsDateString({ strict: true }) @MaxLength(40)
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this user did' }) @IsOptional() @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS }) @IsOptional() @IsIn(AUDIT_ACTIONS as unknown as string[])
  action?: AuditAction;
}

export const ACCESS_REPORT_FORMATS = ['json', 'csv'] as const;

export class AccessReportQuery {
  @ApiPropertyOptional({ enum: ACCESS_REPORT_FORMATS, description: 'csv gives the report as a spreadsheet; so does `Accept: text/csv`' })
  @IsOptional() @IsIn(ACCESS_REPORT_FORMATS as unknown as string[])
  format?: (typeof ACCESS_REPORT_FORMATS)[number];
}
