import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { Loop } from '../integration/support/loop';
import { createTestRegion, PASSWORD } from '../integration/support/region.factory';
import { startTestApp, TestApp } from '../integration/support/test-app';
import { screenshot, seriousViolations } from './support/browser';
import { BrowserFixture, serveInBrowser, settled } from './support/web-app';

/**
 * The Audit page in a real browser against the real api: the privacy officer's Te doen shows the
 * latest accesses; Audit filters the trail, names a bad filter next to its field, and downloads a
 * client's access report. The coordinator has the page too.
 */
describe('the web application: Audit for the privacy officer and the coordinator', () => {
  let t: TestApp;
  let loop: Loop;
  let web: BrowserFixture;
  let clientId: string;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
    clientId = await loop.client();
    expect((await loop.as(loop.r.careProviderA).get(`/clients/${clientId}`)).status).toBe(200);
    web = await serveInBrowser(t);
  }, 90000);
  afterAll(async () => {
    await web?.browser.close();
    await t?.close();
  }, 60000);

  const loginAs = (email: string): Promise<Page> => web.loginAs(email, PASSWORD);
  const settle = settled;

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
