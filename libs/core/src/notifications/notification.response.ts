import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../common/page.response';

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['tenancy_reminder', 'tenancy_overdue', 'match_step'], description: 'What the notification is about; a client names the client only by reference' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, description: 'Path in the web application, e.g. /tenancies/{id}' }) link: string | null;
  @ApiProperty({ enum: ['tenancy', 'match'] }) objectType: string;
  @ApiProperty({ format: 'uuid' }) objectId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
}

export const NotificationPage = PageOf(NotificationResponse, 'NotificationPage');

export class NotificationsReadResponse {
  @ApiProperty({ type: 'integer', description: 'How many unread notifications were marked read' }) marked: number;
}
