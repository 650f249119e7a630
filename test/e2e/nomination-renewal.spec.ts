import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Loop } from '../integration/support/loop';
import { createTestRegion, PASSWORD } from '../integration/support/region.factory';
import { startTestApp, TestApp } from '../integration/support/test-app';
import { launchChromium, newContext, screenshot, seriousViolations, WEB_DIST } from './support/browser';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const dutch = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/**
 * Renewal in a real browser: a nomination whose readiness statement runs out in five days shows in
 * the care provider's Te doen; its page shows "Geldig tot" and the button "Gereedheid opnieuw
 * bevestigen", which moves the end of validity a year on. An expired nomination is labelled Verlopen
 * with its explanation and has no button. No serious or critical axe violation on either page.
 */
describe('the web application: re-confirming a nomination\'s readiness', () => {
  let t: TestApp;
  let loop: Loop;
  let browser: Browser;
  let base: string;
  let soon: string;
  let expired: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('apps/web/dist is missing: the e2e global setup builds it (npm run build:web).');
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
    soon = (await loop.nomination({ woonvariant: 'kamer' })).id;
    expired = (await loop.nomination({ woonvariant: 'kamer' })).id;
    const db = t.app.get(DataSource);
    await db.query(`UPDATE nomination SET valid_until = now() + interval '5 days' WHERE id = $1`, [soon]);
    await db.query(`UPDATE nomination SET valid_until = now() - interval '1 day', status = 'expired' WHERE id = $1`, [expired]);
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

  it('lists the nomination in Te doen, renews it with the button and shows the new end of validity', async () => {
    const page = await loginAs('care.a@deventer.test');
    await page.getByRole('link', { name: 'Te doen', exact: true }).click();
    await settle(page);
    await page.getByRole('link', { name: 'Gereedheid opnieuw bevestigen' }).first().click();
    await page.waitForURL(`**/voordrachten/${soon}`);
    await settle(page);
    await page.getByText('Geldig tot', { exact: true }).waitFor();
    await screenshot(page, 'voordracht-verloopt-binnenkort');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gereedheid opnieuw bevestigen' }).click();
    await page.getByText('De gereedheid is opnieuw bevestigd.', { exact: false }).waitFor();
    await settle(page);
    const nextYear = new Date();
    nextYear.setUTCFullYear(nextYear.getUTCFullYear() + 1);
    await page.getByText(`De voordracht is geldig tot ${dutch(nextYear)}.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'voordracht-gereedheid-bevestigd');
    const audit = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'nomination.renew' AND object_id = $1`, [soon]);
    expect(audit[0].n).toBe(1);

    await page.goto(`/voordrachten/${expired}`);
    await settle(page);
    await page.getByText(/^Verlopen op .*: de zorgaanbieder heeft de gereedheid van de cliënt niet op tijd opnieuw bevestigd/).waitFor();
    expect(await page.getByRole('button', { name: 'Gereedheid opnieuw bevestigen' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'voordracht-verlopen');
    await page.context().close();
  });
});
