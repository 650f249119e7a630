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

  it('takes an smtp:// or smtps:// SMTP_URL, refuses anything else without repeating it, and has a default sender', () => {
    const env = validateEnvironment({});
    expect(env.SMTP_URL).toBeUndefined(); // the local mail outbox
    expect(env.MAIL_FROM).toBe('Transferpunt <noreply@transferpunt.local>');
    expect(validateEnvironment({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    for (const ok of ['smtp://localhost:1025', 'smtps://user:p%40ss@mail.example.nl:465', 'smtp://mail.example.nl', 'smtp://[::1]:25', 'smtp://mail.example.nl?pool=true']) expect(validateEnvironment({ SMTP_URL: ok }).SMTP_URL).toBe(ok);
    for (const bad of ['http://mail.example.nl', 'mail.example.nl:25', 'smtp://', 'smtp:// mail', 'smtp://user:secret-pw@/']) {
      let msg = '';
      try {
        validateEnvironment({ SMTP_URL: bad });
      } catch (e) {
        expect(e).toBeInstanceOf(EnvironmentError);
        msg = (e as Error).message;
      }
      expect(msg).toContain('SMTP_URL must be an smtp:// or smtps:// URL');
      expect(msg).not.toContain('secret-pw');
    }
    expect(validateEnvironment({ MAIL_FROM: 'meldingen@gemeente.nl' }).MAIL_FROM).toBe('meldingen@gemeente.nl');
    expect(() => validateEnvironment({ MAIL_FROM: 'Transferpunt' })).toThrow(/MAIL_FROM/);
  });
});
