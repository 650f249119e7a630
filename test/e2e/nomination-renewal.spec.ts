import { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Loop } from '../integration/support/loop';
import { createTestRegion, PASSWORD } from '../integration/support/region.factory';
import { startTestApp, TestApp } from '../integration/support/test-app';
import { screenshot, seriousViolations } from './support/browser';
import { BrowserFixture, serveInBrowser, settled } from './support/web-app';

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
  let web: BrowserFixture;
  let soon: string;
  let expired: string;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
    soon = (await loop.nomination({ woonvariant: 'kamer' })).id;
    expired = (await loop.nomination({ woonvariant: 'kamer' })).id;
    const db = t.app.get(DataSource);
    await db.query(`UPDATE nomination SET valid_until = now() + interval '5 days' WHERE id = $1`, [soon]);
    await db.query(`UPDATE nomination SET valid_until = now() - interval '1 day', status = 'expired' WHERE id = $1`, [expired]);
    web = await serveInBrowser(t);
  }, 90000);
  afterAll(async () => {
    await web?.browser.close();
    await t?.close();
  }, 60000);

  const loginAs = (email: string): Promise<Page> => web.loginAs(email, PASSWORD);
  const settle = settled;

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
