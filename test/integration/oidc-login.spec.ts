import { DataSource } from 'typeorm';
import { OidcProvider, startOidcProvider } from './support/oidc-provider';
import { createTestRegion, TestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

/** OpenID Connect login end to end against a real (small) provider started in the test. */
describe('OpenID Connect login', () => {
  let t: TestApp;
  let r: TestRegion;
  let idp: OidcProvider;
  let ds: DataSource;

  beforeAll(async () => {
    [t, idp] = await Promise.all([startTestApp(), startOidcProvider()]);
    r = await createTestRegion(t);
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });

  const configure = (organisationId: string, body: Record<string, unknown>, token = r.admin) =>
    t.http.put(`/api/v1/organisations/${organisationId}/oidc`).set('Authorization', `Bearer ${token}`).send(body);
  const config = () => ({ issuerUrl: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, allowedEmailDomain: 'deventer.test' });

  /** Browser steps: our login start, the IdP's authorize endpoint, our callback. Answers where the callback sends the browser. */
  async function throughProvider(organisationId: string): Promise<{ authorizeUrl: URL; landing: string }> {
    const start = await t.http.get(`/api/v1/auth/oidc/${organisationId}/login`);
    expect(start.status).toBe(302);
    const authorizeUrl = new URL(start.headers.location, 'http://app.invalid');
    if (!authorizeUrl.href.startsWith(idp.issuer)) return { authorizeUrl, landing: start.headers.location };
    const approved = await fetch(authorizeUrl, { redirect: 'manual' });
    expect(approved.status).toBe(302);
    const callback = new URL(approved.headers.get('location')!);
    const back = await t.http.get(`${callback.pathname}${callback.search}`).set('Cookie', bindingOf(start.headers));
    expect(back.status).toBe(302);
    return { authorizeUrl, landing: back.headers.location };
  }
  /** The login-binding cookie the start set (a browser sends it back to the callback). */
  const bindingOf = (headers: Record<string, unknown>): string => {
    const cookie = ([] as string[]).concat((headers['set-cookie'] as string[] | undefined) ?? []).find((c) => c.startsWith('tp_oidc_binding='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth\/oidc\/callback/);
    return cookie!.split(';')[0];
  };
  const exchange = (code: string) => t.http.post('/api/v1/auth/oidc/exchange').send({ code });

  describe('configuration', () => {
    it('the admin sets an organisation’s identity provider; the client secret is stored encrypted and never answered', async () => {
      const res = await configure(r.orgs.corporationA, config());
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ organisationId: r.orgs.corporationA, issuerUrl: idp.issuer, clientId: idp.clientId, clientSecretSet: true, allowedEmailDomain: 'deventer.test', updatedAt: expect.any(String) });
      expect(JSON.stringify(res.body)).not.toContain(idp.clientSecret);
      const [row] = await ds.query(`SELECT client_secret_encrypted FROM organisation_oidc WHERE organisation_id = $1`, [r.orgs.corporationA]);
      expect(row.client_secret_encrypted).not.toContain(idp.clientSecret);
      const read = await t.http.get(`/api/v1/organisations/${r.orgs.corporationA}/oidc`).set('Authorization', `Bearer ${r.admin}`);
      expect(read.body.clientSecretSet).toBe(true);
      expect(JSON.stringify(read.body)).not.toContain(idp.clientSecret);
      // changing the domain keeps the stored secret
      const { clientSecret: _keep, ...withoutSecret } = config();
      expect((await configure(r.orgs.corporationA, withoutSecret)).status).toBe(200);
    });

    it('refuses other roles, a missing first secret, bad fields and unknown organisations', async () => {
      expect((await configure(r.orgs.corporationA, config(), r.coordinator)).status).toBe(403);
      const { clientSecret: _none, ...noSecret } = config();
      const first = await configure(r.orgs.careProviderA, noSecret);
      expect(first.status).toBe(400);
      expect(first.body.errors).toEqual([{ field: 'clientSecret', message: 'is required the first time' }]);
      const bad = await configure(r.orgs.careProviderA, { ...config(), issuerUrl: 'ftp://x', allowedEmailDomain: 'not a domain' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['allowedEmailDomain', 'issuerUrl']);
      expect((await configure('00000000-0000-4000-8000-000000000000', config())).status).toBe(404);
      expect((await t.http.get(`/api/v1/organisations/${r.orgs.careProviderA}/oidc`).set('Authorization', `Bearer ${r.admin}`)).status).toBe(404);
    });

    it('the login page can list the organisations with their own login (no secrets)', async () => {
      const res = await t.http.get('/api/v1/auth/oidc/organisations');
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([{ id: r.orgs.corporationA, name: 'Woonbedrijf A' }]);
    });
  });

  describe('the login', () => {
    beforeAll(async () => {
      await configure(r.orgs.corporationA, config()).expect(200);
    });

    it('logs an existing user of the organisation in: code flow with PKCE, state and nonce; tokens only through a one-time code', async () => {
      idp.user = { sub: 'u-1', email: 'Corp.A@deventer.test' };
      const { authorizeUrl, landing } = await throughProvider(r.orgs.corporationA);
      expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorizeUrl.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(authorizeUrl.searchParams.get('state')).toBeTruthy();
      expect(authorizeUrl.searchParams.get('nonce')).toBeTruthy();
      expect(authorizeUrl.searchParams.get('redirect_uri')).toMatch(/\/api\/v1\/auth\/oidc\/callback$/);
      expect(authorizeUrl.searchParams.get('scope')).toBe('openid email');

      const m = /^\/inloggen#oidc=([A-Za-z0-9_-]+)$/.exec(landing);
      expect(m).not.toBeNull();
      expect(landing).not.toMatch(/\?/); // nothing in a query string
      const tokens = await exchange(m![1]);
      expect(tokens.status).toBe(200);
      expect(tokens.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, refreshToken: expect.any(String) });
      const me = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${tokens.body.accessToken}`);
      expect(me.body).toMatchObject({ email: 'corp.a@deventer.test', role: 'corporation' });
      const [session] = await ds.query(`SELECT s.method FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'corp.a@deventer.test' ORDER BY s.created_at DESC LIMIT 1`);
      expect(session.method).toBe('oidc');

      // the code works once
      expect((await exchange(m![1])).status).toBe(401);
    });

    it('a callback cannot be replayed: the state is used up', async () => {
      idp.user = { sub: 'u-1', email: 'corp.a@deventer.test' };
      const start = await t.http.get(`/api/v1/auth/oidc/${r.orgs.corporationA}/login`);
      const approved = await fetch(start.headers.location, { redirect: 'manual' });
      const callback = new URL(approved.headers.get('location')!);
      const first = await t.http.get(`${callback.pathname}${callback.search}`).set('Cookie', bindingOf(start.headers));
      expect(first.headers.location).toMatch(/#oidc=/);
      const again = await t.http.get(`${callback.pathname}${callback.search}`).set('Cookie', bindingOf(start.headers));
      expect(again.headers.location).toBe('/inloggen#oidc-fout=expired');
      const forged = await t.http.get('/api/v1/auth/oidc/callback?code=abc&state=made-up');
      expect(forged.headers.location).toBe('/inloggen#oidc-fout=expired');
    });

    it('a callback opened in another browser (login CSRF) does not log that browser in', async () => {
      idp.user = { sub: 'u-1', email: 'corp.a@deventer.test' };
      const start = await t.http.get(`/api/v1/auth/oidc/${r.orgs.corporationA}/login`);
      const approved = await fetch(start.headers.location, { redirect: 'manual' });
      const callback = new URL(approved.headers.get('location')!);
      const tokenRequests = idp.tokenRequests;
      const elsewhere = await t.http.get(`${callback.pathname}${callback.search}`).set('Cookie', 'tp_oidc_binding=someone-elses-value');
      expect(elsewhere.headers.location).toBe('/inloggen#oidc-fout=other_browser');
      expect(idp.tokenRequests).toBe(tokenRequests); // refused before the code was even redeemed
      // and the login cannot be finished afterwards either
      const owner = await t.http.get(`${callback.pathname}${callback.search}`).set('Cookie', bindingOf(start.headers));
      expect(owner.headers.location).toBe('/inloggen#oidc-fout=expired');
    });

    it('refuses an id token with a wrong nonce, audience or signature', async () => {
      for (const tamper of [{ nonce: 'another-nonce' }, { aud: 'another-client' }, { signWithOtherKey: true }]) {
        idp.user = { sub: 'u-1', email: 'corp.a@deventer.test' };
        idp.nextIdToken = tamper;
        expect((await throughProvider(r.orgs.corporationA)).landing).toBe('/inloggen#oidc-fout=rejected');
      }
    });

    it('maps by e-mail address to a user of that organisation only; creates nobody', async () => {
      const before = (await ds.query(`SELECT count(*)::int AS n FROM app_user`))[0].n;
      idp.user = { sub: 'u-2', email: 'stranger@deventer.test' };
      expect((await throughProvider(r.orgs.corporationA)).landing).toBe('/inloggen#oidc-fout=no_account');
      idp.user = { sub: 'u-3', email: 'corp.b@deventer.test' }; // a user of another organisation
      expect((await throughProvider(r.orgs.corporationA)).landing).toBe('/inloggen#oidc-fout=no_account');
      idp.user = { sub: 'u-4', email: 'corp.a@elsewhere.example' };
      expect((await throughProvider(r.orgs.corporationA)).landing).toBe('/inloggen#oidc-fout=domain_not_allowed');
      idp.user = { sub: 'u-1', email: 'corp.a@deventer.test', emailVerified: false };
      expect((await throughProvider(r.orgs.corporationA)).landing).toBe('/inloggen#oidc-fout=rejected');
      // an id token that does not say the address is verified is refused too
      idp.user = { sub: 'u-1', email: 'corp.a@deventer.test', emailVerified: null };
      expect((await throughProvider(r.orgs.corporationA)).landing).toBe('/inloggen#oidc-fout=rejected');
      expect((await ds.query(`SELECT count(*)::int AS n FROM app_user`))[0].n).toBe(before);
    });

    it('a disabled user cannot log in through the identity provider either', async () => {
      const [{ id }] = await ds.query(`SELECT id FROM app_user WHERE email = 'corp.a@deventer.test'`);
      await t.http.post(`/api/v1/users/${id}/disable`).set('Authorization', `Bearer ${r.admin}`).expect(200);
      idp.user = { sub: 'u-1', email: 'corp.a@deventer.test' };
      expect((await throughProvider(r.orgs.corporationA)).landing).toBe('/inloggen#oidc-fout=account_disabled');
      await t.http.post(`/api/v1/users/${id}/enable`).set('Authorization', `Bearer ${r.admin}`).expect(200);
      const actions = (await ds.query(`SELECT action FROM audit_event WHERE object_id = $1 AND action LIKE 'auth.%' ORDER BY id`, [id])).map((x: { action: string }) => x.action);
      expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.login_disabled']));
      // refused logins of someone who is not (or cannot be proven to be) a user are recorded against the organisation
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.login_failed' AND user_id IS NULL AND organisation_id = $1`, [r.orgs.corporationA]);
      expect(n).toBeGreaterThanOrEqual(6);
    });

    it('an organisation without an identity provider, or one that cannot be reached, sends the browser back with the reason', async () => {
      expect((await throughProvider(r.orgs.careProviderB)).landing).toBe('/inloggen#oidc-fout=not_configured');
      await configure(r.orgs.corporationB, { ...config(), issuerUrl: 'http://127.0.0.1:9' }).expect(200);
      expect((await throughProvider(r.orgs.corporationB)).landing).toBe('/inloggen#oidc-fout=provider_unreachable');
    });
  });
});
