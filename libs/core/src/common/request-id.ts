import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Observable } from 'rxjs';

/** A request id the caller may choose: short and plain, so it is safe in the audit trail and the logs. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,100}$/;

interface WithRequestId {
  headers: Record<string, string | string[] | undefined>;
  actor?: { requestId: string };
}

/**
 * The request's id: the caller's `X-Request-ID` when it is acceptable, else a fresh one (kept on
 * the request, so every later reader gets the same one).
 */
export function requestIdOf(req: WithRequestId): string {
  const given = req.headers['x-request-id'];
  if (typeof given === 'string' && ACCEPTABLE.test(given)) return given;
  const id = randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}

/**
 * Every answer echoes its request id (`X-Request-ID`), and the audit records of the request carry
 * that same id (NEN 7513: from where). Problems echo it through the problem filter.
 */
@Injectable()
export class RequestIdInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() === 'http') {
      const req = ctx.switchToHttp().getRequest<WithRequestId>();
      const id = requestIdOf(req);
      if (req.actor) req.actor.requestId = id;
      ctx.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('X-Request-ID', id);
    }
    return next.handle();
  }
}
