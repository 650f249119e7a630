import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/validation';
import { AccessReportQuery, AuditEventQuery } from './audit.dto';
import { AccessReportResponse, AuditEventPage } from './audit.response';
import { AuditQueryService } from './audit-query.service';

/** CSV when asked for by `?format=csv` or by an Accept header that prefers text/csv. */
const formatOf = (q: AccessReportQuery, accept: string | undefined): 'json' | 'csv' => q.format ?? (typeof accept === 'string' && /^\s*text\/csv/i.test(accept) ? 'csv' : 'json');

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get() @Roles('privacy_officer', 'coordinator') @ApiOkResponse({ type: AuditEventPage }) @ApiOperation({ operationId: 'listAuditEvents', summary: 'The audit trail of the region, newest first (reading it is audited too)' })
  list(@CurrentActor() a: Actor, @Query() q: AuditEventQuery) { return this.audit.list(a, q); }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('clients')
export class ClientAccessReportController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get(':id/access-report') @Roles('privacy_officer', 'coordinator') @ApiProduces('application/json', 'text/csv') @ApiOkResponse({ type: AccessReportResponse }) @ApiOperation({ operationId: 'getClientAccessReport', summary: "A client's own access report (AVG inzageverzoek), as JSON or CSV" })
  accessReport(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Query() q: AccessReportQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) res: Response) { return this.audit.accessReportIn(a, id, formatOf(q, accept), res); }
}
