import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { ListQuery } from '../common/pagination';
import { uuidPipe } from '../common/validation';
import { TenancyService } from './tenancy.service';
import { TenancyPage, TenancyResponse } from './tenancy.response';

@ApiTags('tenancies')
@ApiBearerAuth()
@Controller('tenancies')
export class TenancyController {
  constructor(private readonly tenancies: TenancyService) {}

  @Get() @Roles('corporation', 'care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: TenancyPage }) @ApiOperation({ operationId: 'listTenancies' })
  list(@CurrentActor() a: Actor, @Query() q: ListQuery) { return this.tenancies.list(a, q); }

  @Get(':id') @Roles('corporation', 'care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: TenancyResponse }) @ApiOperation({ operationId: 'getTenancy' })
  get(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.tenancies.get(a, id); }
}
