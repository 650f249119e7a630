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
  @ApiProperty({ type: String, nullable: true, description: 'evaluation, huisuitzetting or ended' }) endReason: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The next evaluation of an omklap lease' }) nextEvaluationDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the conditions of a conditional lease end' }) conditionsEndDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the lease went to the client (the omklap)' }) convertedOn: string | null;
  @ApiProperty() onTimeOut: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) expectedReturnDate: string | null;
  @ApiProperty({ type: 'integer' }) extensions: number;
}

export class TimelineItemResponse {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: ['match', 'tenancy', 'evaluation', 'event'] }) kind: string;
  @ApiProperty() type: string;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) reasonCode: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, required: false }) expectedReturnDate?: string | null;
}

export class TenancyTimelineResponse {
  @ApiProperty({ type: TenancyResponse }) tenancy: TenancyResponse;
  @ApiProperty({ type: [TimelineItemResponse] }) items: TimelineItemResponse[];
}

export const TenancyPage = PageOf(TenancyResponse, 'TenancyPage');
