/** Every error code the API can answer with. The problem filter maps each one; an unmapped code does not compile. */
export enum ErrorCode {
  Unauthenticated = 'unauthenticated',
  InvalidCredentials = 'invalid_credentials',
  AccountLocked = 'account_locked',
  AccountDisabled = 'account_disabled',
  TooManyRequests = 'too_many_requests',
  Forbidden = 'forbidden',
  NotYourStep = 'not_your_step',
  NotFound = 'not_found',
  ValidationFailed = 'validation_failed',
  UnknownReference = 'unknown_reference',
  InvalidTransition = 'invalid_transition',
  LiveMatchExists = 'live_match_exists',
  OpenNominationExists = 'open_nomination_exists',
  AlreadyExists = 'already_exists',
  InUse = 'in_use',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  MethodNotAllowed = 'method_not_allowed',
  Internal = 'internal',
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * An error the API answers with. `detail` is written for the user; `internal` stays in the log
 * (and must never hold personal data).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly internal?: string,
  ) {
    super(internal ?? detail);
  }

  /** Seconds after which the caller may try again (sent as Retry-After). */
  retryAfterSeconds?: number;

  static retryAfter(code: ErrorCode.AccountLocked | ErrorCode.TooManyRequests, detail: string, seconds: number): AppError {
    const e = new AppError(code, detail);
    e.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
    return e;
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NotFound, `${what} not found.`);
  }

  static validation(field: string, message: string): AppError {
    return new AppError(ErrorCode.ValidationFailed, `${field}: ${message}`, [{ field, message }]);
  }

  static unknownReference(field: string, message: string): AppError {
    return new AppError(ErrorCode.UnknownReference, `${field}: ${message}`, [{ field, message }]);
  }
}
