import { Loop } from './support/loop';
import { createTestRegion, TestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

/** The demand inventory on a known region, on 15 June 2026 (the injected clock); 2026 has no rent limits, so 2025's apply, provisionally. */
describe('the demand inventory', () => {
  let t: TestApp;
  let r: TestRegion;
  let L: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    L = new Loop(t, r);
    t.clock.advance(Date.parse('2026-06-15T09:00:00Z') - t.clock.now().getTime());
    await L.nomination({ maxRent: 650, householdSize: 1 });
    await L.nomination({ maxRent: 650, householdSize: 1 });
    await L.nomination({ maxRent: 650, householdSize: 3, minRooms: 4 });
    for (const [readyFrom, ref] of [['2027-01-01', 'D-near'], ['2027-09-01', 'D-far']]) {
      const c = await L.as(r.careProviderB).post('/clients', { reference: ref, originMunicipalityCode: 'GM0262', birthYear: 1980, householdSize: 1, currentSetting: 'MO', consentToShare: true });
      const n = await L.as(r.careProviderB).post('/nominations', { clientId: c.body.id, woonvariant: 'groepswonen', construction: 'regulier', readyFrom });
      expect(n.status).toBe(201);
    }
    await L.vacancy({ buurt: r.buurten.GM0150[0], woonvariant: 'zelfstandig', rent: 600, rooms: 2 });
    await L.vacancy({ buurt: r.buurten.GM0301[0], woonvariant: 'kamer', rent: 400, rooms: 1, corp: r.corporationB });
    expect((await L.coordinator.post('/contingents', { corporationId: r.orgs.corporationA, municipalityCode: 'GM0150', year: 2026, homes: 5 })).status).toBe(201);
    await L.settled();
  }, 60000);
  afterAll(() => t?.close());

  it('sets expected outflow against supply per cell, with the gap', async () => {
    const res = await L.coordinator.get('/reports/demand');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ asOf: '2026-06-15', rentLimitsYear: 2025, rentLimitsProvisional: true, suppressed: false });
    expect(res.body.items).toEqual([
      { municipalityCode: 'GM0150', woonvariant: 'zelfstandig', huursegment: 'tot_aftoppingsgrens_laag', householdSize: '1', demand: 2, supply: 1, gap: 1 },
      { municipalityCode: 'GM0150', woonvariant: 'zelfstandig', huursegment: 'tot_aftoppingsgrens_laag', householdSize: '3', demand: 1, supply: 0, gap: 1 },
      { municipalityCode: 'GM0262', woonvariant: 'groepswonen', huursegment: 'onbekend', householdSize: '1', demand: 1, supply: 0, gap: 1 },
      { municipalityCode: 'GM0301', woonvariant: 'kamer', huursegment: 'tot_kwaliteitskortingsgrens', householdSize: '1', demand: 0, supply: 1, gap: -1 },
    ]);
    const gm0150 = res.body.municipalities.find((x: { municipalityCode: string }) => x.municipalityCode === 'GM0150');
    expect(gm0150).toEqual({ municipalityCode: 'GM0150', demand: 3, vacancies: 1, contingentAgreed: 5, contingentDelivered: 0, contingentRemaining: 5, gap: -3 });
  });

  it('hides small counts from the auditor and shows an officer their own municipality', async () => {
    const a = (await L.as(r.auditor).get('/reports/demand')).body;
    expect(a.suppressed).toBe(true);
    expect(a.items[0]).toMatchObject({ demand: '<5', supply: '<5', gap: null });
    const o = (await L.officer('GM0262').get('/reports/demand')).body;
    expect(o.items.map((i: { municipalityCode: string }) => i.municipalityCode)).toEqual(['GM0262']);
    expect((await L.as(r.corporationA).get('/reports/demand')).status).toBe(403);
  });

  it('downloads as CSV', async () => {
    const csv = await L.coordinator.get('/reports/demand?format=csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="vraag-en-aanbod_2026-06-15.csv"');
    expect(csv.text.split('\r\n')).toContain('GM0301,kamer,tot_kwaliteitskortingsgrens,1,0,1,-1');
    expect(csv.text.split('\r\n')).toContain('GM0150,3,1,5,0,5,-3');
  });
});
