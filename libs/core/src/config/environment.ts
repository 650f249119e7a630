import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

const bool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase()));
const int = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const str = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every environment variable the product reads, validated at boot. The process refuses to start
 * and lists every bad variable. README.md documents each one.
 */
export class Environment {
  @IsIn(['development', 'production', 'test']) @IsOptional()
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(int) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString() @IsOptional()
  HOST = '0.0.0.0';

  /** postgres://… ; without it the product starts an embedded PostgreSQL in DATA_DIR. */
  @Transform(str) @IsOptional() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  @Transform(int) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** redis://… ; without it jobs run in-process from the PostgreSQL outbox. */
  @Transform(str) @IsOptional() @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @IsString() @Matches(/^[a-z0-9_-]{1,40}$/i)
  QUEUE_PREFIX = 'transferpunt';

  /** Whether this process also runs the job processors (the worker app always does). */
  @Transform(bool) @IsBoolean()
  WORKER_IN_API = true;

  @Transform(str) @ValidateIf((e: Environment) => e.NODE_ENV === 'production' || e.JWT_SECRET !== undefined) @IsString() @MinLength(32)
  JWT_SECRET?: string;

  /** Lifetime of an access token; the web app refreshes it with the refresh token before it runs out. */
  @Transform(int) @IsInt() @Min(60) @Max(86400)
  JWT_TTL_SECONDS = 900;

  /** How long a session's refresh token stays usable; every refresh rotates it and starts this period again. */
  @Transform(int) @IsInt() @Min(300) @Max(2592000)
  REFRESH_TTL_SECONDS = 43200;

  /** Failed password logins within LOGIN_FAILURE_WINDOW_SECONDS that lock the account for LOGIN_LOCKOUT_SECONDS. */
  @Transform(int) @IsInt() @Min(1) @Max(1000)
  LOGIN_MAX_FAILURES = 5;

  @Transform(int) @IsInt() @Min(1) @Max(86400)
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  @Transform(int) @IsInt() @Min(1) @Max(86400)
  LOGIN_LOCKOUT_SECONDS = 900;

  /** Rate limits: requests per RATE_LIMIT_WINDOW_SECONDS, generally (per user, or per IP address before login) and for the login endpoints (per IP address). */
  @Transform(int) @IsInt() @Min(1) @Max(3600)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @Transform(int) @IsInt() @Min(1) @Max(1000000)
  RATE_LIMIT_GENERAL = 600;

  @Transform(int) @IsInt() @Min(1) @Max(1000000)
  RATE_LIMIT_AUTH = 20;

  /** The address users reach the product at (https://transferpunt.example.nl); the OpenID Connect redirect URI is built from it. Without it, from the request. */
  @Transform(str) @IsOptional() @Matches(/^https?:\/\/[^\s/?#]+$/, { message: 'PUBLIC_URL must be an origin such as https://transferpunt.example.nl (no path)' })
  PUBLIC_URL?: string;

  /** Comma-separated origins (https://app.example.nl) that may call the API from a browser; without it CORS stays off. */
  @Transform(str) @IsOptional() @Matches(/^\s*https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*\s*$/, { message: 'CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.nl' })
  CORS_ORIGINS?: string;

  @Transform(str) @ValidateIf((e: Environment) => e.NODE_ENV === 'production' || e.ADMIN_EMAIL !== undefined) @IsEmail()
  ADMIN_EMAIL?: string;

  @Transform(str) @ValidateIf((e: Environment) => e.NODE_ENV === 'production' || e.ADMIN_PASSWORD !== undefined) @IsString() @MinLength(12)
  ADMIN_PASSWORD?: string;

  /** Load the Deventer demo region when the database is empty (default: yes, except in production). */
  @Transform(bool) @IsOptional() @IsBoolean()
  DEMO_DATA?: boolean;

  /** Milliseconds between outbox sweeps (due delayed jobs, retries, anything a crash left behind). */
  @Transform(int) @IsInt() @Min(50) @Max(600000)
  OUTBOX_POLL_MS = 1000;

  /** Months after a client's case closed before the retention job erases the identifying fields (AVG: storage limitation). */
  @Transform(int) @IsInt() @Min(1) @Max(240)
  RETENTION_MONTHS = 24;

  /** Days an ended or run-out session (and its refresh-token hashes, for reuse detection) is kept before the retention job removes it. */
  @Transform(int) @IsInt() @Min(1) @Max(3650)
  SESSION_RETENTION_DAYS = 7;

  /** When the retention job runs (cron, Europe/Amsterdam). */
  @IsString() @Matches(/^\S+( \S+){4}$/, { message: 'RETENTION_CRON must be a cron expression of five fields, e.g. "0 3 * * *"' })
  RETENTION_CRON = '0 3 * * *';

  /**
   * smtp://user:pass@host:port or smtps://… ; notifications are e-mailed through it. Without it they go
   * to the local mail outbox, .eml files in DATA_DIR/mail. The message never repeats the value (it may hold a password).
   */
  @Transform(str) @IsOptional() @Matches(/^smtps?:\/\/([^\s/?#@]+@)?(\[[0-9a-f:.]+\]|[^\s/?#@:[\]]+)(:\d{1,5})?([/?]\S*)?$/i, { message: 'SMTP_URL must be an smtp:// or smtps:// URL with a host' })
  SMTP_URL?: string;

  /** The sender of notification e-mails: an address, optionally with a display name ("Name <address>"). */
  @IsString() @Matches(/^([^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, { message: 'MAIL_FROM must be an e-mail address, optionally as "Name <address>"' })
  MAIL_FROM = 'Transferpunt <noreply@transferpunt.local>';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

export class EnvironmentError extends Error {}

export function validateEnvironment(raw: Record<string, string | undefined>): Environment {
  const env = plainToInstance(Environment, Object.fromEntries(Object.entries(raw).filter(([k]) => k in new Environment() || KNOWN.has(k))), {
    exposeDefaultValues: true,
  });
  const errors = validateSync(env, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new EnvironmentError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return env;
}

const KNOWN = new Set(['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'DEMO_DATA', 'CORS_ORIGINS', 'PUBLIC_URL']);

/** The origins in CORS_ORIGINS (none: CORS stays off). */
export const corsOrigins = (env: Environment): string[] => (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);

export const wantsDemoData = (env: Environment): boolean => env.DEMO_DATA ?? env.NODE_ENV !== 'production';

export const DEMO_ADMIN = { email: 'admin@transferpunt.demo', password: 'Transferpunt-demo-2026' };
