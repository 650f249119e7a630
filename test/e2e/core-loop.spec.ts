import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DemoLoader } from '@tp/core/demo/demo-loader.service';
import { DEMO_PASSWORD, DEMO_REGION } from '@tp/core/demo/demo-data';
import { ADMIN, startTestApp, TestApp } from '../integration/support/test-app';
import { cspViolations, launchChromium, newContext, screenshot, seriousViolations, WEB_DIST } from './support/browser';

/**
 * The core loop in a real browser, through the web application only, as each role:
 * a corporation publishes a home, a care provider registers a client and nominates them, the
 * municipality approves, the matching proposes the pairing, each party takes its step from its
 * "Te doen" list, and the lease is signed. Every main page gets a screenshot and an axe-core check.
 */
const FUTURE = `${new Date().getFullYear() + 1}-02-01`;
const ADDRESS = 'Rijksstraatweg 12, 8121 AB Olst';
/** A generation time as `25 november 2026 om 14:38`. */
const DUTCH_DATE_TIME = /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} om \d{2}:\d{2}/;

describe('the web application: the core loop in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error('apps/web/dist is missing: the e2e global setup builds it (npm run build:web); run the e2e project through jest, or build first.');
    t = await startTestApp();
    await t.app.get(DemoLoader).loadIfEmpty();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 60000);

  /** A fresh browser session logged in through the login page, with the keyboard. */
  async function loginAs(email: string, password = DEMO_PASSWORD): Promise<Page> {
    const context = await newContext(browser, base);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    return page;
  }

  /** Screenshot and accessibility check of the page as it stands. */
  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
    await screenshot(page, name);
    a11y[name] = await seriousViolations(page);
  }

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
    const file = await screenshot(page, 'fout-te-doen');
    if (process.env.E2E_DEBUG) {
      const token = await t.login('coordinator@transferpunt.demo', DEMO_PASSWORD);
      for (const path of ['/api/v1/matching/runs', '/api/v1/matches', '/api/v1/queue', '/api/v1/vacancies'])
        console.log(path, JSON.stringify((await t.http.get(path).set('Authorization', `Bearer ${token}`)).body, null, 1).slice(0, 6000));
    }
    throw new Error(`"${action}" for ${about} never appeared on Te doen (see ${file})`);
  }

  /** The header link to Meldingen that names this many unread notifications. */
  const unreadLink = (page: Page, n: number) =>
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', n > 0 ? { name: new RegExp(`^Meldingen\\s+\\(${n} ongelezen\\)$`) } : { name: 'Meldingen', exact: true });

  /** Opens Meldingen from the header until at least `min` unread notifications show; returns the unread count of the header. */
  async function openNotifications(page: Page, min: number): Promise<number> {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Meldingen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    for (let i = 0; i < 20; i++) {
      await page.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
      if ((await page.getByRole('button', { name: /^Markeer als gelezen/ }).count()) >= min) break;
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    }
    const name = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /ongelezen/ });
    await name.waitFor();
    const m = /\((\d+) ongelezen\)/.exec((await name.textContent()) ?? '');
    const n = Number(m?.[1]);
    expect(n).toBeGreaterThanOrEqual(min);
    return n;
  }

  it('walks from publishing a home to a signed lease, with no serious accessibility violation on any page', async () => {
    // the api serves the application at / and any client route, under a strict Content-Security-Policy; /api stays the api
    for (const path of ['/', '/koppelingen/onbekend']) {
      const res = await t.http.get(path);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
    expect((await t.http.get('/api/v1/bestaat-niet')).headers['content-type']).toContain('application/problem+json');
    expect((await t.http.get('/assets/bestaat-niet.js')).status).toBe(404);

    // the login page, before anyone logs in
    {
      const context = await newContext(browser, base);
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
      await page.getByLabel('E-mailadres').fill('ieder1@transferpunt.demo');
      await page.getByLabel('Wachtwoord').fill('fout wachtwoord');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe('ieder1@transferpunt.demo');
      await check(page, 'inloggen');
      await context.close();
    }

    // 1. the corporation publishes a home in Olst
    const corporation = await loginAs('ieder1@transferpunt.demo');
    await check(corporation, 'corporatie-te-doen');
    await corporation.getByRole('link', { name: 'Woningen', exact: true }).click();
    await corporation.getByRole('heading', { level: 1, name: 'Woningen' }).waitFor();
    await check(corporation, 'corporatie-woningen');
    await corporation.getByRole('link', { name: 'Woning aanbieden' }).click();
    await corporation.getByLabel('Adres').fill(ADDRESS);
    await corporation.getByLabel('Huur per maand').fill('abc');
    await corporation.getByRole('button', { name: 'Woning aanbieden' }).click();
    // field errors next to their fields, and nothing typed is lost
    await corporation.getByText('Niet alle velden zijn goed ingevuld').waitFor();
    const buurt = corporation.getByLabel('Buurt');
    expect(await buurt.getAttribute('aria-invalid')).toBe('true');
    expect(await corporation.locator(`#${await buurt.getAttribute('id')}-error`).textContent()).toBe('Maak een keuze.');
    expect(await corporation.getByLabel('Adres').inputValue()).toBe(ADDRESS);
    expect(await corporation.getByLabel('Huur per maand').inputValue()).toBe('abc');
    expect(await corporation.locator(`#${await corporation.getByLabel('Aantal kamers').getAttribute('id')}-error`).textContent()).toBe('Vul dit veld in.');
    await check(corporation, 'corporatie-woning-aanbieden-fouten');
    await buurt.selectOption({ label: 'Olst-Wijhe: Olst-Centrum' });
    await corporation.getByLabel('Woonvariant').selectOption('zelfstandig');
    await corporation.getByLabel('Aantal kamers').fill('2');
    await corporation.getByLabel('Huur per maand').fill('612,50');
    await corporation.getByLabel('Beschikbaar vanaf').fill(FUTURE);
    await corporation.getByLabel('Omklapconstructie (zorgaanbieder huurt)').check();
    await corporation.getByRole('button', { name: 'Woning aanbieden' }).click();
    await corporation.getByRole('heading', { level: 1, name: ADDRESS }).waitFor();
    expect((await corporation.locator('.tp-facts').textContent())?.replace(/\u00a0/g, ' ')).toContain('€ 612,50');
    await check(corporation, 'corporatie-woning');

    // 2. the care provider registers a client from Olst-Wijhe and nominates them
    const care = await loginAs('dimence@transferpunt.demo');
    await check(care, 'zorgaanbieder-te-doen');
    await care.getByRole('link', { name: 'Cliënten', exact: true }).click();
    await care.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
    await check(care, 'zorgaanbieder-clienten');
    await care.getByRole('link', { name: 'Nieuwe cliënt registreren' }).click();
    await care.getByLabel('Dossiernummer').fill('DIM-2026-0301');
    await care.getByLabel('Gemeente van herkomst').selectOption({ label: 'Olst-Wijhe' });
    await care.getByLabel('Geboortejaar').fill('1990');
    await care.getByLabel('Aantal personen in het huishouden').fill('1');
    await care.getByLabel('Verblijft nu in').selectOption('BW');
    await care.getByRole('button', { name: 'Cliënt registreren' }).click();
    // consent is required: the error stands next to the checkbox, the input stays
    await care.getByText('Leg eerst de toestemming van de cliënt vast.').first().waitFor();
    expect(await care.getByLabel('Dossiernummer').inputValue()).toBe('DIM-2026-0301');
    await check(care, 'zorgaanbieder-nieuwe-client-fout');
    await care.getByLabel(/toestemming gegeven/).check();
    await care.getByRole('button', { name: 'Cliënt registreren' }).click();
    await care.getByRole('heading', { level: 1, name: 'Nieuwe voordracht' }).waitFor();
    await care.getByText('Cliënt DIM-2026-0301 is geregistreerd').waitFor();
    await care.getByLabel('Woonvariant').selectOption('zelfstandig');
    await care.getByLabel('Maximale huur per maand').fill('700');
    await care.getByLabel('Gewenste huurconstructie').selectOption('omklap');
    await care.getByLabel('Intensiteit van de begeleiding').selectOption('medium');
    await check(care, 'zorgaanbieder-nieuwe-voordracht');
    await care.getByRole('button', { name: 'Voordracht indienen' }).click();
    await care.getByText('De voordracht is ingediend bij de gemeente.').waitFor();
    await check(care, 'zorgaanbieder-voordracht');

    // 3. the officer of Olst-Wijhe approves the nomination from Te doen
    const officer = await loginAs('officer.olst-wijhe@transferpunt.demo');
    await check(officer, 'gemeente-te-doen');
    await openFromTodo(officer, 'Voordracht beoordelen', 'Olst-Wijhe');
    await officer.getByRole('heading', { level: 1, name: /Voordracht/ }).waitFor();
    await check(officer, 'gemeente-voordracht-beoordelen');
    await officer.getByLabel('Prioriteit').selectOption('normal');
    await officer.getByRole('button', { name: 'Voordracht goedkeuren' }).click();
    await officer.getByText('De voordracht is goedgekeurd en staat in de regionale wachtrij.').waitFor();

    // 4. the matching proposes the pairing; the destination officer approves it
    await openFromTodo(officer, 'Koppeling goedkeuren', ADDRESS);
    await officer.getByRole('heading', { level: 1, name: `Koppeling: ${ADDRESS}` }).waitFor();
    await officer.getByRole('heading', { name: 'Waarom deze koppeling' }).waitFor();
    const rules = ((await officer.getByRole('table', { name: 'Getoetste regels' }).textContent()) ?? '').replace(/\u00a0/g, ' ');
    expect(rules).toContain('huur € 612,50, maximum € 700,00');
    expect(rules).toContain('de woning ligt in de gemeente van herkomst (Olst-Wijhe)');
    await check(officer, 'gemeente-koppeling');
    await officer.getByRole('button', { name: 'Koppeling goedkeuren' }).click();
    await officer.getByText(/Gedaan: koppeling goedkeuren/).waitFor();
    const matchUrl = officer.url();

    // 5. the corporation accepts the candidate
    await openFromTodo(corporation, 'Kandidaat accepteren', ADDRESS);
    await corporation.getByText('DIM-2026-0301').first().waitFor();
    await check(corporation, 'corporatie-kandidaat-accepteren');
    await corporation.getByRole('button', { name: 'Kandidaat accepteren' }).click();
    await corporation.getByText(/Gedaan: kandidaat accepteren/).waitFor();

    // 6. the care provider accepts the home on the client's behalf
    await openFromTodo(care, 'Woning accepteren namens cliënt', ADDRESS);
    await check(care, 'zorgaanbieder-woning-accepteren');
    await care.getByRole('button', { name: 'Woning accepteren namens cliënt' }).click();
    await care.getByText(/Gedaan: woning accepteren namens cliënt/).waitFor();

    // 7. the corporation registers the signed lease
    await openFromTodo(corporation, 'Getekend huurcontract registreren', ADDRESS);
    await corporation.getByLabel('Ingangsdatum huurcontract').fill(FUTURE);
    await corporation.getByLabel('Huurconstructie').selectOption('omklap');
    await check(corporation, 'corporatie-huurcontract-registreren');
    await corporation.getByRole('button', { name: 'Getekend huurcontract registreren' }).click();
    await corporation.getByText('Het getekende huurcontract is geregistreerd. De cliënt is gehuisvest.').waitFor();
    await corporation.getByText('Huurcontract getekend', { exact: true }).first().waitFor();
    const history = await corporation.locator('.tp-history').textContent();
    for (const step of ['Voorgesteld door de matching', 'Goedgekeurd door de gemeente', 'Geaccepteerd door de corporatie', 'Geaccepteerd namens de cliënt', 'Huurcontract getekend'])
      expect(history).toContain(step);
    await check(corporation, 'koppeling-gehuisvest');
    await corporation.getByRole('link', { name: 'Huurcontracten', exact: true }).click();
    await corporation.getByRole('heading', { level: 1, name: 'Huurcontracten' }).waitFor();
    await check(corporation, 'corporatie-huurcontracten');

    // the corporation's inbox: the match waited on it to accept the candidate and to register the lease
    const corporationUnread = await openNotifications(corporation, 2);
    const inbox = (await corporation.locator('.tp-notifications').textContent()) ?? '';
    expect(inbox).toContain('Koppeling wacht op u');
    expect(inbox).toContain('De koppeling van cliënt DIM-2026-0301 wacht op uw stap: het getekende huurcontract registreren');
    expect(inbox).toContain('de kandidaat accepteren of afwijzen');
    expect(inbox).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    await check(corporation, 'corporatie-meldingen');
    await corporation.getByRole('button', { name: /^Markeer als gelezen/ }).first().click();
    await corporation.getByText(/is gemarkeerd als gelezen/).waitFor();
    await unreadLink(corporation, corporationUnread - 1).waitFor();
    await corporation.locator('.tp-notification').first().getByRole('link', { name: 'Bekijk de koppeling' }).click();
    await corporation.getByRole('heading', { level: 1, name: `Koppeling: ${ADDRESS}` }).waitFor();

    // the care provider sees the nomination housed
    await care.goto(matchUrl);
    await care.getByRole('link', { name: 'Voordracht bekijken' }).click();
    await care.getByText('Gehuisvest: het huurcontract is getekend.').waitFor();
    await care.getByRole('link', { name: 'DIM-2026-0301' }).click();
    await care.getByRole('heading', { level: 1, name: 'Cliënt DIM-2026-0301' }).waitFor();
    await care.getByRole('row').filter({ hasText: 'Gehuisvest' }).waitFor();
    await check(care, 'zorgaanbieder-client');

    // the tenancy is followed: the care provider reports an event, the timeline shows it from the proposal on
    await care.getByRole('link', { name: 'Huurcontracten', exact: true }).click();
    await care.getByRole('row').filter({ hasText: 'Olst-Centrum' }).getByRole('link').click();
    await care.getByRole('heading', { level: 1, name: 'Huurcontract in Olst-Centrum' }).waitFor();
    const eventForm = care.getByRole('form', { name: 'Gebeurtenis melden' });
    await eventForm.getByRole('button', { name: 'Gebeurtenis melden' }).click();
    await eventForm.getByText('Niet alle velden zijn goed ingevuld').waitFor();
    await eventForm.getByLabel('Soort gebeurtenis').selectOption('overlast');
    await eventForm.getByLabel('Datum').fill(FUTURE);
    await eventForm.getByLabel('Toelichting').fill('Geluidsoverlast gemeld door de buren.');
    await eventForm.getByRole('button', { name: 'Gebeurtenis melden' }).click();
    await care.getByText('De gebeurtenis is vastgelegd.').waitFor();
    await care.locator('.tp-history').getByText('Melding van overlast').waitFor();
    const timeline = (await care.locator('.tp-history').textContent()) ?? '';
    for (const step of ['Voorgesteld door de matching', 'Huurcontract getekend', 'Huurcontract ingegaan', 'Melding van overlast', 'Geluidsoverlast gemeld door de buren.']) expect(timeline).toContain(step);
    await check(care, 'zorgaanbieder-huurcontract');

    // the care provider's inbox: the home waited on its acceptance; all read at once
    await openNotifications(care, 1);
    expect(await care.locator('.tp-notifications').textContent()).toContain('de woning namens de cliënt accepteren of afwijzen');
    await check(care, 'zorgaanbieder-meldingen');
    await care.getByRole('button', { name: 'Alles gelezen' }).click();
    await care.getByText(/gemarkeerd als gelezen/).waitFor();
    await care.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    expect(await care.getByRole('button', { name: /^Markeer als gelezen/ }).count()).toBe(0);

    // a nomination still in the queue says why it is not placed yet
    const tactus = await loginAs('tactus@transferpunt.demo');
    await tactus.getByRole('link', { name: 'Voordrachten', exact: true }).click();
    await tactus.getByLabel('Stand').selectOption('active');
    await tactus.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
    await check(tactus, 'zorgaanbieder-voordrachten');
    await tactus.getByRole('row').nth(1).getByRole('link').click();
    await tactus.getByText(/Goedgekeurd en in de regionale wachtrij/).waitFor();
    await tactus.locator('.tp-why').waitFor();
    expect(await tactus.locator('.tp-why').textContent()).toMatch(/Plaats \d+ van \d+ in de wachtrij/);
    await check(tactus, 'zorgaanbieder-voordracht-in-wachtrij');
    await tactus.context().close();

    // 8. the officer's buurten, with an editable limit
    await officer.getByRole('link', { name: 'Buurten', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Buurten en draagkracht' }).waitFor();
    await officer.getByLabel('Maximaal aantal plaatsingen per 12 maanden in Welsum').fill('4');
    await officer.getByRole('button', { name: 'Opslaan (Welsum)' }).click();
    await officer.getByText('De grenzen van Welsum zijn opgeslagen.').waitFor();
    const units = officer.getByRole('region', { name: 'Straten en complexen' });
    await units.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Welsum' });
    const addUnit = officer.getByRole('form', { name: 'Straat of complex toevoegen' });
    await addUnit.getByLabel('Naam').fill('Complex Welsumerweg 1-20');
    await addUnit.getByLabel('Max. plaatsingen per 12 maanden').fill('1');
    await addUnit.getByRole('button', { name: 'Toevoegen' }).click();
    await officer.getByText('Complex Welsumerweg 1-20 is toegevoegd aan Welsum.').waitFor();
    await units.getByRole('rowheader', { name: 'Complex Welsumerweg 1-20' }).waitFor();
    // the load comes from the report: placements and live tenancies against the limit that applies, and the live matches among them
    const buurtTable = officer.getByRole('table', { name: 'Buurten met grenzen en huidige belasting' });
    await buurtTable.getByRole('columnheader', { name: 'Plaatsingen laatste 12 maanden / grens' }).waitFor();
    await buurtTable.getByRole('columnheader', { name: 'Waarvan lopende koppelingen' }).waitFor();
    await buurtTable.getByRole('row').filter({ hasText: 'Welsum' }).getByText(/^\d+ \/ 4$/).waitFor();
    await officer.getByText(DUTCH_DATE_TIME).first().waitFor();
    await check(officer, 'gemeente-buurten');
    // the exchange ledger: only pairs the officer's municipality takes part in
    await officer.getByRole('link', { name: 'Uitwisseling', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Uitwisseling tussen gemeenten' }).waitFor();
    const officerLedger = officer.getByRole('table', { name: 'Plaatsingen van gemeente van herkomst naar gemeente van de woning' });
    await officerLedger.waitFor();
    for (const h of ['Van gemeente', 'Naar gemeente', 'Voorgesteld', 'Gehuisvest', 'Totaal']) await officerLedger.getByRole('columnheader', { name: h, exact: true }).waitFor();
    await officer.getByText('Een plaatsing telt mee vanaf het voorstel', { exact: false }).waitFor();
    await officer.getByText(DUTCH_DATE_TIME).first().waitFor();
    for (const row of await officerLedger.getByRole('row').all()) {
      const text = (await row.textContent()) ?? '';
      if (!text.includes('Voorgesteld')) expect(text).toContain('Olst-Wijhe');
    }
    await check(officer, 'gemeente-uitwisseling');
    await officer.getByRole('link', { name: 'Wachtrij', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Wachtrij bijzondere bemiddeling' }).waitFor();
    await officer.getByRole('button', { name: 'Goedgekeurd' }).click();
    expect(await officer.getByRole('columnheader', { name: /Goedgekeurd/ }).getAttribute('aria-sort')).toBe('ascending');
    await officer.getByRole('button', { name: 'Goedgekeurd' }).click();
    expect(await officer.getByRole('columnheader', { name: /Goedgekeurd/ }).getAttribute('aria-sort')).toBe('descending');
    await check(officer, 'gemeente-wachtrij');

    // 9. the coordinator's dashboard and a matching round
    const coordinator = await loginAs('coordinator@transferpunt.demo');
    await check(coordinator, 'coordinator-te-doen');
    await coordinator.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: /Dashboard/ }).waitFor();
    await coordinator.getByText('in de wachtrij', { exact: true }).waitFor();
    await check(coordinator, 'coordinator-dashboard');
    await coordinator.getByRole('button', { name: 'Matchingsronde starten' }).click();
    await coordinator.getByText(/De ronde is klaar/).waitFor({ timeout: 30000 });
    await check(coordinator, 'coordinator-matchingsronde');
    // the region's buurten with their load, and the exchange ledger of the region
    await coordinator.getByRole('link', { name: 'Buurten', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Buurten en draagkracht' }).waitFor();
    const regionBuurten = coordinator.getByRole('table', { name: 'Buurten met grenzen en huidige belasting' });
    await regionBuurten.getByRole('row').filter({ hasText: 'Welsum' }).getByText(/^\d+ \/ 4$/).waitFor();
    await regionBuurten.getByRole('row').filter({ hasText: 'Keizerslanden' }).first().waitFor();
    await check(coordinator, 'coordinator-buurten');
    await coordinator.getByRole('link', { name: 'Uitwisseling', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Uitwisseling tussen gemeenten' }).waitFor();
    await coordinator.getByRole('table', { name: 'Plaatsingen van gemeente van herkomst naar gemeente van de woning' }).waitFor();
    await coordinator.getByText(DUTCH_DATE_TIME).first().waitFor();
    await check(coordinator, 'coordinator-uitwisseling');
    // the what-if, side by side with the current policy
    await coordinator.getByRole('link', { name: 'Wat als', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: /Wat als/ }).waitFor();
    await coordinator.getByLabel(/Uitwisselingstolerantie/).fill('0');
    await coordinator.getByLabel('Maximaal aantal plaatsingen per 12 maanden in Keizerslanden').fill('0');
    await coordinator.getByRole('button', { name: 'Doorrekenen' }).click();
    await coordinator.getByRole('heading', { name: 'Uitkomst naast het huidige beleid' }).waitFor();
    expect(await coordinator.getByRole('row', { name: /Voorstellen in de regio/ }).count()).toBe(1);
    await check(coordinator, 'coordinator-wat-als');
    // the region policy: a value out of range is explained next to its field, then saved
    await coordinator.getByRole('link', { name: 'Beleid', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: /Beleid/ }).waitFor();
    await coordinator.getByLabel(/Eerste evaluatie omklapconstructie/).fill('0');
    await coordinator.getByLabel(/Herinnering vooraf/).fill('21');
    await coordinator.getByRole('button', { name: 'Beleid opslaan' }).click();
    await coordinator.getByText('Niet alle velden zijn goed ingevuld').waitFor();
    expect(await coordinator.getByLabel(/Eerste evaluatie omklapconstructie/).getAttribute('aria-invalid')).toBe('true');
    expect(await coordinator.getByLabel(/Herinnering vooraf/).inputValue()).toBe('21');
    await check(coordinator, 'coordinator-beleid-fout');
    await coordinator.getByLabel(/Eerste evaluatie omklapconstructie/).fill('12');
    await coordinator.getByLabel(/Afkoelperiode na weigeren/).fill('14');
    await coordinator.getByLabel('Gevolg van weigeren zonder goede reden').selectOption('loss_of_priority');
    await coordinator.getByRole('button', { name: 'Beleid opslaan' }).click();
    await coordinator.getByText('Het beleid is opgeslagen.').waitFor();
    expect(await coordinator.getByLabel('Gevolg van weigeren zonder goede reden').inputValue()).toBe('loss_of_priority');
    expect((await t.http.get(`/api/v1/regions/${DEMO_REGION.code}/policy`).set('Authorization', `Bearer ${await t.login(ADMIN.email, ADMIN.password)}`)).body).toMatchObject({
      refusalConsequence: 'loss_of_priority',
      refusalCoolDownDays: 14,
    });
    await check(coordinator, 'coordinator-beleid');
    await coordinator.getByRole('link', { name: /^Meldingen/ }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await check(coordinator, 'coordinator-meldingen');
    await coordinator.getByRole('link', { name: 'Koppelingen', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Koppelingen' }).waitFor();
    await check(coordinator, 'coordinator-koppelingen');

    // 10. beheer: the admin adds a region; a wrong code is explained next to the field
    const admin = await loginAs(ADMIN.email, ADMIN.password);
    await admin.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    const regionForm = admin.getByRole('form', { name: 'Regio toevoegen' });
    await regionForm.getByLabel('Code').fill('ijssel land');
    await regionForm.getByLabel('Naam').fill('Regio IJsselland');
    await regionForm.getByRole('button', { name: 'Regio toevoegen' }).click();
    await regionForm.getByText('Niet alle velden zijn goed ingevuld').waitFor();
    expect(await regionForm.getByLabel('Naam').inputValue()).toBe('Regio IJsselland');
    expect(await regionForm.getByLabel('Code').getAttribute('aria-invalid')).toBe('true');
    await check(admin, 'beheer-fout');
    await regionForm.getByLabel('Code').fill('IJSSELLAND');
    await regionForm.getByRole('button', { name: 'Regio toevoegen' }).click();
    await regionForm.getByText('Regio IJsselland (IJSSELLAND) is toegevoegd.').waitFor();
    await check(admin, 'beheer');

    for (const p of [corporation, care, officer, coordinator, admin]) await p.context().close();
    expect(Object.fromEntries(Object.entries(a11y).filter(([, v]) => v.length))).toEqual({});
    expect(cspViolations).toEqual([]);
  }, 240000);

  it('shows the exchange ledger with municipality names, proposed and housed apart, and the generation time in Dutch', async () => {
    // the walk leaves the ledger empty (every placement stays in its own municipality), so the coordinator's page gets known rows here
    const coordinator = await loginAs('coordinator@transferpunt.demo');
    await coordinator.route('**/api/v1/reports/exchange-ledger', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          generatedAt: '2026-11-25T13:38:00.000Z',
          items: [
            { fromMunicipalityCode: 'GM0150', toMunicipalityCode: 'GM1773', placements: 3, proposed: 1, housed: 2 },
            { fromMunicipalityCode: 'GM0301', toMunicipalityCode: 'GM0150', placements: 1, proposed: 1, housed: 0 },
          ],
        }),
      }),
    );
    await coordinator.getByRole('link', { name: 'Uitwisseling', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Uitwisseling tussen gemeenten' }).waitFor();
    await coordinator.getByText('Stand van 25 november 2026 om 14:38.').waitFor();
    const ledger = coordinator.getByRole('table', { name: 'Plaatsingen van gemeente van herkomst naar gemeente van de woning' });
    await ledger.getByRole('rowheader', { name: 'Deventer' }).waitFor();
    const cells = async (from: string) =>
      (await ledger.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: from }) }).getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(await cells('Deventer')).toEqual(['Olst-Wijhe', '1', '2', '3']);
    expect(await cells('Zutphen')).toEqual(['Deventer', '1', '0', '1']);
    await check(coordinator, 'coordinator-uitwisseling-rijen');
    expect(a11y['coordinator-uitwisseling-rijen']).toEqual([]);
    await coordinator.context().close();
  }, 60000);

  it('explains in words when another party moved first (a real 409), and shows the match as it is now', async () => {
    const officer = await loginAs('officer.deventer@transferpunt.demo');
    await openFromTodo(officer, 'Koppeling goedkeuren', 'Hoge Hondstraat');
    await officer.getByRole('button', { name: 'Koppeling goedkeuren' }).waitFor();
    const matchId = officer.url().split('/').pop()!;
    // meanwhile the coordinator cancels the match
    const token = await t.login('coordinator@transferpunt.demo', DEMO_PASSWORD);
    const cancelled = await t.http.post(`/api/v1/matches/${matchId}/cancel`).set('Authorization', `Bearer ${token}`).send({ reason: 'vastgelopen' });
    expect(cancelled.status).toBe(200);
    await officer.getByRole('button', { name: 'Koppeling goedkeuren' }).click();
    await officer.getByText(/Dit kon niet meer: de koppeling is intussen veranderd/).waitFor();
    await officer.locator('.tp-conflict').getByText(/De stand is nu: geannuleerd\./).waitFor();
    expect(await officer.getByRole('button', { name: 'Koppeling goedkeuren' }).count()).toBe(0);
    await check(officer, 'gemeente-conflict');
    expect(a11y['gemeente-conflict']).toEqual([]);
    await officer.context().close();
  }, 120000);
});
