import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListQuery } from '../common/pagination';

export class NotificationListQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only unread notifications; false: only read ones; left out: all' })
  @IsOptional() @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}
