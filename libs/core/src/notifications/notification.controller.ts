import { ROLES } from '@tp/domain';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/validation';
import { NotificationListQuery } from './notification.dto';
import { NotificationPage, NotificationResponse, NotificationsReadResponse } from './notification.response';
import { NotificationService } from './notification.service';

/** Each user's own inbox, newest first; every role has one. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get() @Roles(...ROLES) @ApiOkResponse({ type: NotificationPage }) @ApiOperation({ operationId: 'listNotifications' })
  list(@CurrentActor() a: Actor, @Query() q: NotificationListQuery) { return this.notifications.list(a, q); }

  @Post('read-all') @HttpCode(200) @Roles(...ROLES) @ApiOkResponse({ type: NotificationsReadResponse }) @ApiOperation({ operationId: 'markAllNotificationsRead' })
  readAll(@CurrentActor() a: Actor) { return this.notifications.readAll(a); }

  @Post(':id/read') @HttpCode(200) @Roles(...ROLES) @ApiOkResponse({ type: NotificationResponse }) @ApiOperation({ operationId: 'markNotificationRead' })
  read(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.notifications.read(a, id); }
}
