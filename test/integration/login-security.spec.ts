import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcryptjs';
import { DataSource } from 'typeorm';
import { createTestRegion, PASSWORD, TestRegion } from './support/region.factory';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

const MINUTE = 60_000;

/** Passwords (argon2id, bcrypt upgraded), lockout, disabled accounts, and sessions with rotating refresh tokens. */
describe('login security', () => {
  let t: TestApp;
  let r: TestRegion;
  let ds: DataSource;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t?.close());
  afterEach(() => t.clock.reset());

  /** A fresh corporation user of its own, so one test's lockout does not touch another's. */
  const newUser = async () => {
    const email = `user${++n}@security.test`;
    const res = await t.http.post('/api/v1/users').set('Authorization', `Bearer ${r.admin}`).send({ email, password: PASSWORD, role: 'corporation', organisationId: r.orgs.corporationA });
    expect(res.status).toBe(201);
    return { email, id: res.body.id as string };
  };
  const login = (email: string, password: string, requestId?: string) => {
    const req = t.http.post('/api/v1/auth/login').send({ email, password });
    return requestId ? req.set('X-Request-Id', requestId) : req;
  };
  const me = (token: string) => t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
  const refresh = (refreshToken: string) => t.http.post('/api/v1/auth/refresh').send({ refreshToken });
  const admin = (path: string) => t.http.post(`/api/v1${path}`).set('Authorization', `Bearer ${r.admin}`).send({});
  const auditOf = async (userId: string): Promise<string[]> =>
    (await ds.query(`SELECT action FROM audit_event WHERE object_type = 'user' AND object_id = $1 ORDER BY id`, [userId])).map((x: { action: string }) => x.action);

  describe('passwords', () => {
    it('stores new passwords as argon2id hashes', async () => {
      const u = await newUser();
      const [{ password_hash }] = await ds.query(`SELECT password_hash FROM app_user WHERE id = $1`, [u.id]);
      expect(password_hash).toMatch(/^\$argon2id\$/);
    });

    it('still accepts a bcrypt hash and replaces it with argon2id at the next login', async () => {
      const u = await newUser();
      await ds.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [u.id, bcrypt.hashSync(PASSWORD, 4)]);
      expect((await login(u.email, 'wrong-password')).status).toBe(401);
      const [{ password_hash: still }] = await ds.query(`SELECT password_hash FROM app_user WHERE id = $1`, [u.id]);
      expect(still).toMatch(/^\$2/);
      expect((await login(u.email, PASSWORD)).status).toBe(200);
      const [{ password_hash }] = await ds.query(`SELECT password_hash FROM app_user WHERE id = $1`, [u.id]);
      expect(password_hash).toMatch(/^\$argon2id\$/);
      expect((await login(u.email, PASSWORD)).status).toBe(200);
    });

    it('records a failed login for an unknown address without naming it', async () => {
      const requestId = `unknown-${Date.now()}`;
      const res = await login('nobody@security.test', 'whatever', requestId);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('invalid_credentials');
      const rows = await ds.query(`SELECT user_id, action, object_id FROM audit_event WHERE request_id = $1`, [requestId]);
      expect(rows).toEqual([{ user_id: null, action: 'auth.login_failed', object_id: 'unknown' }]);
    });
  });

  describe('lockout', () => {
    it('answers an address of no user exactly as an account: five failures lock it, and the lock answers alike', async () => {
      const known = await newUser();
      const sequence = async (email: string) => {
        const out: string[] = [];
        for (let i = 0; i < 7; i++) {
          const res = await login(email, `wrong-${i}`);
          out.push(`${res.status} ${res.body.code} ${res.headers['retry-after'] ? 'retry' : ''}`);
        }
        return out;
      };
      const unknown = await sequence(`nobody-${Date.now()}@security.test`);
      expect(unknown).toEqual(await sequence(known.email));
      expect(unknown.slice(4)).toEqual(Array(3).fill('423 account_locked retry'));
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM login_failure WHERE locked_until IS NOT NULL`);
      expect(n).toBeGreaterThan(0);
      expect(JSON.stringify(await ds.query(`SELECT * FROM login_failure`))).not.toContain('nobody-');
    });

    it('locks the account after five failures; while locked the right and the wrong password get the same answer', async () => {
      const u = await newUser();
      for (let i = 0; i < 4; i++) expect((await login(u.email, `wrong-${i}`)).body.code).toBe('invalid_credentials');
      const fifth = await login(u.email, 'wrong-5');
      expect(fifth.status).toBe(423);
      expect(fifth.body.code).toBe('account_locked');
      expect(fifth.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(800);

      const right = await login(u.email, PASSWORD);
      const wrong = await login(u.email, 'wrong-6');
      expect(right.status).toBe(423);
      expect(wrong.status).toBe(423);
      const strip = (b: Record<string, unknown>) => ({ ...b, instance: undefined });
      expect(strip(right.body)).toEqual(strip(wrong.body));

      const users = await t.http.get('/api/v1/users').set('Authorization', `Bearer ${r.admin}`);
      expect(users.body.items.find((x: { id: string }) => x.id === u.id).lockedUntil).not.toBeNull();

      t.clock.advance(16 * MINUTE);
      expect((await login(u.email, PASSWORD)).status).toBe(200);
      expect(await auditOf(u.id)).toEqual([
        ...Array(5).fill('auth.login_failed').flatMap((a, i) => (i === 4 ? [a, 'auth.lockout'] : [a])),
        'auth.login_locked',
        'auth.login_locked',
        'auth.login',
      ]);
    });

    it('counts only the failures within the window', async () => {
      const u = await newUser();
      for (let i = 0; i < 4; i++) expect((await login(u.email, 'wrong')).status).toBe(401);
      t.clock.advance(16 * MINUTE);
      for (let i = 0; i < 4; i++) expect((await login(u.email, 'wrong')).status).toBe(401);
      expect((await login(u.email, PASSWORD)).status).toBe(200);
    });

    it('a successful login starts the count again', async () => {
      const u = await newUser();
      for (let i = 0; i < 4; i++) await login(u.email, 'wrong');
      expect((await login(u.email, PASSWORD)).status).toBe(200);
      for (let i = 0; i < 4; i++) expect((await login(u.email, 'wrong')).status).toBe(401);
    });

    it('the admin can unlock an account; nobody else can', async () => {
      const u = await newUser();
      for (let i = 0; i < 5; i++) await login(u.email, 'wrong');
      expect((await login(u.email, PASSWORD)).status).toBe(423);
      const refused = await t.http.post(`/api/v1/users/${u.id}/unlock`).set('Authorization', `Bearer ${r.coordinator}`).send({});
      expect(refused.status).toBe(403);
      const unlocked = await admin(`/users/${u.id}/unlock`);
      expect(unlocked.status).toBe(200);
      expect(unlocked.body.lockedUntil).toBeNull();
      expect((await login(u.email, PASSWORD)).status).toBe(200);
      expect(await auditOf(u.id)).toContain('user.unlock');
      expect((await admin(`/users/00000000-0000-4000-8000-000000000000/unlock`)).status).toBe(404);
    });
  });

  describe('disabled users', () => {
    it('a disabled user cannot log in and its sessions end at once; enabled again it can', async () => {
      const u = await newUser();
      const session = (await login(u.email, PASSWORD)).body;
      expect((await me(session.accessToken)).status).toBe(200);

      const disabled = await admin(`/users/${u.id}/disable`);
      expect(disabled.status).toBe(200);
      expect(disabled.body.disabled).toBe(true);
      expect((await me(session.accessToken)).status).toBe(401);
      expect((await refresh(session.refreshToken)).status).toBe(401);
      const right = await login(u.email, PASSWORD);
      expect(right.status).toBe(403);
      expect(right.body.code).toBe('account_disabled');
      expect((await login(u.email, 'wrong')).body.code).toBe('invalid_credentials');

      const enabled = await admin(`/users/${u.id}/enable`);
      expect(enabled.body.disabled).toBe(false);
      expect((await login(u.email, PASSWORD)).status).toBe(200);
      expect((await me(session.accessToken)).status).toBe(401); // the old session stays ended
      expect(await auditOf(u.id)).toEqual(expect.arrayContaining(['user.disable', 'auth.login_disabled', 'user.enable']));
    });

    it('the admin cannot disable their own account', async () => {
      const [{ id }] = await ds.query(`SELECT id FROM app_user WHERE email = $1`, [ADMIN.email]);
      const res = await admin(`/users/${id}/disable`);
      expect(res.status).toBe(409);
    });
  });

  describe('sessions', () => {
    it('login answers a short-lived access token and a refresh token', async () => {
      const u = await newUser();
      const res = await login(u.email, PASSWORD);
      expect(res.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900, refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/), refreshExpiresIn: 43200 });
      const stored = await ds.query(`SELECT t.token_hash FROM session_refresh_token t JOIN session s ON s.id = t.session_id WHERE s.user_id = $1`, [u.id]);
      expect(stored).toHaveLength(1);
      expect(stored[0].token_hash).not.toContain(res.body.refreshToken);
    });

    it('a refresh token rotates: each can be used once, and using an old one again ends the whole session', async () => {
      const u = await newUser();
      const first = (await login(u.email, PASSWORD)).body;
      const second = await refresh(first.refreshToken);
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      expect((await me(second.body.accessToken)).status).toBe(200);
      const third = await refresh(second.body.refreshToken);
      expect(third.status).toBe(200);

      const replay = await refresh(first.refreshToken);
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('unauthenticated');
      expect((await me(third.body.accessToken)).status).toBe(401);
      expect((await refresh(third.body.refreshToken)).status).toBe(401);
      expect(await auditOf(u.id)).toContain('auth.refresh_reuse');
      // another session of the same user is not touched
      const other = (await login(u.email, PASSWORD)).body;
      expect((await me(other.accessToken)).status).toBe(200);
    });

    it('two refreshes with the same token at once: one wins, the other ends the session', async () => {
      const u = await newUser();
      const s = (await login(u.email, PASSWORD)).body;
      const answers = await Promise.all([refresh(s.refreshToken), refresh(s.refreshToken)]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    });

    it('logout ends the session: its access token is refused at once and its refresh token no longer works', async () => {
      const u = await newUser();
      const s = (await login(u.email, PASSWORD)).body;
      const out = await t.http.post('/api/v1/auth/logout').set('Authorization', `Bearer ${s.accessToken}`);
      expect(out.status).toBe(204);
      const after = await me(s.accessToken);
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('unauthenticated');
      expect((await refresh(s.refreshToken)).status).toBe(401);
      expect(await auditOf(u.id)).toEqual(['auth.login', 'auth.logout']);
    });

    it('a refresh token expires after REFRESH_TTL_SECONDS without use', async () => {
      const u = await newUser();
      const s = (await login(u.email, PASSWORD)).body;
      t.clock.advance(12 * 60 * MINUTE + MINUTE);
      expect((await refresh(s.refreshToken)).status).toBe(401);
    });

    it('refuses an access token without a session, and malformed refresh tokens', async () => {
      const [{ id }] = await ds.query(`SELECT id FROM app_user WHERE email = $1`, [ADMIN.email]);
      const noSession = await t.app.get(JwtService).signAsync({ sub: id, role: 'admin', org: null, region: null, mun: null });
      expect((await me(noSession)).status).toBe(401);
      const bad = await refresh('not a token!');
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('refreshToken');
      expect((await refresh('A'.repeat(43))).status).toBe(401);
    });
  });
});
