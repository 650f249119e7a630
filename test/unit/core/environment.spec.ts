import { validateEnvironment, EnvironmentError, wantsDemoData } from '../../../libs/core/src/config/environment';

describe('the environment, validated at boot', () => {
  it('starts with only defaults: embedded PostgreSQL, in-process jobs, demo data', () => {
    const env = validateEnvironment({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(wantsDemoData(env)).toBe(true);
    expect(wantsDemoData(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), ADMIN_EMAIL: 'a@b.nl', ADMIN_PASSWORD: 'long-enough-password' }))).toBe(false);
    expect(env.WORKER_IN_API).toBe(true);
  });

  it('reads numbers and booleans from their text', () => {
    const env = validateEnvironment({ PORT: '8080', DEMO_DATA: 'false', WORKER_IN_API: '0', OUTBOX_POLL_MS: '250' });
    expect(env).toMatchObject({ PORT: 8080, DEMO_DATA: false, WORKER_IN_API: false, OUTBOX_POLL_MS: 250 });
  });

  it('refuses to start and lists every bad variable at once', () => {
    try {
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'http://x', JWT_SECRET: 'short' });
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(EnvironmentError);
      const msg = (e as Error).message;
      for (const v of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']) expect(msg).toContain(v);
    }
  });

  it('demands a JWT secret and the first admin in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET[\s\S]*ADMIN_EMAIL[\s\S]*ADMIN_PASSWORD/);
    expect(() =>
      validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), ADMIN_EMAIL: 'a@b.nl', ADMIN_PASSWORD: 'long-enough-password' }),
    ).not.toThrow();
  });

  it('treats an empty variable as unset', () => {
    expect(validateEnvironment({ DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
