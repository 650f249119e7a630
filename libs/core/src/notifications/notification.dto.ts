import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListQuery, SortKey, SortParam } from '../common/pagination';

export const NOTIFICATION_SORTS: Record<string, SortKey> = {
  createdAt: { prop: 'createdAt' },
  kind: { prop: 'kind' },
};

export class NotificationListQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only unread notifications; false: only read ones; left out: all' })
  @IsOptional() @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
  @SortParam(Object.keys(NOTIFICATION_SORTS), '-createdAt')
  sort?: string;
}
