import { eventually, startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('reports: the exchange ledger and the buurt load', () => {
  let t: TestApp;
  let r: TestRegion;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    // a client of Lochem, allowed anywhere, gets a home in Zutphen; a Deventer client one in Deventer
    for (const [ref, origin, buurt, exception] of [
      ['R-1', 'GM0262', r.buurten.GM0301[0], true],
      ['R-2', 'GM0150', r.buurten.GM0150[0], false],
    ] as const) {
      const c = await post(r.careProviderA, '/clients', { reference: ref, originMunicipalityCode: origin, birthYear: 1980, householdSize: 1, currentSetting: 'BW', consentToShare: true });
      const n = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'zelfstandig', construction: 'regulier' });
      await post(r.careProviderA, `/nominations/${n.body.id}/submit`);
      await post(r.officers[origin], `/nominations/${n.body.id}/approve`, { priorityClass: 'normal' });
      if (exception) await post(r.officers[origin], `/nominations/${n.body.id}/origin-exception`, { reason: 'netwerk in Zutphen' });
      await post(r.corporationA, '/vacancies', { address: `${ref} straat`, neighbourhoodCode: buurt, woonvariant: 'zelfstandig', rooms: 1, rent: 500, availableFrom: '2026-12-01', constructions: ['regulier'] });
    }
    await eventually(async () => ((await get(r.coordinator, '/matches?status=proposed')).body.items.length === 2) || undefined, 10000, 'two proposals');
  });
  afterAll(() => t?.close());

  it('books a placement of a client from elsewhere on the ledger from its proposal on', async () => {
    const res = await get(r.coordinator, '/reports/exchange-ledger');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([{ fromMunicipalityCode: 'GM0262', toMunicipalityCode: 'GM0301', placements: 1, proposed: 1, housed: 0 }]);
    expect((await get(r.officers.GM0301, '/reports/exchange-ledger')).body.items).toHaveLength(1);
    expect((await get(r.officers.GM0177, '/reports/exchange-ledger')).body.items).toHaveLength(0);
    expect((await get(r.corporationA, '/reports/exchange-ledger')).status).toBe(403);
  });

  it('counts a live match in the buurt load, with the limits that apply', async () => {
    await t.http.put(`/api/v1/neighbourhoods/${r.buurten.GM0150[0]}/limits`).set('Authorization', `Bearer ${r.officers.GM0150}`).send({ maxPlacementsPer12Months: 3, maxLiveTenancies: null });
    const mine = (await get(r.officers.GM0150, '/reports/neighbourhood-load')).body.items;
    expect(mine.map((x: { neighbourhoodCode: string }) => x.neighbourhoodCode)).toEqual(r.buurten.GM0150);
    expect(mine[0]).toMatchObject({ neighbourhoodCode: r.buurten.GM0150[0], placementsLast12Months: 1, liveTenancies: 1, liveMatches: 1, maxPlacementsPer12Months: 3, maxLiveTenancies: null });
    expect((await get(r.coordinator, '/reports/neighbourhood-load')).body.items).toHaveLength(10);
  });
});
