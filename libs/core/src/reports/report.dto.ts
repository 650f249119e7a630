import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from './report-export';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every report answers as JSON, CSV or an Excel workbook. */
export class ExportQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'json (default), csv or xlsx; the Accept header (text/csv, the xlsx type) works too' })
  @IsOptional() @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class PeriodQuery extends ExportQuery {
  @ApiProperty({ format: 'date', example: '2026-01-01', description: 'first day of the period; for the auditor (small counts suppressed) the first day of a month' })
  @Matches(DATE, { message: 'must be a date like 2026-01-01' })
  from: string;

  @ApiProperty({ format: 'date', example: '2026-03-31', description: 'last day of the period (inclusive), not before from; for the auditor the last day of a month' })
  @Matches(DATE, { message: 'must be a date like 2026-03-31' })
  to: string;
}

export class YearQuery extends ExportQuery {
  @ApiPropertyOptional({ example: 2026, description: 'the year; default the current one' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year?: number;
}
