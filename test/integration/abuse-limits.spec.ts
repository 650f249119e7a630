import IORedis from 'ioredis';
import { corsOrigins, validateEnvironment } from '@tp/core';
import { REDIS_URL } from './support/databases';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

const problemType = /^application\/problem\+json/;

/** Rate limits (with their counters in Redis), CORS, security headers and the request size limit. */
describe('abuse limits', () => {
  describe('rate limits, counted in Redis', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_AUTH: '3', RATE_LIMIT_GENERAL: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
    });
    afterAll(() => t?.close());

    it('the login allows RATE_LIMIT_AUTH attempts per IP address, then answers 429 with Retry-After', async () => {
      const from = (ip: string) => t.http.post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email: 'nobody@limits.test', password: 'whatever' });
      for (let i = 0; i < 3; i++) expect((await from('10.0.0.1')).status).toBe(401);
      const limited = await from('10.0.0.1');
      expect(limited.status).toBe(429);
      expect(limited.headers['content-type']).toMatch(problemType);
      expect(limited.body).toMatchObject({ status: 429, code: 'too_many_requests', title: 'Too many requests' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
      // even the right password does not get through now, from that address
      const right = await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.0.1').send(ADMIN);
      expect(right.status).toBe(429);
      // another address is counted apart
      expect((await from('10.0.0.2')).status).toBe(401);

      // the counters are in Redis, under the instance's prefix
      const redis = new IORedis(REDIS_URL);
      try {
        expect((await redis.keys(`${t.prefix}:throttle:*`)).length).toBeGreaterThan(0);
      } finally {
        await redis.quit();
      }
    });

    it('refresh has the strict limit too', async () => {
      const refresh = () => t.http.post('/api/v1/auth/refresh').set('X-Forwarded-For', '10.0.0.3').send({ refreshToken: 'A'.repeat(43) });
      for (let i = 0; i < 3; i++) expect((await refresh()).status).toBe(401);
      expect((await refresh()).status).toBe(429);
    });

    it('a signed-in user gets RATE_LIMIT_GENERAL requests per window, counted per user', async () => {
      const admin = (await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.0.4').send(ADMIN)).body.accessToken as string;
      const other = (await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.0.5').send(ADMIN)).body.accessToken as string;
      const me = (token: string) => t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
      for (let i = 0; i < 5; i++) expect((await me(admin)).status).toBe(200);
      const limited = await me(admin);
      expect(limited.status).toBe(429);
      expect(limited.body.code).toBe('too_many_requests');
      expect(limited.headers['retry-after']).toBeDefined();
      // the same user in another session counts as the same user
      expect((await me(other)).status).toBe(429);
    });
  });

  describe('rate limits without Redis', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ REDIS_URL: '', RATE_LIMIT_AUTH: '2' });
    });
    afterAll(() => t?.close());

    it('counts in memory', async () => {
      const login = () => t.http.post('/api/v1/auth/login').send({ email: 'nobody@limits.test', password: 'whatever' });
      expect((await login()).status).toBe(401);
      expect((await login()).status).toBe(401);
      expect((await login()).status).toBe(429);
    });
  });

  describe('CORS, headers and size limits', () => {
    let t: TestApp;
    let allowed: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
      allowed = await startTestApp({ CORS_ORIGINS: 'https://app.example.nl, https://beheer.example.nl' });
    });
    afterAll(async () => {
      await t?.close();
      await allowed?.close();
    });

    it('without CORS_ORIGINS no origin is allowed', async () => {
      const res = await t.http.get('/api/v1/openapi.json').set('Origin', 'https://app.example.nl');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await t.http.options('/api/v1/auth/login').set('Origin', 'https://app.example.nl').set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('with CORS_ORIGINS only the listed origins are allowed, without credentials', async () => {
      const preflight = await allowed.http
        .options('/api/v1/auth/login')
        .set('Origin', 'https://beheer.example.nl')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type,authorization');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('https://beheer.example.nl');
      expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      const res = await allowed.http.post('/api/v1/auth/login').set('Origin', 'https://app.example.nl').send(ADMIN);
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('https://app.example.nl');
      const other = await allowed.http.post('/api/v1/auth/login').set('Origin', 'https://evil.example.com').send(ADMIN);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('refuses a CORS_ORIGINS value that is not a list of origins', () => {
      expect(() => validateEnvironment({ CORS_ORIGINS: 'app.example.nl' })).toThrow(/CORS_ORIGINS/);
      expect(() => validateEnvironment({ CORS_ORIGINS: 'https://a.example.nl/path' })).toThrow(/CORS_ORIGINS/);
      expect(corsOrigins(validateEnvironment({ CORS_ORIGINS: ' https://a.example.nl ,http://localhost:5173' }))).toEqual(['https://a.example.nl', 'http://localhost:5173']);
    });

    it('every answer carries the security headers; api answers are not cached', async () => {
      for (const path of ['/api/v1/openapi.json', '/api/v1/auth/me', '/', '/some/client/route']) {
        const res = await t.http.get(path);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['x-powered-by']).toBeUndefined();
        if (path.startsWith('/api/')) expect(res.headers['cache-control']).toBe('no-store');
        else expect(res.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      }
    });

    it('a JSON body over 100 kB answers 413 as a problem, before any handler runs', async () => {
      const res = await t.http
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(101 * 1024) }));
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toMatch(problemType);
      expect(res.body.code).toBe('payload_too_large');
      const fits = await t.http.post('/api/v1/auth/login').send({ email: 'a@b.nl', password: 'x'.repeat(150) });
      expect(fits.status).toBe(401);
    });
  });
});
