import { ApiProperty } from '@nestjs/swagger';
import { CELL_SCHEMA } from '../reports/report-table.response';

export class ContingentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) corporationId: string;
  @ApiProperty() municipalityCode: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: 'integer' }) homes: number;
  @ApiProperty({ format: 'date-time', type: String }) createdAt: string;
}

export class ContingentProgressRow {
  @ApiProperty({ format: 'uuid' }) corporationId: string;
  @ApiProperty() corporationName: string;
  @ApiProperty() municipalityCode: string;
  @ApiProperty({ type: 'integer', description: 'homes agreed (0 when delivered without a contingent)' }) agreed: number;
  @ApiProperty({ type: 'integer', description: 'agreed pro rata through the year up to the report date, rounded down' }) expectedSoFar: number;
  @ApiProperty({ ...CELL_SCHEMA, description: 'housed placements (tenancies started this year) in homes of the corporation in the municipality; "<5" below 5 for the auditor' }) delivered: number | string;
}

export class ContingentReportResponse {
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ format: 'date', description: 'the day the progress is reckoned to' }) asOf: string;
  @ApiProperty({ description: 'the share of the year that has passed (0 to 1)' }) yearProgress: number;
  @ApiProperty({ format: 'date-time', type: String }) generatedAt: string;
  @ApiProperty() suppressed: boolean;
  @ApiProperty({ type: [ContingentProgressRow] }) items: ContingentProgressRow[];
}
