import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/validation';
import { MatchingRunListQuery } from './matching-run.dto';
import { MatchingRunService } from './matching-run.service';
import { MatchingRunPage, MatchingRunResponse, MatchingRunStartedResponse } from './matching-run.response';

@ApiTags('matching')
@ApiBearerAuth()
@Controller('matching/runs')
export class MatchingRunController {
  constructor(private readonly runs: MatchingRunService) {}

  @Post() @HttpCode(202) @Roles('coordinator') @ApiAcceptedResponse({ type: MatchingRunStartedResponse }) @ApiOperation({ operationId: 'startMatchingRun' })
  start(@CurrentActor() a: Actor) { return this.runs.start(a); }

  @Get() @Roles('coordinator', 'municipal_officer', 'admin') @ApiOkResponse({ type: MatchingRunPage }) @ApiOperation({ operationId: 'listMatchingRuns' })
  list(@CurrentActor() a: Actor, @Query() q: MatchingRunListQuery) { return this.runs.list(a, q); }

  @Get(':id') @Roles('coordinator', 'municipal_officer', 'admin') @ApiOkResponse({ type: MatchingRunResponse }) @ApiOperation({ operationId: 'getMatchingRun' })
  get(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.runs.get(a, id); }
}
