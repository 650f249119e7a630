import { ParseUUIDPipe, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, ErrorCode, FieldError } from './app-error';

/** A property name as a literal in a regular expression (a query key may be `limit[]` or `(a`). */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => ({ field, message: m.replace(/^property \S+ /, '').replace(new RegExp(`^${literal(e.property)} `), '') }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Validates every body and query; unknown fields are a 400 that names them. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => {
    const fields = flatten(errors);
    return new AppError(ErrorCode.ValidationFailed, fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'The request is not valid.', fields);
  },
});

/** A path id that must be a UUID; anything else is a 404 (no object has that id). */
export const uuidPipe = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Object') });
