import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { AppError, ErrorCode, FieldError } from './app-error';

/** Keys that reach an object's prototype when merged or transformed: never a field of this API. */
const HOSTILE = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** The paths of every hostile key in a parsed body or query (own keys only, as JSON.parse and the query parser make them). */
export function hostileKeys(value: unknown, at = '', depth = 0, out: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || out.length >= 10) return out;
  for (const key of Object.keys(value)) {
    const path = Array.isArray(value) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
    if (HOSTILE.has(key)) out.push(path);
    else hostileKeys((value as Record<string, unknown>)[key], path, depth + 1, out);
  }
  return out;
}

/**
 * A body or query string with a field named `__proto__`, `constructor` or `prototype` is refused with
 * a 400 naming the field, on every endpoint (also those that take no body), instead of being
 * silently dropped by the validation or, worse, merged into an object's prototype.
 */
@Injectable()
export class HostileKeysInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() === 'http') {
      const req = ctx.switchToHttp().getRequest<{ body?: unknown; query?: unknown }>();
      const fields: FieldError[] = [...hostileKeys(req.body), ...hostileKeys(req.query)].map((field) => ({ field, message: 'is not a field of this API' }));
      if (fields.length) throw new AppError(ErrorCode.ValidationFailed, fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
    }
    return next.handle();
  }
}
