import { ApiProperty } from '@nestjs/swagger';
import { ACTION_STATES } from '@tp/domain';
import { PageOf } from '../common/page.response';

export class ActionDeadlineResponse {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'the date has passed and the action is not done' }) overdue: boolean;
}

export class ActionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() owner: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ACTION_STATES }) state: string;
  @ApiProperty({ type: [ActionDeadlineResponse], description: 'in date order' }) deadlines: ActionDeadlineResponse[];
  @ApiProperty({ type: ActionDeadlineResponse, nullable: true, description: 'the first deadline that has not passed; null for a done action or when all have passed' }) nextDeadline: ActionDeadlineResponse | null;
  @ApiProperty({ format: 'date-time', type: String }) createdAt: string;
  @ApiProperty({ format: 'date-time', type: String }) updatedAt: string;
}

export const ActionPage = PageOf(ActionResponse, 'ActionPage');
