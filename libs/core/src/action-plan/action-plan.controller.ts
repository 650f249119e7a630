import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/validation';
import { ActionListQuery, CreateActionDto, UpdateActionDto } from './action-plan.dto';
import { ActionPage, ActionResponse } from './action-plan.response';
import { ActionPlanService } from './action-plan.service';

@ApiTags('action-plan')
@ApiBearerAuth()
@Controller('action-plan/actions')
export class ActionPlanController {
  constructor(private readonly plan: ActionPlanService) {}

  @Post() @Roles('coordinator') @ApiCreatedResponse({ type: ActionResponse }) @ApiOperation({ operationId: 'createAction', summary: 'Add an action to the regional action plan' })
  create(@CurrentActor() a: Actor, @Body() dto: CreateActionDto) { return this.plan.create(a, dto); }

  @Get() @Roles('coordinator', 'municipal_officer', 'auditor') @ApiOkResponse({ type: ActionPage }) @ApiOperation({ operationId: 'listActions', summary: "The region's action plan, optionally one state" })
  list(@CurrentActor() a: Actor, @Query() q: ActionListQuery) { return this.plan.list(a, q); }

  @Get(':id') @Roles('coordinator', 'municipal_officer', 'auditor') @ApiOkResponse({ type: ActionResponse }) @ApiOperation({ operationId: 'getAction' })
  get(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.plan.get(a, id); }

  @Patch(':id') @Roles('coordinator') @ApiOkResponse({ type: ActionResponse }) @ApiOperation({ operationId: 'updateAction', summary: 'Change the state, owner, description or deadlines of an action; a done action can be reopened' })
  update(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateActionDto) { return this.plan.update(a, id, dto); }
}
