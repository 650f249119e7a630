import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode } from '../../../libs/core/src/common/app-error';
import { mapCode, problemBody, toAppError } from '../../../libs/core/src/common/problem.filter';

describe('errors as RFC 9457 problems', () => {
  it('maps every error code to a status and a title', () => {
    for (const code of Object.values(ErrorCode)) {
      const { status, title } = mapCode(code);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(title.length).toBeGreaterThan(0);
    }
  });

  it('answers conflicts with 409 and out-of-turn steps with 403', () => {
    expect(mapCode(ErrorCode.InvalidTransition).status).toBe(409);
    expect(mapCode(ErrorCode.LiveMatchExists).status).toBe(409);
    expect(mapCode(ErrorCode.NotYourStep).status).toBe(403);
  });

  it('names the field of a validation error in the problem body', () => {
    const body = problemBody(AppError.validation('rent', 'must be a number'), '/api/v1/vacancies');
    expect(body).toMatchObject({ status: 400, title: 'Invalid request', errors: [{ field: 'rent', message: 'must be a number' }], instance: '/api/v1/vacancies' });
    expect(body.type).toMatch(/^https:\/\/.+validation-failed$/);
  });

  it('turns the partial unique index on live matches into a 409', () => {
    const e = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505', constraint: 'match_one_live_per_vacancy' }));
    expect(mapCode(toAppError(e).code).status).toBe(409);
  });

  it('turns framework errors into problems without losing their meaning', () => {
    expect(toAppError(new NotFoundException()).code).toBe(ErrorCode.NotFound);
    expect(toAppError(new PayloadTooLargeException()).code).toBe(ErrorCode.PayloadTooLarge);
    expect(toAppError(new BadRequestException('bad')).code).toBe(ErrorCode.ValidationFailed);
  });

  it('treats a malformed JSON body as a 400 on the field body', () => {
    const e = toAppError(Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed' }));
    expect(e.code).toBe(ErrorCode.ValidationFailed);
    expect(e.errors).toEqual([{ field: 'body', message: 'must be valid JSON' }]);
  });

  it('keeps the internal message of an unexpected error out of the user-facing detail', () => {
    const e = toAppError(new Error('connection to 10.0.0.5 refused'));
    expect(e.code).toBe(ErrorCode.Internal);
    expect(e.detail).not.toContain('10.0.0.5');
    expect(e.internal).toContain('10.0.0.5');
  });
});
