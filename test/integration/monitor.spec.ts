import ExcelJS from 'exceljs';
import { MonitorSnapshotService } from '../../libs/core/src/reports/monitor-snapshot.service';
import { Loop } from './support/loop';
import { createTestRegion, TestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A region with a known history, made through the API on a fixed day (2 March 2026, the injected
 * clock): nine clients nominated and approved that day, seven of them housed on known dates, and
 * tenancy events on known dates. The monitor over March–September 2026 must give exactly these figures.
 */
describe('the regional monitor on a known history', () => {
  let t: TestApp;
  let r: TestRegion;
  let L: Loop;
  const PERIOD = 'from=2026-03-01&to=2026-09-30';
  const table = (body: { tables: Array<{ key: string; rows: Array<{ keys: string[]; values: unknown[] }>; totals: unknown[] | null }> }, key: string) => {
    const tb = body.tables.find((x) => x.key === key)!;
    return { rows: Object.fromEntries(tb.rows.map((row) => [row.keys.join(' > '), row.values.length === 1 ? row.values[0] : row.values])), totals: tb.totals };
  };

  // [setting, sex, birthYear, origin, buurt of the home, lease start (null: stays active), care provider, construction]
  const HISTORY: Array<[string, string, number, string, string | null, string | null, 'A' | 'B', string]> = [
    ['BW', 'female', 1990, 'GM0150', 'GM0150', '2026-03-02', 'A', 'regulier'], //   0 days
    ['BW', 'male', 1990, 'GM0150', 'GM0150', '2026-03-10', 'A', 'regulier'], //      8
    ['MO', 'female', 2005, 'GM0262', 'GM0301', '2026-04-01', 'A', 'regulier'], //   30 (origin exception)
    ['BW', 'male', 1990, 'GM0150', 'GM0150', '2026-04-15', 'A', 'omklap'], //       44
    ['BW', 'female', 1990, 'GM0150', 'GM0150', '2026-05-20', 'A', 'regulier'], //   79
    ['MO', 'male', 2005, 'GM0150', 'GM0150', '2026-06-30', 'A', 'regulier'], //     120
    ['BW', 'female', 1960, 'GM0150', 'GM0150', '2026-09-01', 'A', 'regulier'], //   183
    ['verslavingszorg', 'male', 1960, 'GM0177', null, null, 'B', 'regulier'],
    ['verslavingszorg', 'male', 1990, 'GM0177', null, null, 'B', 'regulier'],
  ];
  const tenancies: string[] = [];
  // free text, in other cases and spacing: one situation when they differ only in those
  const LIVING = ['Beschermd wonen', ' beschermd  WONEN ', 'Beschermd wonen', 'beschermd wonen', 'BESCHERMD WONEN', 'dakloos', 'Dakloos'];

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    L = new Loop(t, r);
    t.clock.advance(Date.parse('2026-03-02T09:00:00Z') - t.clock.now().getTime());
    let i = 0;
    for (const [setting, sex, birthYear, origin, home, start, care, construction] of HISTORY) {
      if (!home) continue;
      const clientId = (await L.as(r.careProviderA).post('/clients', { reference: `MON-${++i}`, originMunicipalityCode: origin, birthYear, householdSize: 1, currentSetting: setting, sex, legalFramework: 'Wmo', livingSituation: LIVING[i - 1], consentToShare: true })).body.id;
      const n = await L.nomination({ clientId, origin });
      if (origin !== home) await L.officer(origin).post(`/nominations/${n.id}/origin-exception`, { reason: 'netwerk elders' });
      const v = await L.vacancy({ buurt: r.buurten[home][0], rent: 450 });
      const x = await L.proposed(v).catch(async (e) => { throw new Error(`${i}: ${e.message} ${JSON.stringify(await L.ds.query("SELECT status, matching_status FROM nomination"))}`); });
      expect(x.nominationId).toBe(n.id);
      await L.advance(x.id, 'client_accepted');
      tenancies.push(await L.signLease(x.id, start!, construction));
      void care;
    }
    for (const [setting, sex, birthYear, origin, home] of HISTORY) {
      if (home) continue;
      const clientId = (await L.as(r.careProviderB).post('/clients', { reference: `MON-${++i}`, originMunicipalityCode: origin, birthYear, householdSize: 1, currentSetting: setting, sex, legalFramework: 'Wlz', consentToShare: true })).body.id;
      await L.nomination({ clientId, origin, care: r.careProviderB });
    }
    const event = (k: number, path: string, body: object) => L.as(r.corporationA).post(`/tenancies/${tenancies[k]}/${path}`, body).then((res) => expect([res.status, res.body.detail]).toEqual([201, undefined]));
    await event(0, 'events', { type: 'time_out', date: '2026-05-01', expectedReturnDate: '2026-06-01' });
    await event(0, 'events', { type: 'returned', date: '2026-06-01' });
    await event(1, 'events', { type: 'aanzegging', date: '2026-07-01' });
    await event(1, 'events', { type: 'huisuitzetting', date: '2026-08-01' });
    await event(4, 'events', { type: 'aanzegging', date: '2026-10-15' }); // after the period
    await event(3, 'evaluations', { date: '2026-09-15', outcome: 'extend' });
  }, 120000);
  afterAll(() => t?.close());

  it('gives the coordinator exactly the figures of the history', async () => {
    const res = await L.coordinator.get(`/reports/monitor?${PERIOD}`);
    expect(res.status).toBe(200);
    const b = res.body;
    expect(b).toMatchObject({ period: { from: '2026-03-01', to: '2026-09-30' }, regionCode: r.code, municipalityCode: null, suppressed: false });
    expect(table(b, 'clientsByType')).toEqual({ rows: { BW: 5, MO: 2, bemoeizorg: 0, verslavingszorg: 2, GGZ: 0, forensic: 0, youth: 0 }, totals: [9] });
    expect(table(b, 'clientsBySex').rows).toEqual({ female: 4, male: 5, other: 0, unknown: 0 });
    expect(table(b, 'clientsByAgeBand').rows).toEqual({ '<18': 0, '18-22': 2, '23-29': 0, '30-49': 5, '50-64': 0, '65+': 2 });
    expect(table(b, 'inflowByLegalFramework').rows).toMatchObject({ Wmo: 7, Wlz: 2, Zvw: 0 });
    expect(table(b, 'outflowByLegalFramework').rows).toMatchObject({ Wmo: 7, Wlz: 0 });
    expect(table(b, 'waitingTime').rows).toEqual({ gehuisvest: 7, 'mediaan (dagen)': 44, 'p90 (dagen)': 183 });
    expect(table(b, 'waitingTimeBands')).toEqual({ rows: { '0-30': 3, '31-91': 2, '92-182': 1, '183-365': 1, '366+': 0 }, totals: [7] });
    const mun = table(b, 'byMunicipality');
    expect(mun.rows.GM0150).toEqual([6, 6, 6, 1, 1, 1]);
    expect(mun.rows.GM0262).toEqual([1, 1, 0, 0, 0, 0]);
    expect(mun.rows.GM0177).toEqual([2, 2, 0, 0, 0, 0]);
    expect(mun.rows.GM0301).toEqual([0, 0, 1, 0, 0, 0]);
    expect(mun.totals).toEqual([9, 9, 7, 1, 1, 1]);
    expect(table(b, 'byCareProvider').rows).toEqual({ 'Zorgaanbieder A': [7, 7, 7, 6], 'Zorgaanbieder B': [2, 2, 0, 0] });
    expect(table(b, 'originDestination').rows).toEqual({ 'GM0150 > GM0150': 6, 'GM0262 > GM0301': 1 });
    expect(table(b, 'omklap').rows).toEqual({ convert: 0, extend: 1, end: 0 });
    expect(table(b, 'tenancyEvents').rows).toEqual({ time_out: 1, returned: 1, aanzegging: 1, huisuitzetting: 1 });
    const load = table(b, 'neighbourhoodLoad');
    expect(load.rows[`${r.buurten.GM0150[0]} > GM0150`]).toEqual([6, 5]); // the eviction on 1 August ended one
    expect(load.rows[`${r.buurten.GM0301[0]} > GM0301`]).toEqual([1, 1]);
  });

  it('gives the usage per municipality (the verdeelsleutel) and the living situation', async () => {
    const b = (await L.coordinator.get(`/reports/monitor?${PERIOD}`)).body;
    const usage = table(b, 'usageByMunicipality');
    // nominations by the deciding municipality; placements and live tenancies (30 September) by the municipality of origin
    expect(usage.rows).toEqual({ GM0150: [6, 6, 5], GM0177: [2, 0, 0], GM0262: [1, 1, 1], GM0301: [0, 0, 0], GM1773: [0, 0, 0] });
    expect(usage.totals).toEqual([9, 7, 6]);
    expect(table(b, 'clientsByLivingSituation')).toEqual({ rows: { 'beschermd wonen': 5, dakloos: 2, unknown: 2 }, totals: [9] });
    const a = (await L.as(r.auditor).get(`/reports/monitor?${PERIOD}`)).body;
    // the rare free-text situations are one row before suppression; then one hidden cell hides the other
    expect(table(a, 'clientsByLivingSituation')).toEqual({ rows: { 'beschermd wonen': '<5', overig: '<5' }, totals: [9] });
    expect(table(a, 'usageByMunicipality').totals).toEqual([9, 7, 6]);
    expect(JSON.stringify(a)).not.toMatch(/dakloos/);
    // the share housed in the municipality of origin per care provider: A 6 of 7; for the auditor no counts, and no share while fewer than 5 were housed elsewhere
    expect(table(b, 'housedInOriginShare').rows).toEqual({ 'Zorgaanbieder A': [7, 6, 85.7], 'Zorgaanbieder B': [0, 0, null], regio: [7, 6, 85.7] });
    expect(table(a, 'housedInOriginShare').rows).toEqual({ 'Zorgaanbieder A': [null, null, null], 'Zorgaanbieder B': [null, null, null], regio: [null, null, null] });
    const o = (await L.officer('GM0177').get(`/reports/monitor?${PERIOD}`)).body;
    expect(table(o, 'usageByMunicipality').rows).toEqual({ GM0177: [2, 0, 0] });
  });

  it('lets the auditor and the privacy officer read the names of their own region, never another region', async () => {
    for (const token of [r.auditor, r.privacyOfficer]) {
      const mun = await L.as(token).get('/municipalities');
      expect(mun.status).toBe(200);
      expect(mun.body.items.map((m: { code: string }) => m.code)).toEqual(['GM0150', 'GM0177', 'GM0262', 'GM0301', 'GM1773']);
      expect(mun.body.items.every((m: { regionCode: string }) => m.regionCode === r.code)).toBe(true);
      expect((await L.as(token).get(`/municipalities?regionCode=${r.code}`)).body.items).toHaveLength(5);
      expect((await L.as(token).get('/municipalities?regionCode=ANDERS')).body.items).toEqual([]);
      const orgs = await L.as(token).get('/organisations');
      expect(orgs.status).toBe(200);
      expect(orgs.body.items.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['Zorgaanbieder A', 'Zorgaanbieder B']));
      expect(orgs.body.items.every((o: { regionCode: string }) => o.regionCode === r.code)).toBe(true);
    }
  });

  it('narrows to a shorter period', async () => {
    const b = (await L.coordinator.get('/reports/monitor?from=2026-04-01&to=2026-04-30')).body;
    expect(table(b, 'waitingTime').rows).toEqual({ gehuisvest: 2, 'mediaan (dagen)': 37, 'p90 (dagen)': 44 });
    expect(table(b, 'clientsByType').totals).toEqual([0]);
  });

  it('hides counts below 5 from the auditor, and a second cell where a total would give one away', async () => {
    const res = await L.as(r.auditor).get(`/reports/monitor?${PERIOD}`);
    expect(res.status).toBe(200);
    const b = res.body;
    expect(b.suppressed).toBe(true);
    expect(table(b, 'clientsByType')).toEqual({ rows: { BW: 5, MO: '<5', bemoeizorg: '<5', verslavingszorg: '<5', GGZ: '<5', forensic: '<5', youth: '<5' }, totals: [9] });
    // with only two providers, A's figure would give B's away as the total minus A: A is hidden too
    expect(table(b, 'byCareProvider').rows).toEqual({ 'Zorgaanbieder A': ['<5', '<5', '<5', '<5'], 'Zorgaanbieder B': ['<5', '<5', '<5', '<5'] });
    expect(table(b, 'byCareProvider').totals).toEqual([9, 9, 7, 6]);
    expect(table(b, 'waitingTime').rows).toEqual({ gehuisvest: 7, 'mediaan (dagen)': 44, 'p90 (dagen)': 183 });
    expect(table(b, 'originDestination')).toEqual({ rows: { 'GM0150 > GM0150': '<5', 'GM0262 > GM0301': '<5' }, totals: [7] });
    expect(JSON.stringify(b)).not.toMatch(/MON-|DOS-/);
    const few = (await L.as(r.auditor).get('/reports/monitor?from=2026-04-01&to=2026-04-30')).body;
    expect(table(few, 'waitingTime').rows).toEqual({ gehuisvest: '<5', 'mediaan (dagen)': null, 'p90 (dagen)': null });
  });

  it("shows an officer their own municipality's figures only", async () => {
    const b = (await L.officer('GM0177').get(`/reports/monitor?${PERIOD}`)).body;
    expect(b.municipalityCode).toBe('GM0177');
    expect(table(b, 'clientsByType').totals).toEqual([2]);
    expect(Object.keys(table(b, 'byMunicipality').rows)).toEqual(['GM0177']);
    expect(table(b, 'waitingTime').rows.gehuisvest).toBe(0);
  });

  it('refuses a bad period with a problem naming the field, and other roles', async () => {
    for (const [q, field] of [
      ['from=2026-09-30&to=2026-03-01', 'to'],
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=yesterday&to=2026-03-01', 'from'],
      ['to=2026-03-01', 'from'],
      ['from=0000-01-01&to=2026-03-01', 'from'],
      ['from=2026-01-01&to=2026-03-01&from=2026-02-01', 'from'],
      [`${PERIOD}&format=pdf`, 'format'],
    ]) {
      const res = await L.coordinator.get(`/reports/monitor?${q}`);
      expect([q, res.status, res.body.errors?.[0]?.field]).toEqual([q, 400, field]);
    }
    for (const token of [r.corporationA, r.careProviderA, r.privacyOfficer]) expect((await L.as(token).get(`/reports/monitor?${PERIOD}`)).status).toBe(403);
  });

  it('downloads the monitor as CSV and as an Excel workbook with the same figures, the period and the generation time', async () => {
    const csv = await L.as(r.auditor).get(`/reports/monitor?${PERIOD}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="monitor_2026-03-01_2026-09-30.csv"');
    const lines = csv.text.split('\r\n');
    expect(lines[1]).toBe('Periode,2026-03-01,2026-09-30');
    expect(lines[2]).toMatch(/^Gegenereerd,2026-03-02T/);
    expect(lines).toContain('MO,<5');
    expect(lines).toContain('BW,5');
    expect(lines).toContain('Zorgaanbieder A,<5,<5,<5,<5');
    expect(lines).toContain('GM0150,6,6,6,<5,<5,<5');

    const xlsx = await L.coordinator
      .get(`/reports/monitor?${PERIOD}`)
      .set('Accept', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/^application\/vnd.openxmlformats-officedocument.spreadsheetml.sheet/);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="monitor_2026-03-01_2026-09-30.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const cover = wb.getWorksheet('Rapport')!;
    expect(cover.getRow(2).values).toEqual([undefined, 'Periode', '2026-03-01', '2026-09-30']);
    expect(String(cover.getRow(3).getCell(2).value)).toMatch(/^2026-03-02T/);
    const ws = wb.getWorksheet('Per gemeente')!;
    const rows = ws.getSheetValues().filter(Boolean).map((v) => (v as unknown[]).slice(1));
    expect(rows).toContainEqual(['GM0150', 6, 6, 6, 1, 1, 1]);
    expect(rows[rows.length - 1]).toEqual(['Totaal', 9, 9, 7, 1, 1, 1]);
  });

  it('downloads the exchange ledger and the buurt load too', async () => {
    const ledger = await L.coordinator.get('/reports/exchange-ledger?format=csv');
    expect(ledger.headers['content-disposition']).toMatch(/^attachment; filename="uitwisseling_2026-03-02\.csv"$/);
    expect(ledger.text.split('\r\n')).toContain('GM0262,GM0301,1,0,1');
    const load = await L.officer('GM0301').get('/reports/neighbourhood-load').set('Accept', 'text/csv');
    expect(load.headers['content-type']).toMatch(/^text\/csv/);
    expect(load.text).toContain(`${r.buurten.GM0301[0]},GM0301,1,1,0,,`);
  });

  it('keeps contingents (one per corporation, municipality and year) and shows progress against them', async () => {
    t.clock.advance(Date.parse('2026-10-01T08:00:00Z') - t.clock.now().getTime());
    const add = (body: object, token = r.coordinator) => L.as(token).post('/contingents', body);
    const a150 = await add({ corporationId: r.orgs.corporationA, municipalityCode: 'GM0150', year: 2026, homes: 12 });
    expect(a150.status).toBe(201);
    expect(a150.body).toMatchObject({ corporationId: r.orgs.corporationA, municipalityCode: 'GM0150', year: 2026, homes: 12 });
    expect((await add({ corporationId: r.orgs.corporationA, municipalityCode: 'GM0301', year: 2026, homes: 2 })).status).toBe(201);
    expect((await add({ corporationId: r.orgs.corporationB, municipalityCode: 'GM0262', year: 2026, homes: 4 })).status).toBe(201);
    expect((await add({ corporationId: r.orgs.corporationA, municipalityCode: 'GM0150', year: 2027, homes: 10 })).status).toBe(201);
    const again = await add({ corporationId: r.orgs.corporationA, municipalityCode: 'GM0150', year: 2026, homes: 3 });
    expect([again.status, again.body.errors?.[0]?.field]).toEqual([409, 'year']);
    for (const [body, field] of [
      [{ corporationId: r.orgs.careProviderA, municipalityCode: 'GM0150', year: 2026, homes: 1 }, 'corporationId'],
      [{ corporationId: r.orgs.corporationA, municipalityCode: 'GM9999', year: 2026, homes: 1 }, 'municipalityCode'],
      [{ corporationId: r.orgs.corporationA, municipalityCode: 'GM0150', year: 2026, homes: -1 }, 'homes'],
      [{ corporationId: r.orgs.corporationA, municipalityCode: 'GM0150', year: 1999, homes: 1 }, 'year'],
      [{ corporationId: 'x', municipalityCode: 'GM0150', year: 2026, homes: 1 }, 'corporationId'],
    ] as const) {
      const res = await add(body);
      expect([res.status >= 400 && res.status < 500, res.body.errors?.[0]?.field]).toEqual([true, field]);
    }
    for (const token of [r.officers.GM0150, r.corporationA, r.auditor]) expect((await add({ corporationId: r.orgs.corporationA, municipalityCode: 'GM0177', year: 2026, homes: 1 }, token)).status).toBe(403);

    const res = await L.coordinator.get('/reports/contingents?year=2026');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2026, asOf: '2026-10-01', yearProgress: 0.751, suppressed: false });
    const rows = res.body.items.map((i: { corporationName: string; municipalityCode: string; agreed: number; expectedSoFar: number; delivered: unknown }) => [i.corporationName, i.municipalityCode, i.agreed, i.expectedSoFar, i.delivered]);
    expect(rows).toEqual([
      ['Woonbedrijf A', 'GM0150', 12, 9, 6],
      ['Woonbedrijf A', 'GM0301', 2, 1, 1],
      ['Woonstichting B', 'GM0262', 4, 3, 0],
    ]);
    expect((await L.as(r.auditor).get('/reports/contingents?year=2026')).body.items.map((i: { delivered: unknown }) => i.delivered)).toEqual([6, '<5', '<5']);
    expect((await L.officer('GM0301').get('/reports/contingents?year=2026')).body.items).toHaveLength(1);
    expect((await L.as(r.corporationB).get('/reports/contingents?year=2026')).body.items.map((i: { municipalityCode: string }) => i.municipalityCode)).toEqual(['GM0262']);
    expect((await L.coordinator.get('/reports/contingents?year=2027')).body.items).toMatchObject([{ agreed: 10, expectedSoFar: 0, delivered: 0 }]);
    expect((await L.coordinator.get('/reports/contingents?year=20x6')).status).toBe(400);

    const xlsx = await L.coordinator
      .get('/reports/contingents?year=2026&format=xlsx')
      .buffer(true)
      .parse((r2, cb) => {
        const chunks: Buffer[] = [];
        r2.on('data', (c: Buffer) => chunks.push(c));
        r2.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="contingenten_2026-01-01_2026-12-31.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const sheet = wb.getWorksheet('Contingenten')!.getSheetValues().filter(Boolean).map((v) => (v as unknown[]).slice(1));
    expect(sheet).toContainEqual(['Woonbedrijf A', 'GM0150', 12, 9, 6]);
  });

  it('freezes a month once, after it ended, and lists later corrections instead of changing it', async () => {
    t.clock.advance(Date.parse('2026-10-01T08:00:00Z') - t.clock.now().getTime());
    const [scheduled] = await L.ds.query(`SELECT job_name, payload, available_at FROM outbox WHERE job_id LIKE 'monitor-snapshot-%' ORDER BY id LIMIT 1`);
    expect(scheduled.job_name).toBe('monitor.snapshot');
    expect(new Date(scheduled.available_at).getUTCDate()).toBe(1);
    const snapshots = t.app.get(MonitorSnapshotService);
    expect(await snapshots.handle({ month: '2026-10' })).toBe('skipped'); // not over yet
    expect(await snapshots.handle({ month: '2026-09' })).toBe('done');
    expect(await snapshots.handle({ month: '2026-09' })).toBe('skipped');
    expect(await L.ds.query(`SELECT month FROM monitor_snapshot`)).toEqual([{ month: '2026-09' }]);
    expect((await L.ds.query(`SELECT 1 FROM outbox WHERE job_id = 'monitor-snapshot-2026-10' AND dispatched_at IS NULL`)).length).toBe(1);

    const list = await L.coordinator.get('/reports/monitor/snapshots');
    expect(list.status).toBe(200);
    expect(list.body.items).toMatchObject([{ month: '2026-09' }]);
    expect(list.body.items[0].frozenAt).toMatch(/^2026-10-01T08:00/);
    const before = (await L.coordinator.get('/reports/monitor/snapshots/2026-09')).body;
    expect(before).toMatchObject({ month: '2026-09', period: { from: '2026-09-01', to: '2026-09-30' }, corrections: [] });
    expect(table(before, 'omklap').rows).toEqual({ convert: 0, extend: 1, end: 0 });
    expect(table(before, 'waitingTime').rows).toEqual({ gehuisvest: 1, 'mediaan (dagen)': 183, 'p90 (dagen)': 183 });

    // a notice dated in September, registered after the freeze
    expect((await L.as(r.corporationA).post(`/tenancies/${tenancies[5]}/events`, { type: 'aanzegging', date: '2026-09-20' })).status).toBe(201);
    const after = (await L.coordinator.get('/reports/monitor/snapshots/2026-09')).body;
    expect(table(after, 'tenancyEvents').rows.aanzegging).toBe(0);
    expect(after.inputHash).toBe(before.inputHash);
    expect(after.corrections).toEqual([
      { table: 'byMunicipality', keys: ['GM0150'], measure: 'aanzeggingen', frozen: 0, live: 1 },
      { table: 'tenancyEvents', keys: ['aanzegging'], measure: 'aantal', frozen: 0, live: 1 },
    ]);
    const audited = (await L.as(r.auditor).get('/reports/monitor/snapshots/2026-09')).body;
    expect(audited.suppressed).toBe(true);
    // under suppression only cells shown both frozen and live are compared: both these are hidden, so nothing is listed
    expect(audited.corrections).toEqual([]);
    await expect(L.ds.query(`UPDATE monitor_snapshot SET input_hash = 'x'`)).rejects.toThrow(/frozen/);

    expect((await L.coordinator.get('/reports/monitor/snapshots/2026-13')).body.errors?.[0]?.field).toBe('month');
    expect((await L.coordinator.get('/reports/monitor/snapshots/2026-08')).status).toBe(404);
    expect((await L.officer('GM0150').get('/reports/monitor/snapshots')).status).toBe(403);
    const csv = await L.coordinator.get('/reports/monitor/snapshots/2026-09?format=csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="monitor-bevroren_2026-09-01_2026-09-30.csv"');
    expect(csv.text.split('\r\n')).toContain('tenancyEvents,aanzegging,aantal,0,1');
  });
});
