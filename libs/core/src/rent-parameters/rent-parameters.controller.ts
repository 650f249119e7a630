import { ROLES } from '@tp/domain';
import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { AppError } from '../common/app-error';
import { RentLimitsDto } from './rent-parameters.dto';
import { RentParametersService } from './rent-parameters.service';
import { RentParametersPage, RentParametersResponse } from './rent-parameters.response';

const yearPipe = new ParseIntPipe({ exceptionFactory: () => AppError.validation('year', 'must be a year like 2026') });

@ApiTags('set-up')
@ApiBearerAuth()
@Controller('rent-parameters')
export class RentParametersController {
  constructor(private readonly rent: RentParametersService) {}

  @Get() @Roles(...ROLES) @ApiOkResponse({ type: RentParametersPage }) @ApiOperation({ operationId: 'listRentParameters' })
  list() { return this.rent.list(); }

  @Put(':year') @Roles('admin') @ApiOkResponse({ type: RentParametersResponse }) @ApiOperation({ operationId: 'setRentParameters' })
  put(@Param('year', yearPipe) year: number, @Body() dto: RentLimitsDto) { return this.rent.put(year, dto); }
}
