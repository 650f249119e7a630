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

export class DemandCell {
  @ApiProperty() municipalityCode: string;
  @ApiProperty() woonvariant: string;
  @ApiProperty({ description: 'huursegment of the maximum rent (demand) or the rent (supply) under the rent limits in force; "onbekend" without one' }) huursegment: string;
  @ApiProperty({ enum: ['1', '2', '3', '4+'], description: 'household size; for a home, the household its rooms suit (rooms − 1)' }) householdSize: string;
  @ApiProperty({ ...CELL_SCHEMA, description: 'expected outflow: active and matched nominations, and open ones ready within 12 months' }) demand: number | string;
  @ApiProperty({ ...CELL_SCHEMA, description: 'vacancies published in the last 12 months' }) supply: number | string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'demand − supply (negative: surplus); null when a count is suppressed' }) gap: number | null;
}

export class DemandMunicipality {
  @ApiProperty() municipalityCode: string;
  @ApiProperty(CELL_SCHEMA) demand: number | string;
  @ApiProperty(CELL_SCHEMA) vacancies: number | string;
  @ApiProperty({ type: 'integer', description: "this year's contingents in the municipality" }) contingentAgreed: number;
  @ApiProperty(CELL_SCHEMA) contingentDelivered: number | string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'agreed − delivered, at least 0' }) contingentRemaining: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'demand − vacancies − contingent still to deliver; null when a count is suppressed' }) gap: number | null;
}

export class DemandResponse {
  @ApiProperty({ format: 'date-time', type: String }) generatedAt: string;
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the year whose rent limits set the huursegment' }) rentLimitsYear: number | null;
  @ApiProperty({ description: "true when this year's limits are not entered yet and an earlier year's are used" }) rentLimitsProvisional: boolean;
  @ApiProperty() suppressed: boolean;
  @ApiProperty({ type: [DemandCell] }) items: DemandCell[];
  @ApiProperty({ type: [DemandMunicipality] }) municipalities: DemandMunicipality[];
}

export class SnapshotSummary {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ format: 'date-time', type: String }) frozenAt: string;
  @ApiProperty({ description: 'SHA-256 of the frozen figures as stored' }) inputHash: string;
}

export class SnapshotList {
  @ApiProperty({ type: [SnapshotSummary] }) items: SnapshotSummary[];
}

export class CorrectionResponse {
  @ApiProperty({ example: 'byMunicipality' }) table: string;
  @ApiProperty({ type: [String] }) keys: string[];
  @ApiProperty() measure: string;
  @ApiProperty(CELL_SCHEMA) frozen: number | string | null;
  @ApiProperty(CELL_SCHEMA) live: number | string | null;
}

export class MonitorSnapshotResponse extends MonitorResponse {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ format: 'date-time', type: String }) frozenAt: string;
  @ApiProperty() inputHash: string;
  @ApiProperty({ type: [CorrectionResponse], description: 'cells whose live value differs from the frozen one; the frozen figures are never changed' }) corrections: CorrectionResponse[];
}
