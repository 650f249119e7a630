import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { ListQuery } from '../common/pagination';
import { uuidPipe } from '../common/validation';
import { ApproveNominationDto, CreateNominationDto, NominationListQuery, OriginExceptionDto, ReasonDto, RenewNominationDto } from './nomination.dto';
import { NominationService } from './nomination.service';
import { NominationPage, NominationResponse, QueuePage, MatchingStatusResponse } from './nomination.response';

@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class NominationController {
  constructor(private readonly nominations: NominationService) {}

  @Post() @Roles('care_provider') @ApiCreatedResponse({ type: NominationResponse }) @ApiOperation({ operationId: 'createNomination' })
  create(@CurrentActor() a: Actor, @Body() dto: CreateNominationDto) { return this.nominations.create(a, dto); }

  @Get() @Roles('care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: NominationPage }) @ApiOperation({ operationId: 'listNominations' })
  list(@CurrentActor() a: Actor, @Query() q: NominationListQuery) { return this.nominations.list(a, q); }

  @Get(':id') @Roles('care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: NominationResponse }) @ApiOperation({ operationId: 'getNomination' })
  get(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.nominations.get(a, id); }

  @Get(':id/matching-status') @Roles('care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: MatchingStatusResponse }) @ApiOperation({ operationId: 'getNominationMatchingStatus' })
  matchingStatus(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.nominations.matchingStatus(a, id); }

  @Post(':id/submit') @HttpCode(200) @Roles('care_provider') @ApiOkResponse({ type: NominationResponse }) @ApiOperation({ operationId: 'submitNomination' })
  submit(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.nominations.submit(a, id); }

  @Post(':id/withdraw') @HttpCode(200) @Roles('care_provider') @ApiOkResponse({ type: NominationResponse }) @ApiOperation({ operationId: 'withdrawNomination' })
  withdraw(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ReasonDto) { return this.nominations.withdraw(a, id, dto); }

  @Post(':id/renew') @HttpCode(200) @Roles('care_provider') @ApiOkResponse({ type: NominationResponse }) @ApiOperation({ operationId: 'renewNomination', summary: "Re-confirm the client's readiness: the nomination is valid for the region's nominationValidityMonths from now" })
  renew(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: RenewNominationDto) { return this.nominations.renew(a, id, dto); }

  @Post(':id/approve') @HttpCode(200) @Roles('municipal_officer') @ApiOkResponse({ type: NominationResponse }) @ApiOperation({ operationId: 'approveNomination' })
  approve(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ApproveNominationDto) { return this.nominations.approve(a, id, dto); }

  @Post(':id/reject') @HttpCode(200) @Roles('municipal_officer') @ApiOkResponse({ type: NominationResponse }) @ApiOperation({ operationId: 'rejectNomination' })
  reject(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ReasonDto) { return this.nominations.reject(a, id, dto); }

  @Post(':id/origin-exception') @HttpCode(200) @Roles('municipal_officer') @ApiOkResponse({ type: NominationResponse }) @ApiOperation({ operationId: 'grantOriginException' })
  originException(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: OriginExceptionDto) { return this.nominations.originException(a, id, dto); }
}

@ApiTags('nominations')
@ApiBearerAuth()
@Controller('queue')
export class QueueController {
  constructor(private readonly nominations: NominationService) {}

  @Get() @Roles('municipal_officer', 'coordinator') @ApiOkResponse({ type: QueuePage }) @ApiOperation({ operationId: 'getQueue' })
  get(@CurrentActor() a: Actor, @Query() q: ListQuery) { return this.nominations.queue(a, q); }
}
