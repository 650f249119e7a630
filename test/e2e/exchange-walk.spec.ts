import { Page } from 'playwright-core';
import { DemoLoader } from '@tp/core/demo/demo-loader.service';
import { DEMO_PASSWORD } from '@tp/core/demo/demo-data';
import { startTestApp, TestApp } from '../integration/support/test-app';
import { cspViolations, screenshot, seriousViolations } from './support/browser';
import { BrowserFixture, serveInBrowser } from './support/web-app';

/**
 * A placement across municipalities, walked through the UI: a client from Deventer, an exception to
 * return-to-origin granted by Deventer's officer, a home in Olst; the matching proposes the pairing,
 * Olst-Wijhe approves it, and the Uitwisseling page shows the real row Deventer → Olst-Wijhe.
 */
const FUTURE = `${new Date().getFullYear() + 1}-03-01`;
const ADDRESS = 'Eikstraat 4, 8121 CD Olst';
const REFERENCE = 'DIM-2026-0777';

describe('the web application: a placement from one municipality in another', () => {
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

  async function openFromTodo(page: Page, action: string, about: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await page.getByRole('link', { name: 'Te doen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Te doen' }).waitFor();
      await page.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
      const row = page.getByRole('row').filter({ hasText: about }).filter({ has: page.getByRole('link', { name: action }) });
      if ((await row.count()) > 0) {
        await row.first().getByRole('link', { name: action }).click();
        return;
      }
      await page.waitForTimeout(500);
    }
    await screenshot(page, 'fout-uitwisseling-te-doen');
    throw new Error(`"${action}" for ${about} never appeared on Te doen`);
  }

  async function ledgerCells(page: Page, from: string): Promise<string[]> {
    await page.getByRole('link', { name: 'Uitwisseling', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitwisseling tussen gemeenten' }).waitFor();
    const ledger = page.getByRole('table', { name: 'Plaatsingen van gemeente van herkomst naar gemeente van de woning' });
    await ledger.getByRole('rowheader', { name: from }).waitFor();
    return (await ledger.getByRole('row').filter({ has: page.getByRole('rowheader', { name: from }) }).getByRole('cell').allTextContents()).map((c) => c.trim());
  }

  it('walks a client from Deventer into a home in Olst, and the exchange ledger shows that row', async () => {
    // the corporation offers a home in Olst
    const corporation = await loginAs('ieder1@transferpunt.demo');
    await corporation.getByRole('link', { name: 'Woningen', exact: true }).click();
    await corporation.getByRole('link', { name: 'Woning aanbieden' }).click();
    await corporation.getByLabel('Adres').fill(ADDRESS);
    await corporation.getByLabel('Buurt').selectOption({ label: 'Olst-Wijhe: Olst-Centrum' });
    await corporation.getByLabel('Woonvariant').selectOption('zelfstandig');
    await corporation.getByLabel('Aantal kamers').fill('2');
    await corporation.getByLabel('Huur per maand').fill('575');
    await corporation.getByLabel('Beschikbaar vanaf').fill(FUTURE);
    await corporation.getByLabel('Omklapconstructie (zorgaanbieder huurt)').check();
    await corporation.getByRole('button', { name: 'Woning aanbieden' }).click();
    await corporation.getByRole('heading', { level: 1, name: ADDRESS }).waitFor();

    // the care provider registers a client from Deventer and nominates them
    const care = await loginAs('dimence@transferpunt.demo');
    await care.getByRole('link', { name: 'Cliënten', exact: true }).click();
    await care.getByRole('link', { name: 'Nieuwe cliënt registreren' }).click();
    await care.getByLabel('Dossiernummer').fill(REFERENCE);
    await care.getByLabel('Gemeente van herkomst').selectOption({ label: 'Deventer' });
    await care.getByLabel('Geboortejaar').fill('1992');
    await care.getByLabel('Aantal personen in het huishouden').fill('1');
    await care.getByLabel('Verblijft nu in').selectOption('BW');
    await care.getByLabel(/toestemming gegeven/).check();
    await care.getByRole('button', { name: 'Cliënt registreren' }).click();
    await care.getByRole('heading', { level: 1, name: 'Nieuwe voordracht' }).waitFor();
    await care.getByLabel('Woonvariant').selectOption('zelfstandig');
    await care.getByLabel('Maximale huur per maand').fill('650');
    await care.getByLabel('Gewenste huurconstructie').selectOption('omklap');
    await care.getByLabel('Intensiteit van de begeleiding').selectOption('medium');
    await care.getByRole('button', { name: 'Voordracht indienen' }).click();
    await care.getByText('De voordracht is ingediend bij de gemeente.').waitFor();
    const nominationUrl = care.url();

    // Deventer's officer grants an exception to return-to-origin for Olst-Wijhe, then approves
    const deventer = await loginAs('officer.deventer@transferpunt.demo');
    await deventer.goto(nominationUrl);
    await deventer.getByRole('heading', { name: 'Uitzondering op terugkeer naar herkomst' }).waitFor();
    await deventer.getByLabel('Reden van de uitzondering').fill('Netwerk van de cliënt woont in Olst; in Deventer is geen passend aanbod.');
    await deventer.getByRole('group', { name: /Toegestane gemeenten/ }).getByLabel('Olst-Wijhe').check();
    await deventer.getByRole('button', { name: 'Uitzondering verlenen' }).click();
    await deventer.getByText('De uitzondering op terugkeer naar de gemeente van herkomst is vastgelegd.').waitFor();
    await deventer.getByLabel('Prioriteit').selectOption('normal');
    await deventer.getByRole('button', { name: 'Voordracht goedkeuren' }).click();
    await deventer.getByText('De voordracht is goedgekeurd en staat in de regionale wachtrij.').waitFor();
    await screenshot(deventer, 'uitwisseling-uitzondering');
    expect(await seriousViolations(deventer)).toEqual([]);

    // the matching proposes the pairing; the officer of the destination approves it
    const olst = await loginAs('officer.olst-wijhe@transferpunt.demo');
    await openFromTodo(olst, 'Koppeling goedkeuren', ADDRESS);
    await olst.getByRole('heading', { level: 1, name: `Koppeling: ${ADDRESS}` }).waitFor();
    await olst.getByRole('button', { name: 'Koppeling goedkeuren' }).click();
    await olst.getByText(/Gedaan: koppeling goedkeuren/).waitFor();

    // the ledger, as the coordinator and as both officers: Deventer → Olst-Wijhe, one proposed, none housed yet
    const coordinator = await loginAs('coordinator@transferpunt.demo');
    expect(await ledgerCells(coordinator, 'Deventer')).toEqual(['Olst-Wijhe', '1', '0', '1']);
    await screenshot(coordinator, 'uitwisseling-echte-rij');
    expect(await seriousViolations(coordinator)).toEqual([]);
    expect(await ledgerCells(deventer, 'Deventer')).toEqual(['Olst-Wijhe', '1', '0', '1']);
    expect(await ledgerCells(olst, 'Deventer')).toEqual(['Olst-Wijhe', '1', '0', '1']);

    // the corporation and the care provider take their steps and the lease is signed: the row counts it housed
    await openFromTodo(corporation, 'Kandidaat accepteren', ADDRESS);
    await corporation.getByRole('button', { name: 'Kandidaat accepteren' }).click();
    await corporation.getByText(/Gedaan: kandidaat accepteren/).waitFor();
    await openFromTodo(care, 'Woning accepteren namens cliënt', ADDRESS);
    await care.getByRole('button', { name: 'Woning accepteren namens cliënt' }).click();
    await care.getByText(/Gedaan: woning accepteren namens cliënt/).waitFor();
    await openFromTodo(corporation, 'Getekend huurcontract registreren', ADDRESS);
    await corporation.getByLabel('Ingangsdatum huurcontract').fill(FUTURE);
    await corporation.getByLabel('Huurconstructie').selectOption('omklap');
    await corporation.getByRole('button', { name: 'Getekend huurcontract registreren' }).click();
    await corporation.getByText('Het getekende huurcontract is geregistreerd. De cliënt is gehuisvest.').waitFor();
    await coordinator.reload();
    expect(await ledgerCells(coordinator, 'Deventer')).toEqual(['Olst-Wijhe', '0', '1', '1']);
    expect(cspViolations).toEqual([]);
    for (const p of [corporation, care, deventer, olst, coordinator]) await p.context().close();
  }, 180000);
});
