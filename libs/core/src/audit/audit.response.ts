import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@tp/domain';
import { PageOf } from '../common/page.response';
import { AUDIT_ACTIONS } from './audit.service';

/** One record of the audit trail: who, what, when, from where and on what grounds. */
export class AuditEventResponse {
  @ApiProperty({ description: 'Ascending with time' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId: string | null;
  @ApiProperty({ type: String, nullable: true }) userEmail: string | null;
  @ApiProperty({ type: String, enum: ROLES, nullable: true }) role: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: string;
  @ApiProperty() objectType: string;
  @ApiProperty() objectId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) clientId: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The role-based task (task:<role>) or the reason given for a decision' }) grounds: string | null;
}

export const AuditEventPage = PageOf(AuditEventResponse, 'AuditEventPage');

/** One line of a client's access report: which organisation saw or changed what, when and why. */
export class AccessReportEntry {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true }) organisationName: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationType: string | null;
  @ApiProperty({ type: String, enum: ROLES, nullable: true }) role: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: string;
  @ApiProperty() objectType: string;
  @ApiProperty() objectId: string;
  @ApiProperty({ type: String, nullable: true }) grounds: string | null;
}

/** A client's own access report (AVG art. 15, inzageverzoek). */
export class AccessReportResponse {
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ description: "The care provider's file number (a pseudonym once erased)" }) reference: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) erasedAt: string | null;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: AccessReportEntry, isArray: true }) items: AccessReportEntry[];
}
