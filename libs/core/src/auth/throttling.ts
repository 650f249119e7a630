import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../common/app-error';
import { Environment } from '../config/environment';

const AUTH_THROTTLE_KEY = 'tp:auth-throttle';

/** The strict limit (RATE_LIMIT_AUTH per IP address) for the endpoints that take credentials: login, refresh, OIDC. */
export const AuthThrottle = () => SetMetadata(AUTH_THROTTLE_KEY, true);

const isAuthRoute = (ctx: ExecutionContext): boolean => Reflect.getMetadata(AUTH_THROTTLE_KEY, ctx.getHandler()) === true;

/**
 * Two limits per RATE_LIMIT_WINDOW_SECONDS: a general one per user (per IP address before login) on
 * every route, and a strict one per IP address on the login endpoints. Counters live in Redis when
 * REDIS_URL is set (shared by every api process), in memory otherwise.
 */
export function throttlerOptions(env: Environment): ThrottlerModuleOptions {
  const ttl = env.RATE_LIMIT_WINDOW_SECONDS * 1000;
  return {
    throttlers: [
      { name: 'default', ttl, limit: env.RATE_LIMIT_GENERAL },
      { name: 'auth', ttl, limit: env.RATE_LIMIT_AUTH, skipIf: (ctx) => !isAuthRoute(ctx) },
    ],
    getTracker: (req: Record<string, any>) => (req.actor?.userId ? `user:${req.actor.userId}` : `ip:${req.ip ?? 'unknown'}`),
    generateKey: (ctx, tracker, name) => createHash('sha256').update(`${ctx.getClass().name}-${ctx.getHandler().name}-${name}-${tracker}`).digest('hex'),
    storage: env.REDIS_URL ? new ThrottlerStorageRedisService(env.REDIS_URL, { keyPrefix: `${env.QUEUE_PREFIX}:throttle:`, maxRetriesPerRequest: 2 }) : undefined,
  };
}

/**
 * Runs after the AuthGuard (so a signed-in caller is counted as a user); too many requests answer
 * 429 too_many_requests as a problem with Retry-After.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_ctx: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = detail.timeToBlockExpire > 0 ? detail.timeToBlockExpire : detail.timeToExpire;
    throw AppError.retryAfter(ErrorCode.TooManyRequests, 'Too many requests; wait a moment and try again.', seconds);
  }
}
