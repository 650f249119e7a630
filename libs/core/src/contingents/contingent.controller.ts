import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { ApiReport, ReportExport } from '../reports/report-export';
import { YearQuery } from '../reports/report.dto';
import { CreateContingentDto } from './contingent.dto';
import { ContingentReportResponse, ContingentResponse } from './contingent.response';
import { contingentDocument, ContingentService } from './contingent.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ContingentController {
  constructor(
    private readonly contingents: ContingentService,
    private readonly files: ReportExport,
  ) {}

  @Post('contingents') @Roles('coordinator') @ApiCreatedResponse({ type: ContingentResponse }) @ApiOperation({ operationId: 'createContingent', summary: 'Agree a contingent; a second one for the same corporation, municipality and year is a 409' })
  create(@CurrentActor() a: Actor, @Body() dto: CreateContingentDto) { return this.contingents.create(a, dto); }

  @Get('reports/contingents') @Roles('coordinator', 'municipal_officer', 'corporation', 'auditor') @ApiReport(ContingentReportResponse) @ApiOperation({ operationId: 'getContingentReport' })
  report(@CurrentActor() a: Actor, @Query() q: YearQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) { return this.files.respond(req, res, q.format, this.contingents.report(a, q.year), contingentDocument); }
}
