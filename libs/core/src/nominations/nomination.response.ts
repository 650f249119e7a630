import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSTRUCTIONS, CURRENT_SETTINGS, NOMINATION_STATUSES, PRIORITY_CLASSES, SUPPORT_INTENSITIES, WOONVARIANTEN } from '@tp/domain';
import { PageOf } from '../common/page.response';

export class OriginExceptionResponse {
  @ApiProperty() reason: string;
  @ApiProperty({ type: [String], description: 'Empty: anywhere in the region' }) allowedMunicipalityCodes: string[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) grantedAt: string | null;
}

export class NominationClientSummary {
  @ApiProperty() reference: string;
  @ApiProperty() birthYear: number;
  @ApiProperty() householdSize: number;
  @ApiProperty({ enum: CURRENT_SETTINGS }) currentSetting: string;
}

export class NominationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ enum: NOMINATION_STATUSES }) status: string;
  @ApiProperty() originMunicipalityCode: string;
  @ApiProperty({ description: 'The municipality whose officer approves or rejects' }) decidingMunicipalityCode: string;
  @ApiProperty({ enum: WOONVARIANTEN }) woonvariant: string;
  @ApiProperty({ type: Number, nullable: true }) minRooms: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxRent: number | null;
  @ApiProperty({ type: [String] }) preferredMunicipalityCodes: string[];
  @ApiProperty({ enum: CONSTRUCTIONS }) construction: string;
  @ApiProperty({ type: String, nullable: true }) supportProvider: string | null;
  @ApiProperty({ enum: SUPPORT_INTENSITIES, nullable: true }) supportIntensity: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readyFrom: string | null;
  @ApiProperty({ enum: PRIORITY_CLASSES, nullable: true }) priorityClass: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set after a refusal without good reason under a cool-down policy: not matched before this moment' })
  coolDownUntil: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set after a refusal without good reason under a loss-of-priority policy: waiting counts from here' })
  queueSince: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "Until when the readiness statement holds: the approval or the last renewal plus the region's nominationValidityMonths. An active nomination expires then unless its care provider renews it (POST /nominations/{id}/renew); null: it never expires",
  })
  validUntil: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: OriginExceptionResponse, nullable: true }) originException: OriginExceptionResponse | null;
  @ApiPropertyOptional({ type: NominationClientSummary, description: 'Only when reading one nomination' }) client?: NominationClientSummary;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
}

export const NominationPage = PageOf(NominationResponse, 'NominationPage');

export class QueueEntryResponse {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ description: '1-based place in the regional queue' }) position: number;
  @ApiProperty({ enum: PRIORITY_CLASSES }) priorityClass: string;
  @ApiProperty({ format: 'date-time' }) approvedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Waiting counts from here instead of the approval (loss of priority)' }) queueSince: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Keeps its place but is not matched before this moment (cool-down)' }) coolDownUntil: string | null;
  @ApiProperty() originMunicipalityCode: string;
  @ApiProperty({ enum: WOONVARIANTEN }) woonvariant: string;
}

export const QueuePage = PageOf(QueueEntryResponse, 'QueuePage');

export class MatchingStatusResponse {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ enum: NOMINATION_STATUSES }) nominationStatus: string;
  @ApiProperty({
    description: 'in_match, not_in_queue, waiting, cooling_down (see coolDownUntil), or the last round\'s reason: no_eligible_vacancy, blocked_by_limits, held_back_by_exchange_tolerance, taken_by_higher_ranked',
  })
  state: string;
  @ApiPropertyOptional({ format: 'date-time', type: String, description: 'For cooling_down: not matched before this moment' }) coolDownUntil?: string;
  @ApiProperty({ description: 'Wording fit to read to the client' }) detail: string;
  @ApiPropertyOptional() queuePosition?: number;
  @ApiPropertyOptional() queueLength?: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) matchId?: string | null;
  @ApiPropertyOptional({ description: 'For no_eligible_vacancy: the rule that failed for the most open homes', type: Object }) nearestMiss?: object;
  @ApiPropertyOptional({ type: [Object] }) blockingLimits?: object[];
  @ApiPropertyOptional({ type: [Object] }) takenBy?: object[];
  @ApiPropertyOptional({ type: [Object] }) heldBackIn?: object[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) evaluatedAt: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) runId: string | null;
}
