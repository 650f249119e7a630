import { ROLES } from '@tp/domain';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from './actor';
import { LoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import { Public, Roles } from './roles.decorator';
import { CurrentUserResponse, LoginResponse } from './auth.response';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Public: this is how a caller gets a token. */
  @Post('login') @HttpCode(200) @Public() @ApiOkResponse({ type: LoginResponse }) @ApiOperation({ operationId: 'login' })
  login(@Body() dto: LoginDto) { return this.auth.login(dto); }

  @Get('me') @ApiBearerAuth() @Roles(...ROLES) @ApiOkResponse({ type: CurrentUserResponse }) @ApiOperation({ operationId: 'getCurrentUser' })
  me(@CurrentActor() actor: Actor) { return this.auth.me(actor); }
}
