import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { startOidcProvider } from '../integration/support/oidc-provider';
import { ADMIN, startTestApp, TestApp } from '../integration/support/test-app';
import { launchChromium, newContext, seriousViolations, WEB_DIST } from './support/browser';

interface StoredSession {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: number;
}

/** Login, transparent refresh and logout in the browser: after logout the old tokens are worthless. */
describe('the web application: sessions', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('apps/web/dist is missing: the e2e global setup builds it (npm run build:web).');
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 60000);

  // evaluated in the page (as strings: the tests compile without the DOM types)
  const stored = (page: Page) => page.evaluate(`JSON.parse(sessionStorage.getItem('transferpunt.session') ?? 'null')`) as Promise<StoredSession | null>;
  const patchStored = (page: Page, patch: string) =>
    page.evaluate(`sessionStorage.setItem('transferpunt.session', JSON.stringify({ ...JSON.parse(sessionStorage.getItem('transferpunt.session')), ${patch} }))`);
  const me = (token: string) => t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);

  async function fillLogin(page: Page, email: string, password: string): Promise<void> {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Inloggen', exact: true }).waitFor();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }

  async function login(email = ADMIN.email, password = ADMIN.password): Promise<Page> {
    const page = await (await newContext(browser, base)).newPage();
    await fillLogin(page, email, password);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    return page;
  }

  it('a locked account says so on the login page; the admin unlocks it in Beheer', async () => {
    const admin = await t.login(ADMIN.email, ADMIN.password);
    const email = 'locked@sessions.test';
    const password = 'a-password-of-12';
    await t.http.post('/api/v1/users').set('Authorization', `Bearer ${admin}`).send({ email, password, role: 'admin' }).expect(201);
    for (let i = 0; i < 5; i++) await t.http.post('/api/v1/auth/login').send({ email, password: 'wrong-password' });

    const page = await (await newContext(browser, base)).newPage();
    await fillLogin(page, email, password);
    await page.getByText('Uw account is daarom tijdelijk geblokkeerd').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const adminPage = await login();
    await adminPage.getByRole('cell', { name: /^Geblokkeerd tot \d{1,2} \w+ \d{4}/ }).waitFor();
    await adminPage.getByRole('button', { name: `${email} deblokkeren` }).click();
    await adminPage.getByText(`${email} is gedeblokkeerd.`).waitFor();
    expect(await seriousViolations(adminPage)).toEqual([]);

    await fillLogin(page, email, password);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    await page.context().close();
    await adminPage.context().close();
  });

  it('logs in through the organisation’s own identity provider', async () => {
    const idp = await startOidcProvider();
    try {
      const admin = await t.login(ADMIN.email, ADMIN.password);
      const post = (path: string, body: object) => t.http.post(`/api/v1${path}`).set('Authorization', `Bearer ${admin}`).send(body);
      await post('/regions', { code: 'OIDC', name: 'Regio OIDC' }).expect(201);
      const org = (await post('/organisations', { type: 'corporation', name: 'Woonbedrijf Eigen Login', regionCode: 'OIDC' }).expect(201)).body.id as string;
      await post('/users', { email: 'medewerker@woonbedrijf.example', password: 'a-password-of-12', role: 'corporation', organisationId: org }).expect(201);
      // the admin sets it up in Beheer
      const adminPage = await login();
      const form = adminPage.getByRole('form', { name: 'Inloggen via eigen organisatie instellen' });
      await form.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Woonbedrijf Eigen Login (Woningcorporatie)' });
      await form.getByLabel('Issuer-URL').fill(idp.issuer);
      await form.getByLabel('Client-id').fill(idp.clientId);
      await form.getByLabel('Client-secret').fill(idp.clientSecret);
      await form.getByLabel('Toegestaan e-maildomein').fill('woonbedrijf.example');
      await form.getByRole('button', { name: 'Inloggen via eigen organisatie instellen' }).click();
      await adminPage.getByText('Inloggen via de eigen organisatie is ingesteld voor Woonbedrijf Eigen Login.').waitFor();
      expect(await seriousViolations(adminPage)).toEqual([]);
      await adminPage.context().close();
      const stored = await t.http.get(`/api/v1/organisations/${org}/oidc`).set('Authorization', `Bearer ${admin}`).expect(200);
      expect(stored.body).toMatchObject({ issuerUrl: idp.issuer, clientSecretSet: true, allowedEmailDomain: 'woonbedrijf.example' });
      idp.user = { sub: 'mw-1', email: 'medewerker@woonbedrijf.example' };

      const page = await (await newContext(browser, base)).newPage();
      await page.goto('/');
      await page.getByRole('heading', { name: 'Inloggen via uw organisatie' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Inloggen via uw organisatie' }).click();
      await page.getByText('Maak een keuze.').first().waitFor();
      await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Woonbedrijf Eigen Login' });
      await page.getByRole('button', { name: 'Inloggen via uw organisatie' }).click();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
      await page.getByText('medewerker@woonbedrijf.example').waitFor();
      expect(page.url()).not.toMatch(/oidc=/);
      expect(idp.tokenRequests).toBe(1);

      // someone without an account at the transferpunt is sent back with the reason
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      idp.user = { sub: 'mw-2', email: 'onbekend@woonbedrijf.example' };
      await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Woonbedrijf Eigen Login' });
      await page.getByRole('button', { name: 'Inloggen via uw organisatie' }).click();
      await page.getByText('Er is bij het transferpunt geen account van uw organisatie met uw e-mailadres.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    } finally {
      await idp.close();
    }
  });

  it('refreshes the access token without the user noticing, before and after it runs out', async () => {
    const page = await login();
    const first = (await stored(page))!;
    expect(first.refreshToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    // the access token is about to run out: the next request refreshes first
    await patchStored(page, 'accessExpiresAt: Date.now()');
    await page.reload();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    const second = (await stored(page))!;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).status).toBe(200);

    // the server refuses the access token (here: one that is not valid): refresh once and send again
    await patchStored(page, "accessToken: 'not-a-valid-token'");
    await page.reload();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    const third = (await stored(page))!;
    expect(third.refreshToken).not.toBe(second.refreshToken);
    expect(third.accessToken).not.toBe('not-a-valid-token');
    await page.context().close();
  });

  it('logs out: the login page returns, and the old tokens no longer open anything', async () => {
    const page = await login();
    const before = (await stored(page))!;
    expect((await me(before.accessToken)).status).toBe(200);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen', exact: true }).waitFor();
    await page.getByText('U bent uitgelogd.').waitFor();
    expect(await stored(page)).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);

    // the old access token is refused at once, and the refresh token is used up
    expect((await me(before.accessToken)).status).toBe(401);
    expect((await t.http.post('/api/v1/auth/refresh').send({ refreshToken: before.refreshToken })).status).toBe(401);

    // putting the old tokens back in the browser does not bring the session back
    await page.evaluate(`sessionStorage.setItem('transferpunt.session', ${JSON.stringify(JSON.stringify(before))})`);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Inloggen', exact: true }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await page.context().close();
  });
});
