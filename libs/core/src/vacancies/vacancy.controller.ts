import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { uuidPipe } from '../common/validation';
import { ReasonDto } from '../nominations/nomination.dto';
import { CreateVacancyDto, VacancyListQuery } from './vacancy.dto';
import { VacancyService } from './vacancy.service';
import { VacancyPage, VacancyResponse } from './vacancy.response';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('vacancies')
export class VacancyController {
  constructor(private readonly vacancies: VacancyService) {}

  @Post() @Roles('corporation') @ApiCreatedResponse({ type: VacancyResponse }) @ApiOperation({ operationId: 'publishVacancy' })
  publish(@CurrentActor() a: Actor, @Body() dto: CreateVacancyDto) { return this.vacancies.publish(a, dto); }

  @Get() @Roles('corporation', 'care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: VacancyPage }) @ApiOperation({ operationId: 'listVacancies' })
  list(@CurrentActor() a: Actor, @Query() q: VacancyListQuery) { return this.vacancies.list(a, q); }

  @Get(':id') @Roles('corporation', 'care_provider', 'municipal_officer', 'coordinator') @ApiOkResponse({ type: VacancyResponse }) @ApiOperation({ operationId: 'getVacancy' })
  get(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string) { return this.vacancies.get(a, id); }

  @Post(':id/withdraw') @HttpCode(200) @Roles('corporation') @ApiOkResponse({ type: VacancyResponse }) @ApiOperation({ operationId: 'withdrawVacancy' })
  withdraw(@CurrentActor() a: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ReasonDto) { return this.vacancies.withdraw(a, id, dto); }
}
