import { Page } from 'playwright-core';
import { DemoLoader } from '@tp/core/demo/demo-loader.service';
import { DEMO_PASSWORD, demoEmail } from '@tp/core/demo/demo-data';
import { startTestApp, TestApp } from '../integration/support/test-app';
import { cspViolations } from './support/browser';
import { BrowserFixture, checkPage, serveInBrowser } from './support/web-app';

/**
 * The Actieplan page in a real browser on the demo region: the coordinator adds an action (an empty
 * form is refused next to the fields), changes its state, and the auditor reads it without edit
 * controls and sees municipality names, not codes, in the monitor. Axe and a screenshot per page.
 */
describe('the web application: actieplan', () => {
  let t: TestApp;
  let web: BrowserFixture;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoLoader).loadIfEmpty();
    web = await serveInBrowser(t);
  }, 60000);

  afterAll(async () => {
    await web?.browser.close();
    await t?.close();
  }, 60000);

  const loginAs = (email: string): Promise<Page> => web.loginAs(email, DEMO_PASSWORD);
  const check = checkPage;

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
    const page = await loginAs(demoEmail('auditor')) // the demo region's auditor;
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
