import { eventually, startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('limits on a street or complex inside a buurt (nested units)', () => {
  let t: TestApp;
  let r: TestRegion;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);
  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('lets the officer add a unit to a buurt of their municipality, and nobody else', async () => {
    const buurt = r.buurten.GM0177[0];
    const res = await post(r.officers.GM0177, `/neighbourhoods/${buurt}/units`, { name: 'Complex Kerkstraat', maxPlacementsPer12Months: 1 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ neighbourhoodCode: buurt, name: 'Complex Kerkstraat', maxPlacementsPer12Months: 1, maxLiveTenancies: null });
    expect((await post(r.officers.GM0150, `/neighbourhoods/${buurt}/units`, { name: 'X' })).status).toBe(404);
    expect((await post(r.officers.GM0177, `/neighbourhoods/${buurt}/units`, { name: 'Complex Kerkstraat' })).status).toBe(409);
    expect((await get(r.corporationA, `/neighbourhoods/${buurt}/units`)).body.items).toHaveLength(1);
  });

  it('refuses a vacancy whose unit lies in another buurt, naming unitId', async () => {
    const unit = (await post(r.officers.GM0177, `/neighbourhoods/${r.buurten.GM0177[1]}/units`, { name: 'Straat B' })).body;
    const res = await post(r.corporationA, '/vacancies', { address: 'x', neighbourhoodCode: r.buurten.GM0177[0], unitId: unit.id, woonvariant: 'kamer', rooms: 1, rent: 400, availableFrom: '2026-12-01', constructions: ['regulier'] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('unitId');
  });

  it('places at most the unit limit in the unit, while the rest of the buurt stays open', async () => {
    const buurt = r.buurten.GM0177[0];
    const unit = (await get(r.officers.GM0177, `/neighbourhoods/${buurt}/units`)).body.items[0];
    const noms: string[] = [];
    for (const ref of ['U-1', 'U-2', 'U-3']) {
      const c = await post(r.careProviderA, '/clients', { reference: ref, originMunicipalityCode: 'GM0177', birthYear: 1970, householdSize: 1, currentSetting: 'MO', consentToShare: true });
      const n = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'kamer', construction: 'regulier' });
      await post(r.careProviderA, `/nominations/${n.body.id}/submit`);
      await post(r.officers.GM0177, `/nominations/${n.body.id}/approve`, { priorityClass: 'normal' });
      noms.push(n.body.id);
    }
    const inUnit: string[] = [];
    for (const i of [1, 2]) {
      const v = await post(r.corporationA, '/vacancies', { address: `Kerkstraat ${i}`, neighbourhoodCode: buurt, unitId: unit.id, woonvariant: 'kamer', rooms: 1, rent: 400, availableFrom: '2026-12-01', constructions: ['regulier'] });
      expect(v.status).toBe(201);
      expect(v.body.unitId).toBe(unit.id);
      inUnit.push(v.body.id);
    }
    const outside = (await post(r.corporationA, '/vacancies', { address: 'Markt 9', neighbourhoodCode: buurt, woonvariant: 'kamer', rooms: 1, rent: 400, availableFrom: '2026-12-01', constructions: ['regulier'] })).body.id;
    await eventually(async () => (await get(r.coordinator, '/matching/runs?limit=500')).body.items.every((x: { status: string }) => x.status === 'done') || undefined, 10000, 'rounds');
    const matches = (await get(r.coordinator, '/matches?status=proposed')).body.items as Array<{ vacancyId: string }>;
    const placedInUnit = matches.filter((x) => inUnit.includes(x.vacancyId));
    expect(placedInUnit).toHaveLength(1);
    expect(matches.some((x) => x.vacancyId === outside)).toBe(true);
    // raising the unit's limit opens the second home
    expect((await t.http.put(`/api/v1/units/${unit.id}/limits`).set('Authorization', `Bearer ${r.officers.GM0177}`).send({ maxPlacementsPer12Months: 2, maxLiveTenancies: null })).status).toBe(200);
    await eventually(async () => {
      const all = (await get(r.coordinator, '/matches?status=proposed')).body.items as Array<{ vacancyId: string }>;
      return all.filter((x) => inUnit.includes(x.vacancyId)).length === 2 || undefined;
    }, 10000, 'the second home in the unit');
  });
});
