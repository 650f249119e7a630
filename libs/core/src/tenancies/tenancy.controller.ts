import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EvaluationDto, TenancyEventDto, TenancyListQuery } from './tenancy.dto';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/validation';
import { TenancyService } from './tenancy.service';
import { TenancyPage, TenancyResponse, TenancyTimelineResponse } from './tenancy.response';

@ApiTags('tenancies')
@ApiBearerAuth()
@Controller('tenancies')
export class TenancyController {
  constructor(private readonly tenancies: TenancyService) {}

  @Get() @Roles('corporation', 'care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: TenancyPage }) @ApiOperation({ operationId: 'listTenancies' })
  list(@CurrentActor() a: Actor, @Query() q: TenancyListQuery) { return this.tenancies.list(a, q); }

  @Get(':id') @Roles('corporation', 'care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: TenancyResponse }) @ApiOperation({ operationId: 'getTenancy' })
  get(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.tenancies.get(a, id); }

  @Get(':id/timeline') @Roles('corporation', 'care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: TenancyTimelineResponse }) @ApiOperation({ operationId: 'getTenancyTimeline' })
  timeline(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.tenancies.timeline(a, id); }

  @Post(':id/evaluations') @Roles('corporation', 'care_provider') @ApiCreatedResponse({ type: TenancyResponse }) @ApiOperation({ operationId: 'recordTenancyEvaluation' })
  evaluate(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: EvaluationDto) { return this.tenancies.evaluate(a, id, dto); }

  @Post(':id/events') @Roles('corporation', 'care_provider') @ApiCreatedResponse({ type: TenancyResponse }) @ApiOperation({ operationId: 'recordTenancyEvent' })
  event(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: TenancyEventDto) { return this.tenancies.event(a, id, dto); }
}
