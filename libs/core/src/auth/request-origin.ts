import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RequestOrigin } from '../audit/audit.service';

/** The request id (X-Request-Id, set by the http app when missing) and the caller's IP address. */
export function requestOrigin(req: { headers?: Record<string, unknown>; ip?: string }): RequestOrigin {
  const id = req.headers?.['x-request-id'];
  return { requestId: typeof id === 'string' ? id.slice(0, 100) : randomUUID(), ip: req.ip ?? null };
}

/** For public endpoints (login, refresh), which have no actor but are audited. */
export const Origin = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestOrigin => requestOrigin(ctx.switchToHttp().getRequest()));

/** The scheme and host the caller used (behind a proxy on this host: X-Forwarded-Proto/Host); PUBLIC_URL takes precedence where it is set. */
export const BaseUrl = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const req = ctx.switchToHttp().getRequest<{ protocol: string; get(h: string): string | undefined }>();
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
});
