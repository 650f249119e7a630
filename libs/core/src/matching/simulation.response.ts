import { ApiProperty } from '@nestjs/swagger';

export class SimulationTallyResponse {
  @ApiProperty({ description: 'Proposals the round would make' }) placements: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Proposals per municipality code' }) byMunicipality: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Proposals per buurt code' }) byNeighbourhood: Record<string, number>;
}

export class SimulationAreaDifferenceResponse {
  @ApiProperty({ description: 'Municipality or buurt code' }) code: string;
  @ApiProperty() current: number;
  @ApiProperty() simulated: number;
  @ApiProperty() difference: number;
}

export class SimulationChangeResponse {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) currentVacancyId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) simulatedVacancyId: string | null;
}

export class SimulationDifferenceResponse {
  @ApiProperty() placements: number;
  @ApiProperty() placementsGained: number;
  @ApiProperty() placementsLost: number;
  @ApiProperty({ type: SimulationAreaDifferenceResponse, isArray: true }) byMunicipality: SimulationAreaDifferenceResponse[];
  @ApiProperty({ type: SimulationAreaDifferenceResponse, isArray: true }) byNeighbourhood: SimulationAreaDifferenceResponse[];
  @ApiProperty({ type: SimulationChangeResponse, isArray: true, description: 'Clients placed differently (that the caller may see)' }) placedDifferently: SimulationChangeResponse[];
}

export class SimulationResponse {
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty() matcher: string;
  @ApiProperty({ type: SimulationTallyResponse, description: 'A round now under the current policy' }) current: SimulationTallyResponse;
  @ApiProperty({ type: SimulationTallyResponse, description: 'A round now under the changed policy' }) simulated: SimulationTallyResponse;
  @ApiProperty({ type: SimulationDifferenceResponse }) difference: SimulationDifferenceResponse;
}
