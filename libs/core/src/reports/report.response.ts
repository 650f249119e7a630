import { ApiProperty } from '@nestjs/swagger';

export class ExchangeLedgerRow {
  @ApiProperty() fromMunicipalityCode: string;
  @ApiProperty() toMunicipalityCode: string;
  @ApiProperty({ type: 'integer', description: 'proposed (live matches) plus housed' }) placements: number;
  @ApiProperty({ type: 'integer', description: 'live matches: counted from the proposal on' }) proposed: number;
  @ApiProperty({ type: 'integer' }) housed: number;
}

export class ExchangeLedgerResponse {
  @ApiProperty({ format: 'date-time', type: String }) generatedAt: string;
  @ApiProperty({ type: [ExchangeLedgerRow] }) items: ExchangeLedgerRow[];
}

export class NeighbourhoodLoadRow {
  @ApiProperty() neighbourhoodCode: string;
  @ApiProperty() municipalityCode: string;
  @ApiProperty({ type: 'integer', description: 'tenancies started in the last 12 months plus live matches' }) placementsLast12Months: number;
  @ApiProperty({ type: 'integer', description: 'live tenancies plus live matches' }) liveTenancies: number;
  @ApiProperty({ type: 'integer' }) liveMatches: number;
  @ApiProperty({ type: 'integer', nullable: true, description: "the buurt's own limit, else the regional default" }) maxPlacementsPer12Months: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) maxLiveTenancies: number | null;
}

export class NeighbourhoodLoadResponse {
  @ApiProperty({ format: 'date-time', type: String }) generatedAt: string;
  @ApiProperty({ type: [NeighbourhoodLoadRow] }) items: NeighbourhoodLoadRow[];
}
