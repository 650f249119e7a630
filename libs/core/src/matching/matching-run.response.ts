import { ApiProperty } from '@nestjs/swagger';
import { MATCHING_RUN_STATUSES, MATCHING_TRIGGERS } from '@tp/domain';
import { PageOf } from '../common/page.response';

export class MatchingRunStartedResponse {
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty({ enum: ['queued'] }) status: string;
}

export class MatchingRunResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ enum: MATCHING_TRIGGERS }) trigger: string;
  @ApiProperty({ enum: MATCHING_RUN_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) matcher: string | null;
  @ApiProperty({ description: 'Matches proposed by this round' }) proposals: number;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}

export const MatchingRunPage = PageOf(MatchingRunResponse, 'MatchingRunPage');
