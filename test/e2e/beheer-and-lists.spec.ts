import { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { DemoLoader } from '@tp/core/demo/demo-loader.service';
import { DEMO_PASSWORD } from '@tp/core/demo/demo-data';
import { ADMIN, startTestApp, TestApp } from '../integration/support/test-app';
import { cspViolations, screenshot, seriousViolations } from './support/browser';
import { BrowserFixture, serveInBrowser, settled } from './support/web-app';

/**
 * Beheer edits and deletes (with a confirmation, errors next to the field or the button), and the list
 * pages with thousands of rows: one page rendered, the pager and the sortable headers work, axe passes.
 */
const VACANCIES = 3000;
const NOMINATIONS = 2000;

describe('the web application: Beheer and long lists', () => {
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

  const loginAs = (email: string, password = DEMO_PASSWORD): Promise<Page> => web.loginAs(email, password);

  const settledPage = settled;

  /** Waits until the first row of the page's table satisfies `ok` (a new page replaces the rows when it arrives). */
  async function firstRowIs(page: Page, ok: (text: string) => boolean): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (ok((await page.locator('tbody tr').first().textContent()) ?? '')) return;
      await page.waitForTimeout(100);
    }
    throw new Error('the rows did not change');
  }

  it('lets the admin rename and delete, asks first, and explains a refusal next to the field or the button', async () => {
    // a buurt that nothing refers to, to delete
    const token = await t.login(ADMIN.email, ADMIN.password);
    const created = await t.http.post('/api/v1/neighbourhoods').set('Authorization', `Bearer ${token}`).send({ code: 'BU01509901', name: 'Proefbuurt', municipalityCode: 'GM0150' });
    expect(created.status).toBe(201);

    const admin = await loginAs(ADMIN.email, ADMIN.password);
    await admin.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await settledPage(admin);

    const buurten = admin.getByRole('table', { name: /Buurten per gemeente/ });
    // every Beheer list filters and sorts: the buurten of one municipality, the organisations from Z to A
    await admin.getByLabel('Zoeken in buurten per gemeente').fill('Zutphen');
    await buurten.locator('tbody tr').filter({ hasNotText: 'Zutphen' }).first().waitFor({ state: 'detached' });
    expect(await buurten.locator('tbody tr').count()).toBeGreaterThan(0);
    await admin.getByLabel('Zoeken in buurten per gemeente').fill('');
    const organisations = admin.getByRole('table', { name: /^Organisaties/ });
    await organisations.getByRole('columnheader', { name: /^Naam/ }).getByRole('button').click();
    await admin.getByRole('table', { name: 'Organisaties, gesorteerd op naam (aflopend)' }).waitFor();
    const names = await organisations.locator('tbody tr td:first-child').allTextContents();
    expect(names.length).toBeGreaterThan(2);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'nl', { sensitivity: 'base', numeric: true })));
    expect(await seriousViolations(admin)).toEqual([]);

    // rename a buurt: an empty name is refused next to the field, and what was typed stays
    const binnenstad = buurten.getByRole('row').filter({ hasText: 'BU01500101' });
    await binnenstad.getByRole('button', { name: /^Wijzigen/ }).click();
    const nameField = binnenstad.getByLabel('Naam (buurt Binnenstad)');
    await nameField.fill('   ');
    await binnenstad.getByRole('button', { name: 'Opslaan' }).click();
    await binnenstad.getByText('Vul dit veld in.').waitFor();
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    await nameField.fill('Binnenstad Deventer');
    await binnenstad.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('buurt Binnenstad is gewijzigd.').waitFor();
    await buurten.getByRole('cell', { name: 'Binnenstad Deventer', exact: true }).waitFor();

    // the centrumgemeente cannot give that up: the message stands next to the checkbox
    const deventer = admin.getByRole('table', { name: /Gemeenten per regio/ }).getByRole('row').filter({ hasText: 'GM0150' });
    await deventer.getByRole('button', { name: /^Wijzigen/ }).click();
    await deventer.getByLabel('Centrumgemeente van de regio').uncheck();
    await deventer.getByRole('button', { name: 'Opslaan' }).click();
    await deventer.getByText(/De regio houdt dan geen centrumgemeente over/).waitFor();
    await screenshot(admin, 'beheer-wijzigen-fout');
    expect(await seriousViolations(admin)).toEqual([]);
    await deventer.getByRole('button', { name: 'Annuleren' }).click();

    // a buurt with homes in it cannot go: the confirmation says why
    const keizerslanden = buurten.getByRole('row').filter({ hasText: 'BU01500101' });
    await keizerslanden.getByRole('button', { name: /^Verwijderen/ }).click();
    await keizerslanden.getByText(/Weet u zeker dat u buurt Binnenstad Deventer wilt verwijderen\?/).waitFor();
    await keizerslanden.getByRole('button', { name: /^Ja, verwijderen/ }).click();
    await keizerslanden.getByText(/Kan niet worden verwijderd: nog in gebruik bij \d+ (woning|woningen)/).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await keizerslanden.getByRole('button', { name: /^Annuleren/ }).click();

    // the unused one: cancel first (nothing happens), then confirm
    const proef = buurten.getByRole('row').filter({ hasText: 'BU01509901' });
    await proef.getByRole('button', { name: /^Verwijderen/ }).click();
    await proef.getByRole('button', { name: /^Annuleren/ }).click();
    expect(await proef.count()).toBe(1);
    await proef.getByRole('button', { name: /^Verwijderen/ }).click();
    await proef.getByRole('button', { name: /^Ja, verwijderen/ }).click();
    await admin.getByText('buurt Proefbuurt is verwijderd.').waitFor();
    await buurten.getByRole('row').filter({ hasText: 'BU01509901' }).waitFor({ state: 'detached' });

    // an organisation is renamed
    const orgRow = admin.getByRole('table', { name: /^Organisaties/ }).getByRole('row').filter({ hasText: 'Woonbedrijf ieder1' });
    await orgRow.getByRole('button', { name: /^Wijzigen/ }).click();
    await orgRow.getByLabel('Naam (organisatie Woonbedrijf ieder1)').fill('Woonbedrijf ieder1 Deventer');
    await orgRow.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('organisatie Woonbedrijf ieder1 is gewijzigd.').waitFor();
    await settledPage(admin);
    await screenshot(admin, 'beheer-gewijzigd');
    expect(await seriousViolations(admin)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await admin.context().close();
  }, 120000);

  it('renders one page of thousands of homes and nominations, pages and sorts them, with no serious accessibility violation', async () => {
    const db = t.app.get(DataSource);
    const [{ id: corp }] = await db.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'ieder1@transferpunt.demo'`);
    const [{ id: care }] = await db.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'dimence@transferpunt.demo'`);
    // withdrawn homes, so no matching round picks them up; rents with many ties
    await db.query(
      `INSERT INTO vacancy (id, corporation_id, region_code, municipality_code, neighbourhood_code, address, woonvariant, rooms, rent, available_from,
                            accessible, constructions, status, withdrawal_reason, created_at)
       SELECT gen_random_uuid(), $1, 'DEVENTER', 'GM0150', 'BU01500703', 'Bulkstraat ' || i || ', Deventer', 'zelfstandig', 1 + i % 4, 200 + (i % 1000),
              DATE '2027-01-01' + (i % 90), false, '{regulier}', 'withdrawn', 'proef met veel rijen', now() - make_interval(secs => i)
       FROM generate_series(1, $2) AS i`,
      [corp, VACANCIES],
    );
    await db.query(
      `INSERT INTO client (id, care_provider_id, region_code, reference, origin_municipality_code, birth_year, household_size, current_setting, needs,
                           avoid_neighbourhood_codes, consent_to_share, created_at, updated_at)
       SELECT gen_random_uuid(), $1, 'DEVENTER', 'BULK-' || lpad(i::text, 5, '0'), 'GM0150', 1990, 1, 'BW', '{}', '{}', true, now() - make_interval(secs => i), now()
       FROM generate_series(1, $2) AS i`,
      [care, NOMINATIONS],
    );
    await db.query(
      `INSERT INTO nomination (id, client_id, care_provider_id, region_code, origin_municipality_code, deciding_municipality_code, status, woonvariant,
                               construction, created_at, updated_at)
       SELECT gen_random_uuid(), c.id, c.care_provider_id, 'DEVENTER', 'GM0150', 'GM0150', 'draft', (ARRAY['zelfstandig','kamer','groepswonen'])[1 + (row_number() OVER ()) % 3],
              'regulier', c.created_at, now()
       FROM client c WHERE c.reference LIKE 'BULK-%'`,
    );

    const corporation = await loginAs('ieder1@transferpunt.demo');
    await corporation.getByRole('link', { name: 'Woningen', exact: true }).click();
    await corporation.getByRole('heading', { level: 1, name: 'Woningen' }).waitFor();
    await settledPage(corporation);
    const table = corporation.getByRole('table', { name: /^Woningen/ });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(25);
    await corporation.getByText('Pagina 1').waitFor();

    // sort on rent: aria-sort on the header, the cheapest first; again: the dearest first
    const rentHeader = table.getByRole('columnheader', { name: /Huur/ });
    await rentHeader.getByRole('button').focus();
    await corporation.keyboard.press('Enter');
    await corporation.locator('th[aria-sort="ascending"]', { hasText: 'Huur' }).waitFor(); // a locator, not a string predicate: the CSP forbids eval
    await firstRowIs(corporation, (text) => /€\s?200,00/.test(text));
    expect(await rows.count()).toBe(25);
    expect(corporation.url()).toContain('sort=rent');
    await screenshot(corporation, 'woningen-veel-rijen');
    expect(await seriousViolations(corporation)).toEqual([]);

    // the pager walks on in the same order, and back
    const firstPage = await rows.allTextContents();
    await corporation.getByRole('button', { name: 'Volgende pagina' }).click();
    await corporation.getByText('Pagina 2').waitFor();
    await firstRowIs(corporation, (text) => text !== firstPage[0]);
    const secondPage = await rows.allTextContents();
    expect(secondPage).toHaveLength(25);
    expect(secondPage.filter((r) => firstPage.includes(r))).toEqual([]);
    await corporation.getByRole('button', { name: 'Volgende pagina' }).click();
    await corporation.getByText('Pagina 3').waitFor();
    await firstRowIs(corporation, (text) => text !== secondPage[0]);
    await corporation.getByRole('button', { name: 'Vorige pagina' }).click();
    await corporation.getByText('Pagina 2').waitFor();
    await firstRowIs(corporation, (text) => text === secondPage[0]);
    expect(await rows.allTextContents()).toEqual(secondPage);

    await rentHeader.getByRole('button').click();
    await corporation.locator('th[aria-sort="descending"]', { hasText: 'Huur' }).waitFor(); // a locator, not a string predicate: the CSP forbids eval
    await corporation.getByText('Pagina 1').waitFor();
    await firstRowIs(corporation, (text) => /€\s?1\.199,00/.test(text));
    await corporation.context().close();

    const dimence = await loginAs('dimence@transferpunt.demo');
    await dimence.getByRole('link', { name: 'Voordrachten', exact: true }).click();
    await dimence.getByRole('heading', { level: 1, name: 'Voordrachten' }).waitFor();
    await settledPage(dimence);
    const nominations = dimence.getByRole('table', { name: /^Voordrachten/ }).locator('tbody tr');
    expect(await nominations.count()).toBe(25);
    await dimence.getByLabel('Stand').selectOption('draft');
    await settledPage(dimence);
    expect(await nominations.count()).toBe(25);
    await dimence.getByRole('columnheader', { name: /Voordracht/ }).getByRole('button').click();
    await dimence.locator('th[aria-sort="ascending"]', { hasText: 'Voordracht' }).waitFor(); // a locator, not a string predicate: the CSP forbids eval
    await firstRowIs(dimence, (text) => /^Groepswonen/.test(text));
    await dimence.getByRole('button', { name: 'Volgende pagina' }).click();
    await dimence.getByText('Pagina 2').waitFor();
    await settledPage(dimence);
    expect(await nominations.count()).toBe(25);
    await screenshot(dimence, 'voordrachten-veel-rijen');
    expect(await seriousViolations(dimence)).toEqual([]);

    const clients = dimence;
    await clients.getByRole('link', { name: 'Cliënten', exact: true }).click();
    await clients.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
    await settledPage(clients);
    await clients.getByRole('columnheader', { name: /Dossiernummer/ }).getByRole('button').click();
    await clients.locator('th[aria-sort="ascending"]', { hasText: 'Dossiernummer' }).waitFor(); // a locator, not a string predicate: the CSP forbids eval
    await firstRowIs(clients, (text) => text.startsWith('BULK-00001'));
    expect(await clients.locator('tbody tr').count()).toBe(25);
    expect(await seriousViolations(clients)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await dimence.context().close();
  }, 180000);
});
