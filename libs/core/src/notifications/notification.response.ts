import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_CODES } from '../database/entities/notification.entity';
import { PageOf } from '../common/page.response';

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['tenancy_reminder', 'tenancy_overdue', 'match_step', 'nomination_expiring', 'nomination_expired'], description: 'What the notification is about; a client names the client only by reference' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The text in English, for the service desk' }) body: string;
  @ApiProperty({ type: String, enum: NOTIFICATION_CODES, nullable: true, description: 'Which text this is, stable to translate from; null for notifications written before codes existed' })
  code: string | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: { type: 'string' },
    description: "The text's values: clientReference, due or deadline (YYYY-MM-DD), step (the match status)",
    example: { clientReference: 'DIM-2026-0141', step: 'approved', deadline: '2026-12-04' },
  })
  params: Record<string, string> | null;
  @ApiProperty({ type: String, nullable: true, description: 'Path in the web application, e.g. /tenancies/{id}' }) link: string | null;
  @ApiProperty({ enum: ['tenancy', 'match', 'nomination'] }) objectType: string;
  @ApiProperty({ format: 'uuid' }) objectId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
}

export const NotificationPage = PageOf(NotificationResponse, 'NotificationPage');

export class NotificationsReadResponse {
  @ApiProperty({ type: 'integer', description: 'How many unread notifications were marked read' }) marked: number;
}
