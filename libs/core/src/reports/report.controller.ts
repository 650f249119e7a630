import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { MonitorService, monitorDocument } from './monitor.service';
import { ApiReport, ReportExport } from './report-export';
import { ExportQuery, PeriodQuery } from './report.dto';
import { ExchangeLedgerResponse, NeighbourhoodLoadResponse } from './report.response';
import { exchangeLedgerDocument, neighbourhoodLoadDocument, ReportService } from './report.service';
import { DemandResponse, MonitorResponse, MonitorSnapshotResponse, SnapshotList } from './report-table.response';
import { MonitorSnapshotService, snapshotDocument } from './monitor-snapshot.service';
import { demandDocument, DemandService } from './demand.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportController {
  constructor(
    private readonly reports: ReportService,
    private readonly monitors: MonitorService,
    private readonly files: ReportExport,
    private readonly demands: DemandService,
    private readonly snapshots: MonitorSnapshotService,
  ) {}

  @Get('exchange-ledger') @Roles('coordinator', 'municipal_officer') @ApiReport(ExchangeLedgerResponse) @ApiOperation({ operationId: 'getExchangeLedger' })
  exchangeLedger(@CurrentActor() a: Actor, @Query() q: ExportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) { return this.files.respond(req, res, q.format, this.reports.exchangeLedger(a), exchangeLedgerDocument); }

  @Get('neighbourhood-load') @Roles('coordinator', 'municipal_officer') @ApiReport(NeighbourhoodLoadResponse) @ApiOperation({ operationId: 'getNeighbourhoodLoad' })
  neighbourhoodLoad(@CurrentActor() a: Actor, @Query() q: ExportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) { return this.files.respond(req, res, q.format, this.reports.neighbourhoodLoad(a), neighbourhoodLoadDocument); }

  @Get('monitor') @Roles('coordinator', 'municipal_officer', 'auditor') @ApiReport(MonitorResponse) @ApiOperation({ operationId: 'getMonitor', summary: 'The regional monitor for a period; for the auditor counts below 5 are "<5" and the period is whole calendar months (400 naming from or to otherwise)' })
  monitor(@CurrentActor() a: Actor, @Query() q: PeriodQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) { return this.files.respond(req, res, q.format, this.monitors.monitor(a, q.from, q.to), monitorDocument); }

  @Get('demand') @Roles('coordinator', 'municipal_officer', 'auditor') @ApiReport(DemandResponse) @ApiOperation({ operationId: 'getDemand', summary: 'The demand inventory: expected outflow against supply per municipality, woonvariant, huursegment and household size' })
  demand(@CurrentActor() a: Actor, @Query() q: ExportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) { return this.files.respond(req, res, q.format, this.demands.demand(a), demandDocument); }

  @Get('monitor/snapshots') @Roles('coordinator', 'auditor') @ApiOkResponse({ type: SnapshotList }) @ApiOperation({ operationId: 'listMonitorSnapshots', summary: 'The frozen month-end monitors of the region' })
  snapshotList(@CurrentActor() a: Actor) { return this.snapshots.list(a); }

  @Get('monitor/snapshots/:month') @Roles('coordinator', 'auditor') @ApiReport(MonitorSnapshotResponse) @ApiOperation({ operationId: 'getMonitorSnapshot', summary: "A month's frozen monitor, with the cells corrected since" })
  snapshot(@CurrentActor() a: Actor, @Param('month') month: string, @Query() q: ExportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) { return this.files.respond(req, res, q.format, this.snapshots.get(a, month), snapshotDocument); }
}
