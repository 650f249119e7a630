import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountService } from '../auth/account.service';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import {
  CreateMunicipalityDto, CreateNeighbourhoodDto, CreateOrganisationDto, CreateRegionDto, CreateUserDto, LimitsDto, MunicipalityListQuery,
  NeighbourhoodListQuery, UpdatePolicyDto, CreateUnitDto, RenameDto, UpdateMunicipalityDto } from './setup.dto';
import { SetupEditService } from './setup-edit.service';
import { SetupService } from './setup.service';
import { UnitService } from './unit.service';
import { uuidPipe } from '../common/validation';
import { MunicipalityPage, MunicipalityResponse, NeighbourhoodPage, NeighbourhoodResponse, OrganisationPage, OrganisationResponse, PolicyResponse, RegionPage, RegionResponse, UserPage, UserResponse, UnitPage, UnitResponse } from './setup.response';

const ALL = ['admin', 'corporation', 'care_provider', 'municipal_officer', 'coordinator'] as const;
/** The lists the oversight roles read too, so that their reports show names instead of codes (their own region only). */
const ALL_AND_OVERSIGHT = [...ALL, 'auditor', 'privacy_officer'] as const;

@ApiTags('set-up')
@ApiBearerAuth()
@Controller('regions')
export class RegionController {
  constructor(
    private readonly setup: SetupService,
    private readonly edit: SetupEditService,
  ) {}

  @Post() @Roles('admin') @ApiCreatedResponse({ type: RegionResponse }) @ApiOperation({ operationId: 'createRegion' })
  create(@Body() dto: CreateRegionDto) { return this.setup.createRegion(dto); }

  @Get() @Roles(...ALL) @ApiOkResponse({ type: RegionPage }) @ApiOperation({ operationId: 'listRegions' })
  list() { return this.setup.listRegions(); }

  @Get(':code') @Roles(...ALL) @ApiOkResponse({ type: RegionResponse }) @ApiOperation({ operationId: 'getRegion' })
  get(@Param('code') code: string) { return this.setup.getRegion(code); }

  @Patch(':code') @Roles('admin') @ApiOkResponse({ type: RegionResponse }) @ApiOperation({ operationId: 'updateRegion' })
  update(@Param('code') code: string, @Body() dto: RenameDto) { return this.edit.renameRegion(code, dto); }

  @Get(':code/policy') @Roles('admin', 'coordinator') @ApiOkResponse({ type: PolicyResponse }) @ApiOperation({ operationId: 'getRegionPolicy' })
  getPolicy(@CurrentActor() actor: Actor, @Param('code') code: string) { return this.setup.getPolicy(actor, code); }

  @Put(':code/policy') @Roles('admin', 'coordinator') @ApiOkResponse({ type: PolicyResponse }) @ApiOperation({ operationId: 'updateRegionPolicy' })
  updatePolicy(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: UpdatePolicyDto) { return this.setup.updatePolicy(actor, code, dto); }
}

@ApiTags('set-up')
@ApiBearerAuth()
@Controller('municipalities')
export class MunicipalityController {
  constructor(
    private readonly setup: SetupService,
    private readonly edit: SetupEditService,
  ) {}

  @Post() @Roles('admin') @ApiCreatedResponse({ type: MunicipalityResponse }) @ApiOperation({ operationId: 'createMunicipality' })
  create(@Body() dto: CreateMunicipalityDto) { return this.setup.createMunicipality(dto); }

  @Get() @Roles(...ALL_AND_OVERSIGHT) @ApiOkResponse({ type: MunicipalityPage }) @ApiOperation({ operationId: 'listMunicipalities' })
  list(@CurrentActor() actor: Actor, @Query() q: MunicipalityListQuery) { return this.setup.listMunicipalities(actor, q); }

  @Patch(':code') @Roles('admin') @ApiOkResponse({ type: MunicipalityResponse }) @ApiOperation({ operationId: 'updateMunicipality' })
  update(@Param('code') code: string, @Body() dto: UpdateMunicipalityDto) { return this.edit.updateMunicipality(code, dto); }

  @Delete(':code') @HttpCode(204) @Roles('admin') @ApiNoContentResponse() @ApiOperation({ operationId: 'deleteMunicipality' })
  remove(@Param('code') code: string) { return this.edit.deleteMunicipality(code); }
}

@ApiTags('set-up')
@ApiBearerAuth()
@Controller('neighbourhoods')
export class NeighbourhoodController {
  constructor(
    private readonly setup: SetupService,
    private readonly units: UnitService,
    private readonly edit: SetupEditService,
  ) {}

  @Post() @Roles('admin') @ApiCreatedResponse({ type: NeighbourhoodResponse }) @ApiOperation({ operationId: 'createNeighbourhood' })
  create(@Body() dto: CreateNeighbourhoodDto) { return this.setup.createNeighbourhood(dto); }

  @Get() @Roles(...ALL) @ApiOkResponse({ type: NeighbourhoodPage }) @ApiOperation({ operationId: 'listNeighbourhoods' })
  list(@Query() q: NeighbourhoodListQuery) { return this.setup.listNeighbourhoods(q); }

  @Patch(':code') @Roles('admin') @ApiOkResponse({ type: NeighbourhoodResponse }) @ApiOperation({ operationId: 'updateNeighbourhood' })
  update(@Param('code') code: string, @Body() dto: RenameDto) { return this.edit.renameNeighbourhood(code, dto); }

  @Delete(':code') @HttpCode(204) @Roles('admin') @ApiNoContentResponse() @ApiOperation({ operationId: 'deleteNeighbourhood' })
  remove(@Param('code') code: string) { return this.edit.deleteNeighbourhood(code); }

  @Post(':code/units') @Roles('municipal_officer', 'coordinator', 'admin') @ApiCreatedResponse({ type: UnitResponse }) @ApiOperation({ operationId: 'createNeighbourhoodUnit' })
  createUnit(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: CreateUnitDto) { return this.units.create(actor, code, dto); }

  @Get(':code/units') @Roles(...ALL) @ApiOkResponse({ type: UnitPage }) @ApiOperation({ operationId: 'listNeighbourhoodUnits' })
  listUnits(@Param('code') code: string) { return this.units.list(code); }

  @Put(':code/limits') @HttpCode(200) @Roles('municipal_officer', 'coordinator', 'admin') @ApiOkResponse({ type: NeighbourhoodResponse }) @ApiOperation({ operationId: 'setNeighbourhoodLimits' })
  setLimits(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: LimitsDto) { return this.setup.setLimits(actor, code, dto); }
}

@ApiTags('set-up')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationController {
  constructor(
    private readonly setup: SetupService,
    private readonly edit: SetupEditService,
  ) {}

  @Post() @Roles('admin') @ApiCreatedResponse({ type: OrganisationResponse }) @ApiOperation({ operationId: 'createOrganisation' })
  create(@Body() dto: CreateOrganisationDto) { return this.setup.createOrganisation(dto); }

  @Get() @Roles(...ALL_AND_OVERSIGHT) @ApiOkResponse({ type: OrganisationPage }) @ApiOperation({ operationId: 'listOrganisations' })
  list(@CurrentActor() actor: Actor) { return this.setup.listOrganisations(actor); }

  @Patch(':id') @Roles('admin') @ApiOkResponse({ type: OrganisationResponse }) @ApiOperation({ operationId: 'updateOrganisation' })
  update(@Param('id', uuidPipe) id: string, @Body() dto: RenameDto) { return this.edit.renameOrganisation(id, dto); }

  @Delete(':id') @HttpCode(204) @Roles('admin') @ApiNoContentResponse() @ApiOperation({ operationId: 'deleteOrganisation' })
  remove(@Param('id', uuidPipe) id: string) { return this.edit.deleteOrganisation(id); }
}

@ApiTags('set-up')
@ApiBearerAuth()
@Controller('users')
export class UserController {
  constructor(
    private readonly setup: SetupService,
    private readonly accounts: AccountService,
  ) {}

  @Post() @Roles('admin') @ApiCreatedResponse({ type: UserResponse }) @ApiOperation({ operationId: 'createUser' })
  create(@Body() dto: CreateUserDto) { return this.setup.createUser(dto); }

  @Get() @Roles('admin') @ApiOkResponse({ type: UserPage }) @ApiOperation({ operationId: 'listUsers' })
  list() { return this.setup.listUsers(); }

  @Post(':id/unlock') @HttpCode(200) @Roles('admin') @ApiOkResponse({ type: UserResponse }) @ApiOperation({ operationId: 'unlockUser' })
  unlock(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) { return this.accounts.unlock(actor, id); }

  @Post(':id/disable') @HttpCode(200) @Roles('admin') @ApiOkResponse({ type: UserResponse }) @ApiOperation({ operationId: 'disableUser' })
  disable(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) { return this.accounts.disable(actor, id); }

  @Post(':id/enable') @HttpCode(200) @Roles('admin') @ApiOkResponse({ type: UserResponse }) @ApiOperation({ operationId: 'enableUser' })
  enable(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) { return this.accounts.enable(actor, id); }
}

@ApiTags('set-up')
@ApiBearerAuth()
@Controller('units')
export class UnitController {
  constructor(private readonly units: UnitService) {}

  @Put(':id/limits') @HttpCode(200) @Roles('municipal_officer', 'coordinator', 'admin') @ApiOkResponse({ type: UnitResponse }) @ApiOperation({ operationId: 'setUnitLimits' })
  setLimits(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: LimitsDto) { return this.units.setLimits(actor, id, dto); }
}
