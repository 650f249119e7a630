import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/validation';
import { CancelMatchDto, DeclineMatchDto, LeaseSignedDto, MatchListQuery } from './match.dto';
import { MatchService } from './match.service';
import { LeaseSignedResponse, MatchCancelledResponse, MatchDeclinedResponse, MatchDetailResponse, MatchPage, MatchStepResponse } from './match.response';

const PARTIES = ['corporation', 'care_provider', 'municipal_officer', 'coordinator'] as const;

@ApiTags('matches')
@ApiBearerAuth()
@Controller('matches')
export class MatchController {
  constructor(private readonly matches: MatchService) {}

  @Get() @Roles(...PARTIES) @ApiOkResponse({ type: MatchPage }) @ApiOperation({ operationId: 'listMatches' })
  list(@CurrentActor() a: Actor, @Query() q: MatchListQuery) { return this.matches.list(a, q); }

  @Get(':id') @Roles(...PARTIES) @ApiOkResponse({ type: MatchDetailResponse }) @ApiOperation({ operationId: 'getMatch' })
  get(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.matches.get(a, id); }

  @Post(':id/approve') @HttpCode(200) @Roles('municipal_officer') @ApiOkResponse({ type: MatchStepResponse }) @ApiOperation({ operationId: 'approveMatch' })
  approve(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.matches.approve(a, id); }

  @Post(':id/accept') @HttpCode(200) @Roles('corporation') @ApiOkResponse({ type: MatchStepResponse }) @ApiOperation({ operationId: 'acceptMatch' })
  accept(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.matches.accept(a, id); }

  @Post(':id/client-accept') @HttpCode(200) @Roles('care_provider') @ApiOkResponse({ type: MatchStepResponse }) @ApiOperation({ operationId: 'clientAcceptMatch' })
  clientAccept(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.matches.clientAccept(a, id); }

  @Post(':id/lease-signed') @HttpCode(200) @Roles('corporation') @ApiOkResponse({ type: LeaseSignedResponse }) @ApiOperation({ operationId: 'registerSignedLease' })
  leaseSigned(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: LeaseSignedDto) { return this.matches.leaseSigned(a, id, dto); }

  @Post(':id/decline') @HttpCode(200) @Roles('corporation', 'care_provider', 'municipal_officer') @ApiOkResponse({ type: MatchDeclinedResponse }) @ApiOperation({ operationId: 'declineMatch' })
  decline(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: DeclineMatchDto) { return this.matches.decline(a, id, dto); }

  @Post(':id/cancel') @HttpCode(200) @Roles('coordinator') @ApiOkResponse({ type: MatchCancelledResponse }) @ApiOperation({ operationId: 'cancelMatch' })
  cancel(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: CancelMatchDto) { return this.matches.cancel(a, id, dto); }
}
