import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DemoLoader } from '@tp/core/demo/demo-loader.service';
import { DEMO_PASSWORD, demoEmail } from '@tp/core/demo/demo-data';
import { ADMIN, startTestApp, TestApp } from '../integration/support/test-app';
import { cspViolations, launchChromium, newContext, screenshot, seriousViolations, WEB_DIST } from './support/browser';

/**
 * The Actieplan page in a real browser on the demo region: the coordinator adds an action (an empty
 * form is refused next to the fields), changes its state, and the auditor reads it without edit
 * controls and sees municipality names, not codes, in the monitor. Axe and a screenshot per page.
 */
describe('the web application: actieplan', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('apps/web/dist is missing: run the e2e project through jest, or build first.');
    t = await startTestApp();
    await t.app.get(DemoLoader).loadIfEmpty();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const admin = await t.login(ADMIN.email, ADMIN.password);
    const orgs = (await t.http.get('/api/v1/organisations?limit=100').set('Authorization', `Bearer ${admin}`)).body.items as Array<{ id: string; type: string; municipalityCode: string | null }>;
    const deventer = orgs.find((o) => o.type === 'municipality' && o.municipalityCode === 'GM0150')!;
    const res = await t.http.post('/api/v1/users').set('Authorization', `Bearer ${admin}`).send({ email: 'wmoraad@e2e.test', password: DEMO_PASSWORD, role: 'auditor', organisationId: deventer.id });
    expect(res.status).toBe(201);
    browser = await launchChromium();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 60000);

  async function loginAs(email: string): Promise<Page> {
    const context = await newContext(browser, base);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    return page;
  }

  async function check(page: Page, name: string): Promise<string[]> {
    await page.waitForLoadState('networkidle');
    await page.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
    await screenshot(page, name);
    return seriousViolations(page);
  }

  it('the coordinator adds an action, is told what is missing next to the field, and marks it done', async () => {
    const page = await loginAs(demoEmail('coordinator'));
    await page.getByRole('link', { name: 'Actieplan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Regionaal actieplan' }).waitFor();
    await page.getByText('Nog geen acties.').waitFor();
    expect(await check(page, 'actieplan-leeg')).toEqual([]);

    await page.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.locator('#f-owner-error').waitFor();
    expect(await page.locator('#f-owner-error').innerText()).toContain('Vul dit veld in.');
    expect(await page.locator('[id="f-deadlines.0.date-error"]').innerText()).toContain('Vul een datum in.');
    expect(await check(page, 'actieplan-fouten')).toEqual([]);

    await page.getByLabel('Actie', { exact: true }).fill('Tien extra Skaeve huse in de regio');
    await page.getByLabel('Eigenaar').fill('Gemeente Deventer, team wonen');
    await page.getByLabel('Deadline 1: datum').fill('2026-01-15');
    await page.getByLabel('Deadline 1: omschrijving').fill('Plan van aanpak');
    await page.getByRole('button', { name: 'Deadline toevoegen' }).click();
    await page.getByLabel('Deadline 2: datum').fill('2099-12-31');
    await page.getByLabel('Deadline 2: omschrijving').fill('Woningen opgeleverd');
    await page.getByRole('button', { name: 'Actie opslaan' }).click();
    const table = page.getByRole('table', { name: 'Acties van het regionale actieplan' });
    await table.getByText('Tien extra Skaeve huse in de regio').waitFor();
    expect(await table.innerText()).toContain('15 januari 2026: Plan van aanpak');
    expect(await table.getByText('verstreken').count()).toBe(1);
    expect(await check(page, 'actieplan-coordinator')).toEqual([]);

    await page.getByRole('button', { name: 'Wijzigen: Tien extra Skaeve huse in de regio' }).click();
    await page.getByRole('heading', { name: 'Actie wijzigen' }).waitFor();
    await page.getByLabel('Status').selectOption('done');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await table.getByText('Afgerond').waitFor();
    expect(await table.getByText('verstreken').count()).toBe(0);
    await page.context().close();
    expect(cspViolations).toEqual([]);
  }, 90000);

  it('the auditor reads the plan without edit controls, and the monitor names the municipalities', async () => {
    const page = await loginAs('wmoraad@e2e.test');
    await page.getByRole('heading', { level: 1, name: 'Regionale monitor' }).waitFor();
    const perMunicipality = page.getByRole('table', { name: 'Per gemeente', exact: true });
    await perMunicipality.getByText('Deventer').waitFor();
    expect(await perMunicipality.innerText()).not.toMatch(/GM0150/);
    await page.getByRole('table', { name: 'Verdeelsleutel: gebruik naar gemeente' }).getByText('Deventer').waitFor();
    await page.getByRole('link', { name: 'Actieplan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Regionaal actieplan' }).waitFor();
    await page.getByText('Tien extra Skaeve huse in de regio').waitFor();
    expect(await page.getByRole('button', { name: 'Actie opslaan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Wijzigen/ }).count()).toBe(0);
    expect(await check(page, 'actieplan-auditor')).toEqual([]);
    await page.context().close();
    expect(cspViolations).toEqual([]);
  }, 60000);
});
