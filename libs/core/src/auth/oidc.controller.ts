import { Body, Controller, Get, HttpCode, Param, Post, Put, Redirect, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { RequestOrigin } from '../audit/audit.service';
import { uuidPipe } from '../common/validation';
import { API_PREFIX } from '../openapi/openapi';
import { Actor, CurrentActor } from './actor';
import { LoginResponse } from './auth.response';
import { OidcConfigDto, OidcExchangeDto } from './oidc.dto';
import { OidcConfigResponse, OidcOrganisationList } from './oidc.response';
import { BINDING_COOKIE, OidcRedirect, OidcService } from './oidc.service';
import { BaseUrl, Origin } from './request-origin';
import { Public, Roles } from './roles.decorator';
import { AuthThrottle } from './throttling';

const CALLBACK_PATH = `/${API_PREFIX}/auth/oidc/callback`;

/** Sets (start) or clears (callback) the cookie that ties a login to its browser; answers the redirect. */
function withBinding(res: Response, r: OidcRedirect): { url: string } {
  if (typeof r.binding === 'string') res.cookie(BINDING_COOKIE, r.binding, { httpOnly: true, sameSite: 'lax', path: CALLBACK_PATH, maxAge: 10 * 60_000, secure: res.req.secure });
  else if (r.binding === null) res.clearCookie(BINDING_COOKIE, { httpOnly: true, sameSite: 'lax', path: CALLBACK_PATH });
  return { url: r.url };
}

function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || null;
  }
  return null;
}

@ApiTags('auth')
@Controller('auth/oidc')
export class OidcLoginController {
  constructor(private readonly oidc: OidcService) {}

  /** Public: the login page lists the organisations that log in through their own identity provider. */
  @Get('organisations') @Public() @ApiOkResponse({ type: OidcOrganisationList }) @ApiOperation({ operationId: 'listOidcOrganisations' })
  organisations() { return this.oidc.listOrganisations(); }

  /** Public: starts a login at the organisation's identity provider (a redirect). */
  @Get(':organisationId/login') @Public() @AuthThrottle() @Redirect() @ApiFoundResponse({ description: "To the identity provider, or to the web app's login page with the reason it cannot start" }) @ApiOperation({ operationId: 'startOidcLogin' })
  start(@Param('organisationId', uuidPipe) organisationId: string, @BaseUrl() baseUrl: string, @Res({ passthrough: true }) res: Response) { return this.oidc.start(organisationId, baseUrl).then((r) => withBinding(res, r)); }

  /** Public: the identity provider sends the browser back here; state, nonce and PKCE prove it is our login. */
  @Get('callback') @Public() @AuthThrottle() @Redirect() @ApiFoundResponse({ description: "To the web app's login page with a one-time code (in the fragment) or the reason the login failed" }) @ApiOperation({ operationId: 'finishOidcLogin' })
  callback(@Req() req: Request, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) { return this.oidc.callback(req.originalUrl, readCookie(req, BINDING_COOKIE), origin).then((r) => withBinding(res, r)); }

  /** Public: the one-time code is the credential. */
  @Post('exchange') @HttpCode(200) @Public() @AuthThrottle() @ApiOkResponse({ type: LoginResponse }) @ApiOperation({ operationId: 'exchangeOidcCode' })
  exchange(@Body() dto: OidcExchangeDto, @Origin() origin: RequestOrigin) { return this.oidc.exchange(dto.code, origin); }
}

@ApiTags('set-up')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationOidcController {
  constructor(private readonly oidc: OidcService) {}

  @Get(':id/oidc') @Roles('admin') @ApiOkResponse({ type: OidcConfigResponse }) @ApiOperation({ operationId: 'getOrganisationOidc' })
  get(@Param('id', uuidPipe) id: string) { return this.oidc.getConfig(id); }

  @Put(':id/oidc') @HttpCode(200) @Roles('admin') @ApiOkResponse({ type: OidcConfigResponse }) @ApiOperation({ operationId: 'setOrganisationOidc' })
  set(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: OidcConfigDto) { return this.oidc.setConfig(actor, id, dto); }
}
