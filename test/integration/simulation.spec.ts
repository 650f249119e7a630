import { DataSource } from 'typeorm';
import { eventually, startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('POST /matching/simulations: what-if on the current state', () => {
  let t: TestApp;
  let r: TestRegion;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);
  let buurt: string;

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    buurt = r.buurten.GM0150[0];
    // a full buurt: limit 0, two clients and two homes waiting there
    expect((await t.http.put(`/api/v1/neighbourhoods/${buurt}/limits`).set('Authorization', `Bearer ${r.officers.GM0150}`).send({ maxPlacementsPer12Months: 0, maxLiveTenancies: null })).status).toBe(200);
    for (const ref of ['W-1', 'W-2']) {
      const c = await post(r.careProviderA, '/clients', { reference: ref, originMunicipalityCode: 'GM0150', birthYear: 1975, householdSize: 1, currentSetting: 'BW', consentToShare: true });
      const n = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'zelfstandig', construction: 'regulier' });
      await post(r.careProviderA, `/nominations/${n.body.id}/submit`);
      await post(r.officers.GM0150, `/nominations/${n.body.id}/approve`, { priorityClass: 'normal' });
      await post(r.corporationA, '/vacancies', { address: `${ref} straat`, neighbourhoodCode: buurt, woonvariant: 'zelfstandig', rooms: 1, rent: 500, availableFrom: '2026-12-01', constructions: ['regulier'] });
    }
    await eventually(async () => (await get(r.coordinator, '/matching/runs?limit=500')).body.items.every((x: { status: string }) => x.status === 'done') || undefined, 10000, 'rounds');
  });
  afterAll(() => t?.close());

  it('shows the placements a higher buurt limit would gain, per municipality and buurt, and saves nothing', async () => {
    const ds = t.app.get(DataSource);
    const [before] = await ds.query(`SELECT (SELECT count(*) FROM match)::int AS matches, (SELECT count(*) FROM matching_run)::int AS runs`);
    const res = await post(r.coordinator, '/matching/simulations', { neighbourhoodLimits: [{ code: buurt, maxPlacementsPer12Months: 1, maxLiveTenancies: null }] });
    expect(res.status).toBe(200);
    expect(res.body.current.placements).toBe(0);
    expect(res.body.simulated.placements).toBe(1);
    expect(res.body.difference).toMatchObject({
      placements: 1,
      placementsGained: 1,
      placementsLost: 0,
      byMunicipality: [{ code: 'GM0150', current: 0, simulated: 1, difference: 1 }],
      byNeighbourhood: [{ code: buurt, current: 0, simulated: 1, difference: 1 }],
    });
    expect(res.body.difference.placedDifferently).toHaveLength(1);
    const [after] = await ds.query(`SELECT (SELECT count(*) FROM match)::int AS matches, (SELECT count(*) FROM matching_run)::int AS runs`);
    expect(after).toEqual(before);
    const limits = (await get(r.coordinator, '/neighbourhoods?municipalityCode=GM0150')).body.items.find((b: { code: string }) => b.code === buurt);
    expect(limits.maxPlacementsPer12Months).toBe(0);
  });

  it('lets an officer simulate only the buurten of their own municipality', async () => {
    expect((await post(r.officers.GM0150, '/matching/simulations', { neighbourhoodLimits: [{ code: buurt, maxPlacementsPer12Months: 2, maxLiveTenancies: null }] })).body.simulated.placements).toBe(2);
    const other = await post(r.officers.GM0262, '/matching/simulations', { neighbourhoodLimits: [{ code: buurt, maxPlacementsPer12Months: 2, maxLiveTenancies: null }] });
    expect(other.status).toBe(400);
    expect(other.body.errors[0].field).toBe('neighbourhoodLimits.0.code');
    expect((await post(r.officers.GM0150, '/matching/simulations', { exchangeTolerance: 5 })).status).toBe(400);
    expect((await post(r.corporationA, '/matching/simulations', {})).status).toBe(403);
  });
});
