import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSTRUCTIONS, DECLINE_REASON_CODES, EXPLANATION_CODES, HOME_NEEDS, MATCH_STATUSES, PRIORITY_CLASSES, SUPPORT_INTENSITIES } from '@tp/domain';
import { PageOf } from '../common/page.response';

export class RuleCheckResponse {
  @ApiProperty({ description: 'The rule, e.g. woonvariant, rooms, rent, origin, neighbourhood_placements' }) rule: string;
  @ApiProperty() passed: boolean;
  @ApiProperty({ description: 'The explanation in English, made from code and params' }) detail: string;
  @ApiPropertyOptional({ enum: EXPLANATION_CODES, description: 'Which explanation this is, stable to translate from (absent in explanations stored before codes existed)' })
  code?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'The values the explanation names: CBS codes, ids, amounts in euros as numbers, dates as YYYY-MM-DD, counts',
    example: { rent: 612.5, max: 700 },
  })
  params?: Record<string, string | number>;
}

export class FitTermsResponse {
  @ApiProperty() originMunicipality: number;
  @ApiProperty() preferredMunicipality: number;
  @ApiProperty() rentFit: number;
  @ApiProperty() waitingTime: number;
}

export class FitExplanationResponse {
  @ApiProperty({ type: FitTermsResponse }) terms: FitTermsResponse;
  @ApiProperty({ type: FitTermsResponse }) weights: FitTermsResponse;
  @ApiProperty() cost: number;
}

export class ExplanationResponse {
  @ApiProperty() matcher: string;
  @ApiPropertyOptional({ description: 'In English; not shown to the corporation (it words what the client can pay and prefers)' }) summary?: string;
  @ApiPropertyOptional({ description: '1-based place of the nomination in the queue among the candidates of the round; not shown to the corporation' }) queuePosition?: number;
  @ApiPropertyOptional({ enum: PRIORITY_CLASSES, description: 'Not shown to the corporation; absent once the client is erased' }) priorityClass?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Not shown to the corporation; absent once the client is erased' }) approvedAt?: string;
  @ApiProperty({ description: 'Higher-ranked nominations that did not fit this home' }) higherRankedNotEligible: number;
  @ApiProperty({
    type: RuleCheckResponse,
    isArray: true,
    description: 'The corporation reads the rules about the client as a person (affordability, avoided_neighbourhood, rent, origin, ready_from) only as passed or not: no code, params or detail',
  })
  rules: RuleCheckResponse[];
  @ApiPropertyOptional({ description: 'Not shown to the corporation' }) rank?: number;
  @ApiPropertyOptional({ type: FitExplanationResponse, description: 'Not shown to the corporation' }) fit?: FitExplanationResponse;
  @ApiPropertyOptional({ type: RuleCheckResponse, isArray: true }) additionalRules?: RuleCheckResponse[];
  @ApiPropertyOptional({ description: "True once the client's data is erased (retention): only the rules tested and their outcome remain" }) erased?: boolean;
}

export class MatchResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ enum: MATCH_STATUSES }) status: string;
  @ApiProperty() destinationMunicipalityCode: string;
  @ApiProperty() originMunicipalityCode: string;
  @ApiProperty() neighbourhoodCode: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the current step expires' }) stepDeadline: string | null;
  @ApiProperty({ enum: DECLINE_REASON_CODES, nullable: true }) declineReasonCode: string | null;
  @ApiProperty({ type: String, nullable: true }) declineNote: string | null;
  @ApiProperty({ type: ExplanationResponse }) explanation: ExplanationResponse;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const MatchPage = PageOf(MatchResponse, 'MatchPage');

export class MatchEventResponse {
  @ApiProperty({ description: 'proposed, approved, accepted, client_accepted, lease_signed, declined, expired, cancelled' }) type: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty({ type: String, nullable: true, description: 'Role of who took the step; null for the system' }) actorRole: string | null;
  @ApiProperty({ type: String, nullable: true }) reasonCode: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class CandidateProfileResponse {
  @ApiProperty({ description: "The care provider's file number of the client" }) reference: string;
  @ApiProperty() householdSize: number;
  @ApiProperty({ enum: HOME_NEEDS, isArray: true, description: 'Needs that concern the home' }) homeNeeds: string[];
  @ApiProperty({ enum: CONSTRUCTIONS }) construction: string;
  @ApiProperty({ type: String, nullable: true }) supportProvider: string | null;
  @ApiProperty({ enum: SUPPORT_INTENSITIES, nullable: true }) supportIntensity: string | null;
}

export class MatchDetailResponse extends MatchResponse {
  @ApiProperty({ type: CandidateProfileResponse, nullable: true, description: 'The minimal candidate profile; for the corporation only while the match is live' })
  candidate: CandidateProfileResponse | null;
  @ApiProperty({ type: MatchEventResponse, isArray: true, description: 'Every step of the match, oldest first' }) history: MatchEventResponse[];
}

export class MatchStepResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MATCH_STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) stepDeadline: string | null;
}

export class LeaseSignedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['housed'] }) status: string;
  @ApiProperty({ format: 'uuid' }) tenancyId: string;
}

export class RefusalConsequenceResponse {
  @ApiProperty({ enum: ['cool_down', 'loss_of_priority'] }) kind: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'cool_down: the nomination is not matched before this moment' }) until?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'loss_of_priority: waiting is counted from this moment, in the normal class' }) queueSince?: string;
}

export class MatchDeclinedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['declined'] }) status: string;
  @ApiProperty({ enum: DECLINE_REASON_CODES }) declineReasonCode: string;
  @ApiProperty({
    type: RefusalConsequenceResponse,
    nullable: true,
    description: "What a refusal without good reason (client_refused_without_reason) meant for the client's nomination under the region's policy; null for any other reason or when the policy says none",
  })
  refusalConsequence: RefusalConsequenceResponse | null;
}

export class MatchCancelledResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['cancelled'] }) status: string;
}
