import { ApiProperty } from '@nestjs/swagger';
import { CONSTRUCTIONS, TENANCY_STATUSES } from '@tp/domain';
import { PageOf } from '../common/page.response';

export class TenancyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) matchId: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ format: 'uuid' }) corporationId: string;
  @ApiProperty({ format: 'uuid' }) careProviderId: string;
  @ApiProperty() municipalityCode: string;
  @ApiProperty() originMunicipalityCode: string;
  @ApiProperty() neighbourhoodCode: string;
  @ApiProperty({ enum: CONSTRUCTIONS }) construction: string;
  @ApiProperty({ enum: ['client', 'care_provider'] }) leaseholder: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ enum: TENANCY_STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate: string | null;
}

export const TenancyPage = PageOf(TenancyResponse, 'TenancyPage');
