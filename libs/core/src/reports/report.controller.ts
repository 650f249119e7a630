import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { ExchangeLedgerResponse, NeighbourhoodLoadResponse } from './report.response';
import { ReportService } from './report.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get('exchange-ledger') @Roles('coordinator', 'municipal_officer') @ApiOkResponse({ type: ExchangeLedgerResponse }) @ApiOperation({ operationId: 'getExchangeLedger' })
  exchangeLedger(@CurrentActor() a: Actor) { return this.reports.exchangeLedger(a); }

  @Get('neighbourhood-load') @Roles('coordinator', 'municipal_officer') @ApiOkResponse({ type: NeighbourhoodLoadResponse }) @ApiOperation({ operationId: 'getNeighbourhoodLoad' })
  neighbourhoodLoad(@CurrentActor() a: Actor) { return this.reports.neighbourhoodLoad(a); }
}
