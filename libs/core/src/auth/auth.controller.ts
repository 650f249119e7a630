import { ROLES } from '@tp/domain';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestOrigin } from '../audit/audit.service';
import { Actor, CurrentActor } from './actor';
import { LoginDto, RefreshDto } from './auth.dto';
import { AuthService } from './auth.service';
import { Origin } from './request-origin';
import { Public, Roles } from './roles.decorator';
import { CurrentUserResponse, LoginResponse } from './auth.response';
import { SessionService } from './session.service';
import { AuthThrottle } from './throttling';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  /** Public: this is how a caller gets a token. */
  @Post('login') @HttpCode(200) @Public() @AuthThrottle() @ApiOkResponse({ type: LoginResponse }) @ApiOperation({ operationId: 'login' })
  login(@Body() dto: LoginDto, @Origin() origin: RequestOrigin) { return this.auth.login(dto, origin); }

  /** Public: the refresh token is the credential. */
  @Post('refresh') @HttpCode(200) @Public() @AuthThrottle() @ApiOkResponse({ type: LoginResponse }) @ApiOperation({ operationId: 'refreshSession' })
  refresh(@Body() dto: RefreshDto, @Origin() origin: RequestOrigin) { return this.sessions.refresh(dto.refreshToken, origin); }

  @Post('logout') @HttpCode(204) @ApiBearerAuth() @Roles(...ROLES) @ApiNoContentResponse() @ApiOperation({ operationId: 'logout' })
  logout(@CurrentActor() actor: Actor) { return this.sessions.logout(actor); }

  @Get('me') @ApiBearerAuth() @Roles(...ROLES) @ApiOkResponse({ type: CurrentUserResponse }) @ApiOperation({ operationId: 'getCurrentUser' })
  me(@CurrentActor() actor: Actor) { return this.auth.me(actor); }
}
