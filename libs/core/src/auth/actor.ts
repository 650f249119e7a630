import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '@tp/domain';

/** Who is calling: taken from the verified access token, never from the request body. */
export interface Actor {
  userId: string;
  role: Role;
  organisationId: string | null;
  /** The region of the caller's organisation (null for the admin). */
  regionCode: string | null;
  /** For municipal officers and coordinators: their organisation's municipality. */
  municipalityCode: string | null;
  requestId: string;
  ip: string | null;
  /** The session the access token belongs to (ended by logout). */
  sessionId?: string;
}

export interface TokenClaims {
  sub: string;
  /** The session id: the guard refuses the token as soon as the session has ended. */
  sid: string;
  role: Role;
  org: string | null;
  region: string | null;
  mun: string | null;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => ctx.switchToHttp().getRequest().actor);
