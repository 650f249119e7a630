import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { requestIdOf } from './request-id';
import { AppError, ErrorCode, FieldError } from './app-error';

interface Mapping {
  status: number;
  title: string;
}

/** The single place that turns an error code into an HTTP status and title. Exhaustive by construction. */
export function mapCode(code: ErrorCode): Mapping {
  switch (code) {
    case ErrorCode.Unauthenticated:
      return { status: 401, title: 'Authentication required' };
    case ErrorCode.InvalidCredentials:
      return { status: 401, title: 'Invalid credentials' };
    case ErrorCode.AccountLocked:
      return { status: 423, title: 'Account temporarily locked' };
    case ErrorCode.AccountDisabled:
      return { status: 403, title: 'Account disabled' };
    case ErrorCode.TooManyRequests:
      return { status: 429, title: 'Too many requests' };
    case ErrorCode.Forbidden:
      return { status: 403, title: 'Not allowed' };
    case ErrorCode.NotYourStep:
      return { status: 403, title: 'Not your step' };
    case ErrorCode.NotFound:
      return { status: 404, title: 'Not found' };
    case ErrorCode.ValidationFailed:
      return { status: 400, title: 'Invalid request' };
    case ErrorCode.UnknownReference:
      return { status: 400, title: 'Unknown reference' };
    case ErrorCode.InvalidTransition:
      return { status: 409, title: 'Conflicts with the current state' };
    case ErrorCode.LiveMatchExists:
      return { status: 409, title: 'A live match already exists' };
    case ErrorCode.OpenNominationExists:
      return { status: 409, title: 'The client already has an open nomination' };
    case ErrorCode.AlreadyExists:
      return { status: 409, title: 'Already exists' };
    case ErrorCode.InUse:
      return { status: 409, title: 'Still referred to' };
    case ErrorCode.PayloadTooLarge:
      return { status: 413, title: 'Request body too large' };
    case ErrorCode.UnsupportedMediaType:
      return { status: 415, title: 'Unsupported media type' };
    case ErrorCode.MethodNotAllowed:
      return { status: 405, title: 'Method not allowed' };
    case ErrorCode.Internal:
      return { status: 500, title: 'Internal error' };
    default: {
      const never: never = code;
      throw new Error(`unmapped error code ${String(never)}`);
    }
  }
}

export const PROBLEM_BASE = 'https://transferpunt.nl/problems/';

/** Translates a framework or database error into an AppError; anything else is internal. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const body = e.getResponse() as { message?: unknown };
    const message = typeof body === 'object' && typeof body?.message === 'string' ? body.message : e.message;
    if (status === HttpStatus.NOT_FOUND) return new AppError(ErrorCode.NotFound, 'No such resource.');
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) return new AppError(ErrorCode.PayloadTooLarge, 'The request body is too large.');
    if (status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) return new AppError(ErrorCode.UnsupportedMediaType, 'Send the body as application/json.');
    if (status === HttpStatus.UNAUTHORIZED) return new AppError(ErrorCode.Unauthenticated, 'Log in and send the access token as a Bearer token.');
    if (status === HttpStatus.FORBIDDEN) return new AppError(ErrorCode.Forbidden, 'Your role may not do this.');
    if (status === HttpStatus.TOO_MANY_REQUESTS) return new AppError(ErrorCode.TooManyRequests, 'Too many requests; try again later.');
    if (status === HttpStatus.METHOD_NOT_ALLOWED) return new AppError(ErrorCode.MethodNotAllowed, 'Method not allowed.');
    if (status >= 400 && status < 500) return new AppError(ErrorCode.ValidationFailed, message || 'The request is not valid.');
    return new AppError(ErrorCode.Internal, 'Something went wrong on our side.', [], message);
  }
  // body-parser errors (malformed JSON, too large, bad charset, a broken gzip stream) carry a status and a type, or are exposed 4xx http-errors
  const bp = e as { status?: number; type?: string; expose?: boolean; message?: string };
  if (typeof bp?.status === 'number' && (typeof bp.type === 'string' || (bp.expose === true && bp.status >= 400 && bp.status < 500))) {
    if (bp.status === 413) return new AppError(ErrorCode.PayloadTooLarge, 'The request body is too large.');
    if (bp.status === 415) return new AppError(ErrorCode.UnsupportedMediaType, 'Unsupported content encoding or charset.');
    return new AppError(ErrorCode.ValidationFailed, 'The request body is not valid JSON.', [{ field: 'body', message: 'must be valid JSON' }]);
  }
  // a string that is not well-formed Unicode (a lone surrogate) makes encodeURI throw, e.g. in the e-mail validator
  if (e instanceof URIError) return new AppError(ErrorCode.ValidationFailed, 'The request holds text that is not valid Unicode.');
  if (e instanceof QueryFailedError) {
    const pg = e.driverError as { code?: string; constraint?: string };
    switch (pg?.code) {
      case '23505':
        if (pg.constraint?.startsWith('match_one_live')) return new AppError(ErrorCode.LiveMatchExists, 'The vacancy or the nomination already has a live match.');
        if (pg.constraint === 'nomination_one_open_per_client')
          return new AppError(ErrorCode.OpenNominationExists, 'This client already has an open nomination.', [{ field: 'clientId', message: 'already has an open nomination' }]);
        return new AppError(ErrorCode.AlreadyExists, 'It already exists.', [], pg.constraint);
      case '23503':
        return new AppError(ErrorCode.UnknownReference, 'A referenced object does not exist.', [], pg.constraint);
      case '23514':
      case '22P02':
      case '22003':
      case '22007':
      case '22008':
        return new AppError(ErrorCode.ValidationFailed, 'A value is out of range or malformed.', [], pg.constraint ?? pg.code);
      case '22021':
      case '22P05':
        return new AppError(ErrorCode.ValidationFailed, 'A text holds a character that cannot be stored, such as a NUL byte.', [], pg.code);
      case '40001':
      case '40P01':
        return new AppError(ErrorCode.InvalidTransition, 'The object was changed by someone else at the same moment; try again.');
    }
  }
  return new AppError(ErrorCode.Internal, 'Something went wrong on our side.', [], e instanceof Error ? `${e.name}: ${e.message}` : String(e));
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: ErrorCode;
  errors?: FieldError[];
}

export function problemBody(error: AppError, instance?: string): ProblemBody {
  const { status, title } = mapCode(error.code);
  return {
    type: `${PROBLEM_BASE}${error.code.replace(/_/g, '-')}`,
    title,
    status,
    detail: error.detail,
    ...(instance ? { instance } : {}),
    code: error.code,
    ...(error.errors.length ? { errors: error.errors } : {}),
  };
}

/** One filter answers every error as an RFC 9457 problem. Request bodies are never logged. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const error = toAppError(exception);
    const body = problemBody(error, req?.originalUrl?.split('?')[0]);
    if (body.status >= 500) this.logger.error(`${req?.method} ${req?.route?.path ?? 'unknown route'}: ${error.internal ?? error.message}`, exception instanceof Error ? exception.stack : undefined);
    if (res.headersSent) return;
    if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    if (req?.headers) res.setHeader('X-Request-ID', requestIdOf(req));
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}
