import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page, Route } from 'playwright-core';
import { launchChromium, newContext, screenshot, seriousViolations, WEB_DIST } from './support/browser';
import { serveWebApp } from './support/static-server';
import { makeXlsx } from './support/xlsx-writer';
import { eventually } from '../integration/support/test-app';

/**
 * The forms of the web application in the browser against a stubbed API (page.route): what the
 * user sees when the API refuses (field errors next to the fields, in Dutch; a 409 in words),
 * that nothing typed is lost, the keyboard, and axe-core on the error states.
 */
const ORG = { id: '00000000-0000-4000-8000-000000000001', type: 'corporation', name: 'Woonbedrijf Test', regionCode: 'TEST', municipalityCode: null };
const ME = {
  corporation: { id: '00000000-0000-4000-8000-000000000010', email: 'corp@test.example', role: 'corporation', organisation: ORG, municipality: null },
  care_provider: { id: '00000000-0000-4000-8000-000000000011', email: 'care@test.example', role: 'care_provider', organisation: { ...ORG, type: 'care_provider', name: 'Zorg Test' }, municipality: null },
};
const MATCH_ID = '00000000-0000-4000-8000-0000000000aa';
const VACANCY = {
  id: '00000000-0000-4000-8000-0000000000bb', corporationId: ORG.id, status: 'matched', address: 'Brink 12, 7411 BR Deventer', municipalityCode: 'GM0150', neighbourhoodCode: 'BU01500101',
  woonvariant: 'zelfstandig', rooms: 2, rent: 612.5, availableFrom: '2026-11-22', accessible: false, floor: 0, constructions: ['regulier'], withdrawalReason: null,
  createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z',
};
const MATCH = {
  id: MATCH_ID, vacancyId: VACANCY.id, nominationId: '00000000-0000-4000-8000-0000000000cc', regionCode: 'TEST', status: 'approved', destinationMunicipalityCode: 'GM0150',
  originMunicipalityCode: 'GM0150', neighbourhoodCode: 'BU01500101', stepDeadline: '2099-01-01T12:00:00Z', declineReasonCode: null, declineNote: null,
  explanation: { matcher: 'test', summary: 'Test summary.', queuePosition: 1, priorityClass: 'normal', approvedAt: '2026-10-01T10:00:00Z', higherRankedNotEligible: 0, rules: [{ rule: 'woonvariant', passed: true, detail: 'woonvariant zelfstandig' }] },
  createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-02T10:00:00Z',
  candidate: { reference: 'DIM-1', householdSize: 1, homeNeeds: [], construction: 'regulier', supportProvider: 'Dimence', supportIntensity: 'medium' },
  history: [{ type: 'proposed', fromStatus: null, toStatus: 'proposed', actorRole: null, reasonCode: null, note: 'Test summary.', at: '2026-11-01T10:00:00Z' }],
};
const problem = (status: number, title: string, detail: string, errors?: Array<{ field: string; message: string }>) => ({
  status,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: 'about:blank', title, status, detail, ...(errors ? { errors } : {}) }),
});
const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

describe('the forms of the web application', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('apps/web/dist is missing: the e2e global setup builds it (npm run build:web).');
    server = await serveWebApp(WEB_DIST);
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A logged-in page whose /api answers come from `api` (the reference data is answered here). */
  async function pageAs(role: keyof typeof ME, api: (method: string, path: string, route: Route) => Promise<boolean>): Promise<Page> {
    const context = await newContext(browser, server.url);
    await context.addInitScript(
      "sessionStorage.setItem('transferpunt.session', JSON.stringify({ accessToken: 'test-token', refreshToken: 'test-refresh-token', accessExpiresAt: Date.now() + 3600000 }))",
    );
    const page = await context.newPage();
    await page.route('**/api/v1/**', async (route) => {
      const url = new URL(route.request().url());
      const path = url.pathname.replace('/api/v1', '');
      const method = route.request().method();
      if (await api(method, path, route)) return;
      if (path === '/auth/me') return route.fulfill(json(ME[role]));
      if (path === '/municipalities') return route.fulfill(json({ items: [{ code: 'GM0150', name: 'Deventer', regionCode: 'TEST', isCentre: true }], nextCursor: null }));
      if (path === '/neighbourhoods')
        return route.fulfill(json({ items: [{ code: 'BU01500101', name: 'Binnenstad', municipalityCode: 'GM0150', maxPlacementsPer12Months: null, maxLiveTenancies: null }], nextCursor: null }));
      if (path === '/organisations') return route.fulfill(json({ items: [ORG], nextCursor: null }));
      if (path === '/regions/TEST') return route.fulfill(json({ code: 'TEST', name: 'Regio Test', createdAt: '2026-01-01T00:00:00Z' }));
      if (method === 'GET') return route.fulfill(json({ items: [], nextCursor: null }));
      return route.fulfill(problem(404, 'Not Found', 'No such object.'));
    });
    return page;
  }

  it('shows the API field errors in Dutch next to their fields, keeps the input and moves the focus to the summary', async () => {
    let posted: Record<string, unknown> | null = null;
    const page = await pageAs('corporation', async (method, path, route) => {
      if (method === 'POST' && path === '/vacancies') {
        posted = JSON.parse(route.request().postData() ?? '{}');
        await route.fulfill(
          problem(400, 'Invalid input', 'rent: must not be less than 0', [
            { field: 'rent', message: 'must not be less than 0' },
            { field: 'neighbourhoodCode', message: 'must be a CBS code like BU01500101' },
          ]),
        );
        return true;
      }
      return false;
    });
    await page.goto('/woningen/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Woning aanbieden' }).waitFor();
    await page.getByLabel('Adres').fill('Brink 12, 7411 BR Deventer');
    await page.getByLabel('Huur per maand').fill('-5');
    await page.getByLabel('Aantal kamers').fill('2');
    await page.getByRole('button', { name: 'Woning aanbieden' }).click();
    await page.getByText('Niet alle velden zijn goed ingevuld').waitFor();
    expect(posted).toMatchObject({ address: 'Brink 12, 7411 BR Deventer', rent: -5, rooms: 2 });

    const rent = page.getByLabel('Huur per maand');
    expect(await rent.getAttribute('aria-invalid')).toBe('true');
    // an empty field says it must be filled in, a filled one what is wrong with it
    expect(await page.locator(`#${(await page.getByLabel('Beschikbaar vanaf').getAttribute('id'))!}-error`).count()).toBe(0);
    const described = (await rent.getAttribute('aria-describedby')) ?? '';
    const errorId = described.split(' ').find((x) => x.endsWith('-error'))!;
    expect(await page.locator(`#${errorId}`).textContent()).toBe('Vul 0 of meer in.');
    expect(await page.locator(`#${(await page.getByLabel('Buurt').getAttribute('id'))!}-error`).textContent()).toBe('Maak een keuze.');
    expect(await rent.inputValue()).toBe('-5');
    expect(await page.getByLabel('Adres').inputValue()).toBe('Brink 12, 7411 BR Deventer');
    expect(await page.evaluate('document.activeElement && document.activeElement.className')).toContain('tp-error-summary');
    expect(await page.getByRole('link', { name: 'Huur per maand: Vul 0 of meer in.' }).count()).toBe(1);
    // the summary links to each field: following the link puts the focus in the field
    await page.getByRole('link', { name: 'Buurt: Maak een keuze.' }).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.name')).toBe('neighbourhoodCode');
    await screenshot(page, 'formulier-fouten');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 60000);

  it('explains a 409 in words and leaves the match page usable', async () => {
    const page = await pageAs('corporation', async (method, path, route) => {
      if (path === `/matches/${MATCH_ID}`) return route.fulfill(json(MATCH)).then(() => true);
      if (path === `/vacancies/${VACANCY.id}`) return route.fulfill(json(VACANCY)).then(() => true);
      if (method === 'POST' && path === `/matches/${MATCH_ID}/accept`)
        return route.fulfill(problem(409, 'Conflict', 'Cannot accept a match that is declined.')).then(() => true);
      return false;
    });
    await page.goto(`/koppelingen/${MATCH_ID}`);
    await page.getByRole('heading', { level: 1, name: 'Koppeling: Brink 12, 7411 BR Deventer' }).waitFor();
    const facts = ((await page.locator('.tp-facts').textContent()) ?? '').replace(/\u00a0/g, ' ');
    expect(facts).toContain('€ 612,50');
    expect(facts).toContain('22 november 2026');
    expect(facts).toContain('DIM-1');
    await page.getByRole('button', { name: 'Kandidaat accepteren' }).click();
    await page.getByText(/Dit kon niet meer: de koppeling is intussen veranderd/).waitFor();
    // the page shows the match as it is now, and keeps the API's own words folded away
    expect(await page.locator('.tp-conflict').textContent()).toContain('De stand is nu: goedgekeurd door gemeente, wacht op corporatie.');
    await page.getByText('Technische melding').click();
    await page.getByText('Cannot accept a match that is declined.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 60000);

  it('declines with a reason, and says so when the reason is missing', async () => {
    let declined: Record<string, unknown> | null = null;
    const page = await pageAs('corporation', async (method, path, route) => {
      if (path === `/matches/${MATCH_ID}`) return route.fulfill(json(MATCH)).then(() => true);
      if (path === `/vacancies/${VACANCY.id}`) return route.fulfill(json(VACANCY)).then(() => true);
      if (method === 'POST' && path === `/matches/${MATCH_ID}/decline`) {
        declined = JSON.parse(route.request().postData() ?? '{}');
        if (!declined!.reasonCode) await route.fulfill(problem(400, 'Invalid input', 'reasonCode', [{ field: 'reasonCode', message: 'must be one of the following values: other' }]));
        else await route.fulfill(json({ id: MATCH_ID, status: 'declined', declineReasonCode: declined!.reasonCode }));
        return true;
      }
      return false;
    });
    await page.goto(`/koppelingen/${MATCH_ID}`);
    await page.getByRole('button', { name: 'Afwijzen…' }).click();
    await page.getByLabel('Toelichting').fill('De woning is al verhuurd.');
    await page.getByRole('button', { name: 'Afwijzen', exact: true }).click();
    await page.getByText('Kies een van de mogelijkheden.').first().waitFor();
    expect(await page.getByLabel('Toelichting').inputValue()).toBe('De woning is al verhuurd.');
    await page.getByLabel('Reden').selectOption({ label: 'Woning niet meer beschikbaar' });
    await page.getByRole('button', { name: 'Afwijzen', exact: true }).click();
    await page.getByText(/De koppeling is afgewezen/).waitFor();
    expect(declined).toEqual({ reasonCode: 'home_unavailable', note: 'De woning is al verhuurd.' });
    await page.context().close();
  }, 60000);

  it('offers homes from a CSV file with a report per row, and saves nothing from a file with errors unless the valid rows are chosen', async () => {
    const posted: Array<Record<string, unknown>> = [];
    const page = await pageAs('corporation', async (method, path, route) => {
      if (method === 'POST' && path === '/vacancies') {
        posted.push(JSON.parse(route.request().postData() ?? '{}'));
        await route.fulfill(json({ ...VACANCY, status: 'open' }, 201));
        return true;
      }
      return false;
    });
    await page.goto('/woningen/bestand');
    await page.getByRole('heading', { level: 1, name: 'Woningen uit een bestand aanbieden' }).waitFor();
    const csv = [
      'adres;buurtcode;woonvariant;kamers;huur;beschikbaar_vanaf;toegankelijk;verdieping;constructies',
      'Brink 12, 7411 BR Deventer;BU01500101;zelfstandig;2;612,50;01-02-2027;nee;0;regulier|omklap',
      '"Brink 14; achterhuis, Deventer";BU01500101;Kamer;1;450;2027-03-01;ja;;regulier',
      'Brink 16, Deventer;BU9999;villa;twee;veel;morgen;;;',
    ].join('\r\n');
    await page.getByLabel('Bestand').setInputFiles({ name: 'woningen.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
    await page.getByText('3 rijen: 2 geldig, 1 met fouten.').waitFor();
    const bad = page.getByRole('row').filter({ hasText: 'Brink 16' });
    expect(await bad.textContent()).toContain('buurtcode "BU9999" is geen CBS-code');
    expect(await bad.textContent()).toContain('woonvariant "villa" is onbekend');
    const publish = page.getByRole('button', { name: '2 woningen aanbieden' });
    expect(await publish.isDisabled()).toBe(true);
    await screenshot(page, 'woningen-uit-bestand');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Alleen de 2 geldige rijen aanbieden').check();
    await publish.click();
    await page.getByText('2 woningen aangeboden.').waitFor();
    expect(posted).toEqual([
      { address: 'Brink 12, 7411 BR Deventer', neighbourhoodCode: 'BU01500101', woonvariant: 'zelfstandig', rooms: 2, rent: 612.5, availableFrom: '2027-02-01', accessible: false, floor: 0, constructions: ['regulier', 'omklap'] },
      { address: 'Brink 14; achterhuis, Deventer', neighbourhoodCode: 'BU01500101', woonvariant: 'kamer', rooms: 1, rent: 450, availableFrom: '2027-03-01', accessible: true, constructions: ['regulier'] },
    ]);
    await page.context().close();
  }, 60000);

  it('reads the homes from an Excel workbook too (dates as Excel stores them)', async () => {
    const posted: Array<Record<string, unknown>> = [];
    const page = await pageAs('corporation', async (method, path, route) => {
      if (method === 'POST' && path === '/vacancies') {
        posted.push(JSON.parse(route.request().postData() ?? '{}'));
        await route.fulfill(json({ ...VACANCY, status: 'open' }, 201));
        return true;
      }
      return false;
    });
    await page.goto('/woningen/bestand');
    const workbook = makeXlsx([
      ['adres', 'buurtcode', 'woonvariant', 'kamers', 'huur', 'beschikbaar_vanaf', 'toegankelijk', 'verdieping', 'constructies'],
      ['Brink 12 & 14, Deventer', 'BU01500101', 'Zelfstandige woning', 2, 612.5, 46419, 'nee', 0, 'regulier'],
    ]);
    await page.getByLabel('Bestand').setInputFiles({ name: 'woningen.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await page.getByText('1 rij: 1 geldig, 0 met fouten.').waitFor();
    await page.getByRole('button', { name: '1 woning aanbieden' }).click();
    await page.getByText('1 woning aangeboden.').waitFor();
    expect(posted).toEqual([
      { address: 'Brink 12 & 14, Deventer', neighbourhoodCode: 'BU01500101', woonvariant: 'zelfstandig', rooms: 2, rent: 612.5, availableFrom: '2027-02-01', accessible: false, floor: 0, constructions: ['regulier'] },
    ]);
    await page.context().close();
  }, 60000);

  it('pages through Meldingen with the cursor, marks one read and lowers the unread count in the header', async () => {
    const TENANCY_ID = '00000000-0000-4000-8000-0000000000dd';
    const note = (i: number, read: boolean) => ({
      id: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
      kind: i === 0 ? 'tenancy_reminder' : i === 1 ? 'tenancy_overdue' : 'match_step',
      title: 'x',
      body: i < 2 ? `The evaluation of the tenancy of client DIM-${i} ${i === 0 ? 'is' : 'was'} due on 2026-11-22.` : `The match of client DIM-${i} waits for you to accept or decline the candidate before 2026-12-0${(i % 9) + 1}.`,
      link: null,
      objectType: i < 2 ? 'tenancy' : 'match',
      objectId: i < 2 ? TENANCY_ID : MATCH_ID,
      createdAt: `2026-11-${String(25 - i).padStart(2, '0')}T08:00:00Z`,
      readAt: read ? '2026-11-25T09:00:00Z' : null,
    });
    const notes = Array.from({ length: 23 }, (_, i) => note(i, i >= 3));
    const cursors: Array<string | null> = [];
    const page = await pageAs('corporation', async (method, path, route) => {
      const url = new URL(route.request().url());
      if (method === 'GET' && path === '/notifications') {
        const unread = url.searchParams.get('unread') === 'true';
        const cursor = url.searchParams.get('cursor');
        const limit = Number(url.searchParams.get('limit') ?? 50);
        if (!unread) cursors.push(cursor);
        const list = notes.filter((n) => !unread || !n.readAt);
        const start = cursor ? Number(cursor) : 0;
        const next = start + limit < list.length ? String(start + limit) : null;
        return route.fulfill(json({ items: list.slice(start, start + limit), nextCursor: next })).then(() => true);
      }
      const read = /^\/notifications\/(.+)\/read$/.exec(path);
      if (method === 'POST' && read) {
        const n = notes.find((x) => x.id === read[1])!;
        n.readAt = '2026-11-25T10:00:00Z';
        return route.fulfill(json(n)).then(() => true);
      }
      return false;
    });
    await page.goto('/meldingen');
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: /^Meldingen\s+\(3 ongelezen\)$/ }).waitFor();
    const first = page.locator('.tp-notification').first();
    await first.getByRole('heading', { name: /^Evaluatie binnenkort/ }).waitFor();
    expect(await first.textContent()).toContain('De evaluatie van het huurcontract van cliënt DIM-0 staat op 22 november 2026.');
    expect(await first.getByRole('link', { name: 'Bekijk het huurcontract' }).getAttribute('href')).toBe(`/huurcontracten/${TENANCY_ID}`);
    expect(await page.locator('.tp-notification--unread').count()).toBe(3);
    expect(await page.locator('.tp-notification').count()).toBe(20);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'formulier-meldingen');
    // the next page asks for the cursor of the first
    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await page.getByText('Pagina 2').waitFor();
    await page.getByText('DIM-20', { exact: false }).first().waitFor();
    expect(cursors).toContain('20');
    expect(await page.locator('.tp-notification').count()).toBe(3);
    await page.getByRole('button', { name: 'Vorige pagina' }).click();
    await page.getByText('Pagina 1').waitFor();
    // mark the overdue one read: the header says 2
    await page.locator('.tp-notification').nth(1).getByRole('button', { name: /^Markeer als gelezen/ }).click();
    await page.getByText(/"Evaluatie over de datum" van 24 november 2026 is gemarkeerd als gelezen/).waitFor();
    await nav.getByRole('link', { name: /^Meldingen\s+\(2 ongelezen\)$/ }).waitFor();
    // only the unread ones
    await page.getByLabel('Tonen').selectOption('true');
    await page.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
    // polled from here, not with a string predicate in the page: the CSP forbids eval
    await eventually(async () => (await page.locator('.tp-notification').count()) === 2, 10000, 'two unread notifications');
    await page.context().close();
  }, 60000);

  it('works with the keyboard: the skip link comes first and leads to the main content', async () => {
    const page = await pageAs('care_provider', async () => false);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Te doen' }).waitFor();
    await page.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
    // start the keyboard from the top of the page, as after a fresh load
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.mouse.click(2, 2);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('#main');
    // the main menu is reachable by Tab and marks the current page
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Te doen' }).getAttribute('aria-current')).toBe('page');
    await page.context().close();
  }, 60000);
});
