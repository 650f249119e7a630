import { existsSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { Loop } from '../integration/support/loop';
import { createTestRegion, PASSWORD } from '../integration/support/region.factory';
import { startTestApp, TestApp } from '../integration/support/test-app';
import { launchChromium, newContext, screenshot, seriousViolations, WEB_DIST } from './support/browser';

/**
 * The Audit page in a real browser against the real api: the privacy officer's Te doen shows the
 * latest accesses; Audit filters the trail, names a bad filter next to its field, and downloads a
 * client's access report. The coordinator has the page too.
 */
describe('the web application: Audit for the privacy officer and the coordinator', () => {
  let t: TestApp;
  let loop: Loop;
  let browser: Browser;
  let base: string;
  let clientId: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('apps/web/dist is missing: the e2e global setup builds it (npm run build:web).');
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
    clientId = await loop.client();
    expect((await loop.as(loop.r.careProviderA).get(`/clients/${clientId}`)).status).toBe(200);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 60000);

  async function loginAs(email: string): Promise<Page> {
    const context = await newContext(browser, base);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    return page;
  }
  const settle = async (page: Page) => {
    await page.waitForLoadState('networkidle');
    await page.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  };

  it("shows the privacy officer the latest accesses, filters the trail and downloads the client's access report", async () => {
    const page = await loginAs('privacy@deventer.test');
    await page.getByRole('heading', { level: 1, name: 'Te doen' }).waitFor();
    await settle(page);
    await page.getByRole('cell', { name: 'Cliënt ingezien' }).first().waitFor();
    await page.getByRole('cell', { name: 'Zorgaanbieder A' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { level: 1, name: /Audit/ }).waitFor();
    await page.getByLabel('Cliënt (id)').fill('geen-id');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.locator('#f-clientId-error').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Cliënt (id)').fill(clientId);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await settle(page);
    await page.getByRole('cell', { name: 'Cliënt geregistreerd' }).waitFor();
    await page.getByRole('cell', { name: 'Cliënt ingezien' }).first().waitFor();
    await screenshot(page, 'audit-privacy-officer');
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Inzageoverzicht/ }).click()]);
    const file = await download.path();
    const csv = readFileSync(file!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('at,organisationName,organisationType,role,userId,action,objectType,objectId,grounds');
    expect(csv).toContain('"client.create"');
    expect(csv).toContain('"Zorgaanbieder A"');
    await page.context().close();
  });

  it('gives the coordinator the Audit page; a care provider has none', async () => {
    const coordinator = await loginAs('coordinator@deventer.test');
    await coordinator.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Audit' }).click();
    await settle(coordinator);
    await coordinator.getByRole('cell', { name: 'Logboek ingezien' }).first().waitFor();
    await coordinator.context().close();
    const care = await loginAs('care.a@deventer.test');
    expect(await care.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await care.goto('/audit');
    await care.getByRole('heading', { level: 1 }).waitFor();
    expect(await care.getByRole('heading', { level: 1, name: /Audit/ }).count()).toBe(0);
    await care.context().close();
  });
});
