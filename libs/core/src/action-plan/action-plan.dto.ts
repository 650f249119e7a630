import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_STATES, ActionState, MAX_DEADLINES } from '@tp/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ListQuery, SortKey, SortParam } from '../common/pagination';

export const ACTION_SORTS: Record<string, SortKey> = {
  createdAt: { prop: 'createdAt' },
  updatedAt: { prop: 'updatedAt' },
  owner: { prop: 'owner' },
  state: { prop: 'state' },
};

export class ActionDeadlineDto {
  @ApiProperty({ format: 'date', example: '2026-12-31' }) @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-12-31' })
  date: string;
  @ApiProperty({ example: 'Eerste rapportage', minLength: 1, maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200)
  label: string;
}

export class CreateActionDto {
  @ApiProperty({ example: 'Gemeente Deventer, team wonen', description: 'who carries the action: a person or an organisation (free text)', minLength: 1, maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200)
  owner: string;
  @ApiProperty({ example: 'Tien extra Skaeve huse in de regio', minLength: 1, maxLength: 2000 }) @IsString() @MinLength(1) @MaxLength(2000)
  description: string;
  @ApiProperty({ type: [ActionDeadlineDto], minItems: 1, maxItems: MAX_DEADLINES, description: 'one or more deadlines, each a date with what is due then' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_DEADLINES) @ValidateNested({ each: true }) @Type(() => ActionDeadlineDto)
  deadlines: ActionDeadlineDto[];
  @ApiPropertyOptional({ enum: ACTION_STATES, default: 'open' }) @IsOptional() @IsIn(ACTION_STATES as unknown as string[])
  state?: ActionState;
}

/** The fields to change; a done action may be reopened (state open or ongoing). */
export class UpdateActionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  owner?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 2000 }) @IsOptional() @IsString() @MinLength(1) @MaxLength(2000)
  description?: string;
  @ApiPropertyOptional({ type: [ActionDeadlineDto], minItems: 1, maxItems: MAX_DEADLINES, description: 'replaces all deadlines' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_DEADLINES) @ValidateNested({ each: true }) @Type(() => ActionDeadlineDto)
  deadlines?: ActionDeadlineDto[];
  @ApiPropertyOptional({ enum: ACTION_STATES }) @IsOptional() @IsIn(ACTION_STATES as unknown as string[])
  state?: ActionState;
}

export class ActionListQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ACTION_STATES, description: 'only actions in this state' }) @IsOptional() @IsIn(ACTION_STATES as unknown as string[])
  state?: ActionState;
  @SortParam(Object.keys(ACTION_SORTS), 'createdAt')
  sort?: string;
}
