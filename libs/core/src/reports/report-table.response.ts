import { ApiProperty } from '@nestjs/swagger';

/** A count is an integer, or the string "<5" when it is suppressed for the reader (the auditor). */
export const CELL_SCHEMA = {
  nullable: true,
  oneOf: [{ type: 'number' }, { type: 'string', enum: ['<5'] }],
  description: 'a count (integer) or, for readers without access to personal data (the auditor), "<5" for counts below 5; statistics (days) are numbers, null when not shown',
};

export class ReportRowResponse {
  @ApiProperty({ type: [String], description: 'one value per dimension' }) keys: string[];
  @ApiProperty({ type: 'array', items: CELL_SCHEMA, description: 'one value per measure' }) values: Array<number | string | null>;
}

export class ReportTableResponse {
  @ApiProperty({ example: 'clientsByType' }) key: string;
  @ApiProperty({ example: 'Cliënten naar type' }) title: string;
  @ApiProperty({ type: [String] }) dimensions: string[];
  @ApiProperty({ type: [String] }) measures: string[];
  @ApiProperty({ type: [ReportRowResponse] }) rows: ReportRowResponse[];
  @ApiProperty({ type: 'array', items: CELL_SCHEMA, nullable: true, description: 'the total per measure; null for statistics' }) totals: Array<number | string | null> | null;
}

export class PeriodResponse {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
}

export class MonitorResponse {
  @ApiProperty({ type: PeriodResponse }) period: PeriodResponse;
  @ApiProperty({ format: 'date-time', type: String }) generatedAt: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ type: String, nullable: true, description: "a municipal officer's own municipality; null for the region" }) municipalityCode: string | null;
  @ApiProperty({ description: 'true when counts below 5 are shown as "<5" (the auditor)' }) suppressed: boolean;
  @ApiProperty({ type: [ReportTableResponse] }) tables: ReportTableResponse[];
}
