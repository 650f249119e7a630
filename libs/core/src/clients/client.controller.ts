import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/validation';
import { ClientListQuery, CreateClientDto } from './client.dto';
import { ClientService } from './client.service';
import { ClientPage, ClientResponse } from './client.response';

@ApiTags('clients')
@ApiBearerAuth()
@Controller('clients')
export class ClientController {
  constructor(private readonly clients: ClientService) {}

  @Post() @Roles('care_provider') @ApiCreatedResponse({ type: ClientResponse }) @ApiOperation({ operationId: 'createClient' })
  create(@CurrentActor() a: Actor, @Body() dto: CreateClientDto) { return this.clients.create(a, dto); }

  @Get() @Roles('care_provider', 'coordinator') @ApiOkResponse({ type: ClientPage }) @ApiOperation({ operationId: 'listClients' })
  list(@CurrentActor() a: Actor, @Query() q: ClientListQuery) { return this.clients.list(a, q); }

  @Get(':id') @Roles('care_provider', 'coordinator') @ApiOkResponse({ type: ClientResponse }) @ApiOperation({ operationId: 'getClient' })
  get(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.clients.get(a, id); }
}
