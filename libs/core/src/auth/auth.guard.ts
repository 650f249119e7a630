import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@tp/domain';
import { AppError, ErrorCode } from '../common/app-error';
import { Actor, TokenClaims } from './actor';
import { requestOrigin } from './request-origin';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { SessionService } from './session.service';

/**
 * Global guard: deny by default. Public routes say so; every other handler names its roles. A valid
 * access token is also refused when its session has ended (logout, a disabled user, refresh-token reuse).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) throw new AppError(ErrorCode.Forbidden, 'This endpoint is not open to any role.', [], 'handler without @Roles');

    const req = ctx.switchToHttp().getRequest();
    const header: unknown = req.headers?.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new AppError(ErrorCode.Unauthenticated, 'Log in and send the access token as a Bearer token.');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(match[1]);
    } catch {
      throw new AppError(ErrorCode.Unauthenticated, 'The access token is invalid or has expired.');
    }
    if (!(await this.sessions.isLive(claims.sid))) throw new AppError(ErrorCode.Unauthenticated, 'The session has ended; log in again.');
    const actor: Actor = {
      userId: claims.sub,
      role: claims.role,
      organisationId: claims.org,
      regionCode: claims.region,
      municipalityCode: claims.mun,
      ...requestOrigin(req),
      sessionId: claims.sid,
    };
    req.actor = actor;
    if (!roles.includes(actor.role)) throw new AppError(ErrorCode.Forbidden, `Your role (${actor.role}) may not do this.`);
    return true;
  }
}
