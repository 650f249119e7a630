import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { SimulationDto } from './simulation.dto';
import { SimulationService } from './simulation.service';
import { SimulationResponse } from './simulation.response';

@ApiTags('matching')
@ApiBearerAuth()
@Controller('matching/simulations')
export class SimulationController {
  constructor(private readonly simulations: SimulationService) {}

  /** A what-if round on the current state; nothing is saved, so it answers 200, not 201. */
  @Post() @HttpCode(200) @Roles('coordinator', 'municipal_officer') @ApiOkResponse({ type: SimulationResponse }) @ApiOperation({ operationId: 'simulateMatching' })
  simulate(@CurrentActor() a: Actor, @Body() dto: SimulationDto) { return this.simulations.simulate(a, dto); }
}
