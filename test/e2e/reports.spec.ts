import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { DemoLoader } from '@tp/core/demo/demo-loader.service';
import { DEMO_PASSWORD, demoEmail } from '@tp/core/demo/demo-data';
import { startTestApp, TestApp } from '../integration/support/test-app';
import { cspViolations } from './support/browser';
import { BrowserFixture, checkPage, serveInBrowser } from './support/web-app';

/**
 * The report pages in a real browser on the demo region: the coordinator reads the monitor and
 * downloads it as Excel, adds a contingent (and sees the 409 next to the year), and reads the demand
 * inventory; the auditor lands on the monitor with small counts hidden. Axe and a screenshot per page.
 */
describe('the web application: monitor, vraag en aanbod, contingenten', () => {
  let t: TestApp;
  let web: BrowserFixture;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoLoader).loadIfEmpty();
    web = await serveInBrowser(t);
    base = web.base;
  }, 60000);

  afterAll(async () => {
    await web?.browser.close();
    await t?.close();
  }, 60000);

  const loginAs = (email: string): Promise<Page> => web.loginAs(email, DEMO_PASSWORD);
  const check = checkPage;

  it('the coordinator reads the monitor and downloads it as Excel with the period in it', async () => {
    const page = await loginAs(demoEmail('coordinator'));
    await page.getByRole('link', { name: 'Monitor', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Regionale monitor' }).waitFor();
    await page.getByLabel('Van').fill('2026-01-01');
    await page.getByLabel('Tot en met').fill('2026-12-31');
    await page.getByRole('button', { name: 'Toon de monitor' }).click();
    await page.getByText('Periode 1 januari 2026 tot en met 31 december 2026').waitFor();
    await page.getByRole('table', { name: 'Per gemeente' }).waitFor();
    expect(await check(page, 'monitor-coordinator')).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de monitor als Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('monitor_2026-01-01_2026-12-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as never);
    expect(wb.getWorksheet('Rapport')!.getRow(2).values).toEqual([undefined, 'Periode', '2026-01-01', '2026-12-31']);
    const api = (await (await page.context().request.get(`${base}/api/v1/reports/monitor?from=2026-01-01&to=2026-12-31`, { headers: { Authorization: `Bearer ${await page.evaluate<string>("JSON.parse(sessionStorage.getItem('transferpunt.session')).accessToken")}` } })).json()) as { tables: Array<{ key: string; totals: unknown[] }> };
    const sheet = wb.getWorksheet('Per gemeente')!.getSheetValues().filter(Boolean).map((v) => (v as unknown[]).slice(1));
    expect(sheet[sheet.length - 1]).toEqual(['Totaal', ...api.tables.find((x) => x.key === 'byMunicipality')!.totals]);

    // a period that ends before it starts is refused next to the field
    await page.getByLabel('Tot en met').fill('2025-12-31');
    await page.getByRole('button', { name: 'Toon de monitor' }).click();
    await page.getByText('De einddatum ligt voor de begindatum.').first().waitFor();
    await page.context().close();
  }, 90000);

  it('the coordinator adds a contingent, sees its progress, and a second one for the same year is refused at the year', async () => {
    const page = await loginAs(demoEmail('coordinator'));
    await page.getByRole('link', { name: 'Contingenten', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Contingenten' }).waitFor();
    const year = String(new Date().getUTCFullYear());
    for (let i = 0; i < 2; i++) {
      await page.getByLabel('Corporatie').selectOption({ label: 'Woonbedrijf ieder1' });
      await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Deventer' });
      await page.getByLabel('Jaar', { exact: true }).fill(year);
      await page.getByLabel('Aantal woningen').fill('24');
      await page.getByRole('button', { name: 'Contingent opslaan' }).click();
      if (i === 0) await page.getByRole('row').filter({ hasText: 'Woonbedrijf ieder1' }).filter({ hasText: '24' }).first().waitFor();
    }
    await page.locator('#f-year-error').waitFor();
    expect(await page.locator('#f-year-error').innerText()).toMatch(/already has a contingent|al een contingent/);
    expect(await check(page, 'contingenten-coordinator')).toEqual([]);
    await page.context().close();
  }, 60000);

  it('the coordinator reads vraag en aanbod', async () => {
    const page = await loginAs(demoEmail('coordinator'));
    await page.getByRole('link', { name: 'Vraag en aanbod', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Vraag en aanbod' }).waitFor();
    await page.getByRole('table', { name: 'Per gemeente', exact: true }).waitFor();
    expect(await check(page, 'vraag-en-aanbod-coordinator')).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download vraag en aanbod als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^vraag-en-aanbod_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^Rapport,"Vraag en aanbod \(stand /);
    await page.context().close();
  }, 60000);

  it('the auditor lands on the monitor and reads aggregates only', async () => {
    const page = await loginAs(demoEmail('auditor')) // the demo region's auditor;
    await page.getByRole('heading', { level: 1, name: 'Regionale monitor' }).waitFor();
    await page.getByText('minder dan 5').first().waitFor();
    const nav = await page.getByRole('navigation', { name: 'Hoofdmenu' }).innerText();
    expect(nav).toContain('Vraag en aanbod');
    expect(nav).not.toContain('Voordrachten');
    expect(await check(page, 'monitor-auditor')).toEqual([]);
    await page.getByRole('link', { name: 'Contingenten', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Contingenten' }).waitFor();
    expect(await page.getByRole('button', { name: 'Contingent opslaan' }).count()).toBe(0);
    await page.context().close();
    expect(cspViolations).toEqual([]);
  }, 60000);
});
